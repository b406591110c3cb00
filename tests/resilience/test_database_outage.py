"""A database restart under load: 503 at once while it is away, 200 again when it is back.

gunicorn (production settings, persistent connections) reaches PostgreSQL through a TCP
proxy that drops every connection and refuses new ones, then swallows them without an
answer, then relays again. Clients keep asking for a case study (rendered from the
database: the page cache is off) and /healthz all along.
"""

import threading
import time

from django.db import connection

import pytest

from practices.models import CaseStudyPage
from tests.conftest import needs_postgresql
from tests.resilience.servers import DatabaseProxy, app_server, database_url, request

pytestmark = [needs_postgresql, pytest.mark.django_db(transaction=True)]

CONNECT_TIMEOUT = 2  # DB_CONNECT_TIMEOUT of the server, in seconds
CLIENTS = 3  # one per worker
PHASE_SECONDS = 6
# An answer during the outage arrives within this: the connection attempt gives up after
# CONNECT_TIMEOUT, and a request may wait for one in front of it.
FAIL_FAST_SECONDS = 2 * CONNECT_TIMEOUT + 2
RECOVERY_SECONDS = 10


class Load:
    """Clients requesting ``paths`` in turn until stopped; every answer kept with its phase."""

    def __init__(self, port: int, paths: list[str]):
        self.port, self.paths = port, paths
        self.phase = "before"
        self.answers = []  # (phase at start, phase at end, path, Answer)
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(n,)) for n in range(CLIENTS)]

    def _run(self, number: int) -> None:
        turn = number
        while not self._stop.is_set():
            path = self.paths[turn % len(self.paths)]
            turn += 1
            phase = self.phase
            answer = request("GET", self.port, path, timeout=30)
            self.answers.append((phase, self.phase, path, answer))

    def __enter__(self) -> "Load":
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def within(self, phase: str) -> list:
        """Answers to requests that started and ended within the phase."""
        return [(path, a) for start, end, path, a in self.answers if start == end == phase]


def describe(answers) -> str:
    return "\n".join(
        f"{path}: {a.status or a.error} in {a.seconds:.1f} s" for path, a in answers[:20]
    )


def test_requests_fail_fast_with_503_while_the_database_restarts(demo_database, tmp_path):
    case_study = CaseStudyPage.objects.live().filter(locale__language_code="fr").first()
    paths = [case_study.url, "/healthz", "/en/practices/"]
    database = connection.settings_dict
    proxy = DatabaseProxy((database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)))
    server = app_server(
        database_url=database_url(port=proxy.port),
        log=tmp_path / "gunicorn.log",
        workers=CLIENTS,
        DB_CONNECT_TIMEOUT=str(CONNECT_TIMEOUT),
        PAGE_CACHE_SECONDS="0",
    )
    try:
        with server, Load(server.port, paths) as load:
            time.sleep(PHASE_SECONDS / 2)
            load.phase = "down"
            proxy.down()
            time.sleep(PHASE_SECONDS)
            load.phase = "black hole"
            proxy.black_hole()
            time.sleep(PHASE_SECONDS)
            load.phase = "back"
            back_at = time.monotonic()
            proxy.up()
            time.sleep(RECOVERY_SECONDS)
            load.phase = "recovered"
            time.sleep(PHASE_SECONDS / 2)
    finally:
        proxy.close()

    everything = [(path, answer) for _s, _e, path, answer in load.answers]
    for phase in ("before", "down", "black hole", "back", "recovered"):
        answers = load.within(phase)
        slowest = max((a.seconds for _p, a in answers), default=0)
        statuses = sorted({a.status for _p, a in answers})
        print(f"{phase}: {len(answers)} answers {statuses}, slowest {slowest:.2f} s")  # noqa: T201
    log = (tmp_path / "gunicorn.log").read_text()
    # Never a 500, a traceback, a timeout or a dropped connection: 200 or 503 only.
    wrong = [(p, a) for p, a in everything if a.status not in {200, 503} or "Traceback" in a.body]
    assert not wrong, describe(wrong) + "\n" + log[-3000:]
    assert "WORKER TIMEOUT" not in log

    before = load.within("before")
    assert before and all(a.status == 200 for _p, a in before), describe(before)

    for phase in ("down", "black hole"):
        answers = load.within(phase)
        assert len(answers) >= CLIENTS, f"too few answers while {phase}: {describe(answers)}"
        assert all(a.status == 503 for _p, a in answers), describe(answers)
        slow = [(p, a) for p, a in answers if a.seconds > FAIL_FAST_SECONDS]
        assert not slow, f"answers slower than {FAIL_FAST_SECONDS} s:\n{describe(slow)}"
        pages = [a for p, a in answers if p != "/healthz"]
        assert pages and all(a.headers.get("retry-after") for a in pages)
        assert all("momentanément indisponible" in a.body for a in pages)

    # Back by itself: every path answers 200 soon after the database returns, and stays so.
    for path in paths:
        first = min(
            (a.started for p, a in load.within("back") if p == path and a.status == 200),
            default=None,
        )
        assert first is not None, f"{path} did not answer 200 within {RECOVERY_SECONDS} s"
        assert first - back_at < RECOVERY_SECONDS / 2
    recovered = load.within("recovered")
    assert recovered and all(a.status == 200 for _p, a in recovered), describe(recovered)
