"""Keeps `make bench` honest without loading the machine.

The scenarios are sent once each through the test client (right answer, signed in where
they must be); the SQL count header is checked; and wrk runs the Lua script for a moment
against a tiny local server, which shows what it sends and what the runner reads back.
"""

import json
import shutil
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

import pytest

from portal.middleware import SQLQueryCountMiddleware
from tests.bench import run
from tests.bench.targets import demo_targets
from tests.conftest import require_tool

BASE_URL = "http://testserver"


@pytest.fixture
def scenarios(db):
    return run.scenarios_build(demo_targets(), base_url=BASE_URL, session_for=run.session_create)


def test_every_scenario_answers_200_as_its_user(client, scenarios):
    for scenario in scenarios:
        if scenario.name == "static":
            continue  # answered by WhiteNoise from collected files, outside the test client
        body = scenario.body.replace("{{id}}", str(uuid.uuid4()))
        response = client.generic(
            scenario.method,
            scenario.path,
            data=body,
            content_type=scenario.headers.get("Content-Type", "text/plain"),
            headers={k: v for k, v in scenario.headers.items() if k != "Content-Type"},
        )
        assert response.status_code == 200, (scenario.name, response.status_code)


def test_signed_in_scenarios_carry_a_session_of_their_user(client, scenarios):
    lesson = next(s for s in scenarios if s.name == "lesson")
    session_key = lesson.headers["Cookie"].removeprefix("sessionid=")
    client.cookies["sessionid"] = session_key
    response = client.get(lesson.path)
    assert response.wsgi_request.user.email == demo_targets().learner


def test_the_xapi_statement_counts_towards_progress(client, scenarios):
    from courses.models import XAPIStatement

    xapi = next(s for s in scenarios if s.name == "xapi")
    statement_id = str(uuid.uuid4())
    client.generic(
        "POST",
        xapi.path,
        data=xapi.body.replace("{{id}}", statement_id),
        content_type="application/json",
        headers={k: v for k, v in xapi.headers.items() if k != "Content-Type"},
    )
    row = XAPIStatement.objects.get(pk=statement_id)
    assert row.counted, row.not_counted_reason


def test_practice_search_finds_a_case_study(client, db):
    targets = demo_targets()
    response = client.get(targets.practice_search)
    assert response.status_code == 200
    assert "theme=" in targets.practice_search and "target=" in targets.practice_search
    assert response.context["page_obj"].paginator.count >= 1


@pytest.mark.django_db
def test_sql_count_header_counts_the_queries_of_the_request():
    def two_queries(request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.execute("SELECT 2")
        return HttpResponse()

    response = SQLQueryCountMiddleware(two_queries)(RequestFactory().get("/"))
    assert response["X-SQL-Queries"] == "2"


def result_line(**values) -> str:
    data = {
        "requests": 200,
        "duration_us": 2_000_000,
        "p50_us": 1500,
        "p95_us": 4000,
        "p99_us": 9000,
        "socket_errors": 1,
        "unexpected_status": 2,
        "last_unexpected_status": 502,
        "queries": 1200,
        "counted": 200,
        **values,
    }
    return "Running 2s test\n" + run.RESULT_MARKER + json.dumps(data) + "\n"


def test_wrk_output_is_read_into_a_result():
    scenario = run.Scenario("home", "home page", "/fr/")
    result = run.wrk_parse(result_line(), scenario, 16)
    assert result.requests_per_second == 100
    assert (result.p50_ms, result.p95_ms, result.p99_ms) == (1.5, 4, 9)
    assert result.errors == 3  # socket errors and statuses other than the expected one
    assert result.note == "status 502"
    assert result.sql_per_request == 6
    assert run.wrk_parse(result_line(counted=0), scenario, 16).sql_per_request is None
    with pytest.raises(ValueError, match="no result line"):
        run.wrk_parse("Running 2s test\n", scenario, 16)


def test_goals_are_judged_on_the_right_runs():
    def result(name, connections, rate, p50, sql=None, errors=0):
        return run.Result(name, name, connections, rate, 1, p50, p50, p50, errors, sql)

    results = [
        result("static", 16, 900, 2),
        result("home", 16, 301, 30),
        result("case_study_uncached", 1, 50, 20, sql=15),
        result("lesson", 1, 20, 45, sql=12),
        result("xapi", 16, 400, 30),
        result("certificate_pdf", 1, 40, 20),
    ]
    goals = run.goals_check(results, vendor="sqlite", draws_ms=[1200, 800, 900])
    assert [goal.passed for goal in goals] == [True, True, False, None, True]
    goals = run.goals_check(results, vendor="postgresql", draws_ms=[])
    assert [goal.passed for goal in goals] == [True, True, False, True]
    impact = [result("impact", 1, 5, 180)]
    goals = run.goals_check(results + impact, vendor="sqlite", draws_ms=[], impact_ms=[700, 900])
    assert goals[-1].passed is True and "figures worked out in 800 ms" in goals[-1].text
    goals = run.goals_check(results + impact, vendor="sqlite", draws_ms=[], impact_ms=[1500])
    assert goals[-1].passed is False
    assert "PASS" in run.goal_lines(goals) and "FAIL" in run.goal_lines(goals)


class Recorder(BaseHTTPRequestHandler):
    """Answers 200 (500 on /broken) with three SQL queries, and keeps what it received."""

    protocol_version = "HTTP/1.1"
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), json.loads(body)))
        self.do_GET()

    def do_GET(self):
        self.send_response(500 if self.path == "/broken" else 200)
        self.send_header("X-SQL-Queries", "3")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    require_tool(shutil.which("wrk") is not None, "wrk is not installed (Debian package wrk)")
    Recorder.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_wrk_posts_a_fresh_statement_id_each_time_with_the_headers(recorder, settings):
    run.BENCH_DIR.mkdir(parents=True, exist_ok=True)
    scenario = run.Scenario(
        "xapi",
        "xAPI",
        "/xapi/statements",
        headers={"Cookie": "sessionid=abc; csrftoken=t0k", "X-CSRFToken": "t0k"},
        method="POST",
        body='{"id": "{{id}}", "verb": {"id": "x"}}',
    )
    result = run.wrk_run(scenario, base_url=recorder, connections=2, duration=1, run_id="0" * 15)
    assert result.requests > 0 and result.errors == 0
    assert result.sql_per_request == 3
    ids = [body["id"] for _headers, body in Recorder.received]
    assert len(ids) == len(set(ids)) == len(Recorder.received)
    assert all(uuid.UUID(value).version == 4 for value in ids)
    headers = Recorder.received[0][0]
    assert headers["Cookie"] == "sessionid=abc; csrftoken=t0k"
    assert headers["X-CSRFToken"] == "t0k"


def test_wrk_counts_unexpected_statuses_as_errors(recorder):
    scenario = run.Scenario("broken", "broken", "/broken")
    result = run.wrk_run(scenario, base_url=recorder, connections=1, duration=1, run_id="1" * 15)
    assert result.requests > 0
    assert result.errors == result.requests
    assert result.note == "status 500"
