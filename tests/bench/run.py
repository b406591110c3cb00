"""`make bench`: serve the site as in production and measure it under load with wrk.

Prepares a database of its own (SQLite in var/bench/, or BENCH_DATABASE_URL), seeds the
demo at BENCH_SCALE, collects the static files, serves them and the site with gunicorn
on a free port of 127.0.0.1, runs every scenario for BENCH_DURATION seconds, prints one
table and the goals, and writes the results to var/bench/. Exits non-zero when a
scenario had errors; missed goals are reported, not enforced.

Run it from the project root: ``.venv/bin/python -m tests.bench.run``.
"""

import hashlib
import json
import os
import platform
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tests.servers import HOST, Gunicorn, free_port

ROOT = Path(__file__).resolve().parent.parent.parent
BENCH_DIR = ROOT / "var" / "bench"
LUA_SCRIPT = Path(__file__).resolve().parent / "scenario.lua"
CONNECTIONS = 16
# Each scenario's request gets this long before wrk counts it as a timeout (an error).
WRK_TIMEOUT_SECONDS = 30
WARM_UP_SECONDS = 1
RESULT_MARKER = "BENCH_RESULT "
IMPACT_READER = "ministry@example.org"  # a demo account of every scale


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


@dataclass(frozen=True)
class Config:
    database_url: str
    scale: int
    duration: int
    # gunicorn: sync workers, as `make serve` runs (2 × cores + 1); BENCH_THREADS above 1
    # switches to gthread workers with that many threads each.
    workers: int
    threads: int

    @classmethod
    def from_environment(cls, environ=os.environ) -> "Config":
        sqlite = f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
        return cls(
            database_url=environ.get("BENCH_DATABASE_URL") or sqlite,
            scale=int(environ.get("BENCH_SCALE") or 20),
            duration=int(environ.get("BENCH_DURATION") or 10),
            workers=int(environ.get("BENCH_WORKERS") or 2 * cpu_count() + 1),
            threads=int(environ.get("BENCH_THREADS") or 1),
        )


def server_environment(config: Config, *, port: int, secret_key: str) -> dict[str, str]:
    """Production settings on plain HTTP, with the bench's own database and files."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DATABASE_URL": config.database_url,
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}",
        "STATIC_ROOT": str(BENCH_DIR / "static"),
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "H5P_ROOT": str(BENCH_DIR / "h5p"),
        "CREDENTIALS_KEY_DIR": str(BENCH_DIR / "keys"),
        "SQL_QUERY_COUNT_HEADER": "1",
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
    }


# Preparing the database (in this process, with the server's settings)


def database_prepare(config: Config) -> None:
    """Migrate, create the site and keys, and seed the demo unless it is there already."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("setup_site", verbosity=0)
    call_command("issuer_keys", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    marker = BENCH_DIR / "seeded.json"
    seeded = json.loads(marker.read_text()) if marker.exists() else {}
    key = hashlib.sha256(config.database_url.encode()).hexdigest()[:16]
    if seeded.get(key) == config.scale and _targets_found():
        return
    say(f"Seeding the bench database (scale {config.scale}); later runs reuse it.")
    call_command("seed_demo", allow_production=True, scale=config.scale)
    marker.write_text(json.dumps({**seeded, key: config.scale}))


def _targets_found() -> bool:
    from portal.demo.scale import bench_targets

    try:
        bench_targets()
    except LookupError:
        return False
    return True


def session_create(email: str) -> str:
    """A signed-in session for the account, made in the database as a login would."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from portal.models import User

    user = User.objects.get(email=email)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def certificate_draw_ms(path: str, times: int = 3) -> list[float]:
    """How long drawing the certificate's PDF takes, each time (downloads reuse the drawing)."""
    from django.urls import resolve

    from courses.credentials.pdf import certificate_pdf_draw, certificate_pdf_html
    from courses.models import Certificate

    certificate = Certificate.objects.get(pk=resolve(path).kwargs["pk"])
    html = certificate_pdf_html(certificate)
    durations = []
    for _ in range(times):
        start = time.perf_counter()
        certificate_pdf_draw(html)
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def impact_compute_ms(times: int = 3) -> list[float]:
    """How long working out this year's impact figures takes, each time, from the database
    (a page asks for them once every IMPACT_CACHE_SECONDS; the others reuse them)."""
    from django.utils import timezone

    from portal.impact.figures import year_figures_compute

    durations = []
    for _ in range(times):
        start = time.perf_counter()
        year_figures_compute(timezone.localdate().year)
        durations.append((time.perf_counter() - start) * 1000)
    return durations


# Scenarios


@dataclass(frozen=True)
class Scenario:
    name: str
    label: str
    path: str
    connections: tuple[int, ...] = (CONNECTIONS,)
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "GET"
    body: str = ""  # a template: each {{id}} becomes a fresh UUID
    cached: bool = True  # served with the anonymous page cache on


def scenarios_build(targets, *, base_url: str, session_for) -> list["Scenario"]:
    """Every scenario, with signed-in sessions made by ``session_for(email)``."""
    learner = {"Cookie": f"sessionid={session_for(targets.learner)}"}
    tutor = {"Cookie": f"sessionid={session_for(targets.tutor)}"}
    owner = {"Cookie": f"sessionid={session_for(targets.certificate_owner)}"}
    ministry = {"Cookie": f"sessionid={session_for(IMPACT_READER)}"}
    csrf = secrets.token_hex(16)  # a CSRF secret: the cookie and the header carry the same
    xapi_headers = {
        "Cookie": f"{learner['Cookie']}; csrftoken={csrf}",
        "X-CSRFToken": csrf,
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3",
    }
    return [
        Scenario("static", "static file (the ceiling)", targets.static_file),
        Scenario("home", "home page (anonymous)", targets.home),
        Scenario("practices", "practices: 2 filters + search", targets.practice_search),
        Scenario("case_study", "case study (anonymous)", targets.case_study),
        Scenario(
            "case_study_uncached",
            "case study, uncached",
            targets.case_study,
            connections=(1, CONNECTIONS),
            cached=False,
        ),
        Scenario("course", "course page (anonymous)", targets.course),
        Scenario(
            "lesson", "lesson (signed in)", targets.lesson, (1, CONNECTIONS), headers=learner
        ),
        Scenario("dashboard", "learner dashboard", targets.dashboard, headers=learner),
        Scenario(
            "tutor",
            f"tutor dashboard ({targets.cohort_size} trainees)",
            targets.cohort,
            headers=tutor,
        ),
        Scenario(
            "xapi",
            "xAPI statement POST",
            "/xapi/statements",
            headers=xapi_headers,
            method="POST",
            body=xapi_statement(targets, base_url=base_url),
        ),
        Scenario(
            "impact",
            "impact report (ministry reader)",
            "/fr/impact/",
            connections=(1, CONNECTIONS),
            headers=ministry,
        ),
        Scenario(
            "certificate_pdf",
            "certificate PDF",
            targets.certificate_pdf,
            connections=(1, CONNECTIONS),
            headers=owner,
        ),
    ]


def xapi_statement(targets, *, base_url: str) -> str:
    """An H5P answer with a score, as the player sends it; ``{{id}}`` marks the id."""
    statement = {
        "id": "{{id}}",
        "actor": {"objectType": "Agent", "mbox": f"mailto:{targets.learner}"},
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/answered",
            "display": {"en-US": "answered"},
        },
        "object": {"objectType": "Activity", "id": base_url + targets.activity},
        "result": {
            "score": {"min": 0, "max": 4, "raw": 3, "scaled": 0.75},
            "completion": True,
            "success": True,
            "duration": "PT42.5S",
        },
    }
    return json.dumps(statement)


# Load: wrk


@dataclass(frozen=True)
class Result:
    scenario: str
    label: str
    connections: int
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    sql_per_request: float | None
    note: str = ""

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_parse(output: str, scenario: Scenario, connections: int) -> Result:
    """The result line the Lua script prints at the end of a wrk run."""
    line = next((ln for ln in output.splitlines() if ln.startswith(RESULT_MARKER)), None)
    if line is None:
        raise ValueError(f"wrk printed no result line:\n{output}")
    data = json.loads(line.removeprefix(RESULT_MARKER))
    unexpected = data["unexpected_status"]
    return Result(
        scenario=scenario.name,
        label=scenario.label,
        connections=connections,
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p95_ms=data["p95_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        errors=data["socket_errors"] + unexpected,
        sql_per_request=data["queries"] / data["counted"] if data["counted"] else None,
        note=f"status {data['last_unexpected_status']}" if unexpected else "",
    )


def wrk_run(
    scenario: Scenario, *, base_url: str, connections: int, duration: int, run_id: str
) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".json", dir=BENCH_DIR) as body:
        body.write(scenario.body)
        body.flush()
        environment = {
            **os.environ,
            "BENCH_METHOD": scenario.method,
            "BENCH_HEADERS": "\n".join(f"{k}: {v}" for k, v in scenario.headers.items()),
            "BENCH_BODY_FILE": body.name if scenario.body else "",
            "BENCH_RUN_ID": run_id,
        }
        command = [
            "wrk",
            f"--threads={min(connections, 2)}",
            f"--connections={connections}",
            f"--duration={duration}s",
            f"--timeout={WRK_TIMEOUT_SECONDS}s",
            f"--script={LUA_SCRIPT}",
            base_url + scenario.path,
        ]
        finished = subprocess.run(
            command, env=environment, capture_output=True, text=True, check=False
        )
    if finished.returncode != 0:
        raise RuntimeError(f"wrk failed on {scenario.name}: {finished.stderr.strip()}")
    return wrk_parse(finished.stdout, scenario, connections)


def first_request(scenario: Scenario, *, base_url: str) -> str | None:
    """Send the scenario's request once (which also warms the caches): what is wrong, if any."""
    body = scenario.body.replace("{{id}}", _uuid4()).encode() if scenario.body else None
    request = urllib.request.Request(  # noqa: S310 (our own server)
        base_url + scenario.path, data=body, headers=scenario.headers, method=scenario.method
    )
    try:
        with urllib.request.urlopen(request, timeout=WRK_TIMEOUT_SECONDS) as answer:  # noqa: S310
            return None if answer.status == 200 else f"status {answer.status}"
    except urllib.error.HTTPError as error:
        return f"status {error.code}: {error.read()[:300].decode(errors='replace')}"


def _uuid4() -> str:
    import uuid

    return str(uuid.uuid4())


# Reporting


@dataclass(frozen=True)
class Goal:
    text: str
    passed: bool | None  # None: not measured here


def _find(results: list[Result], scenario: str, connections: int) -> Result | None:
    return next(
        (r for r in results if r.scenario == scenario and r.connections == connections), None
    )


def goals_check(
    results: list[Result],
    *,
    vendor: str,
    draws_ms: list[float],
    impact_ms: list[float] = (),
) -> list[Goal]:
    goals = []
    static, home = _find(results, "static", CONNECTIONS), _find(results, "home", CONNECTIONS)
    if static and home:
        rate, ceiling = home.requests_per_second, static.requests_per_second
        goals.append(
            Goal(
                f"cached home page: {rate:.0f} req/s against {ceiling / 3:.0f} (a third of the"
                f" static file's {ceiling:.0f}), median {home.p50_ms:.1f} ms (under 50)"
                f" at {CONNECTIONS} connections",
                rate >= ceiling / 3 and home.p50_ms < 50,
            )
        )
    for scenario, name, milliseconds, queries in (
        ("case_study_uncached", "uncached case study", 25, 15),
        ("lesson", "signed-in lesson", 40, 20),
    ):
        result = _find(results, scenario, 1)
        if result:
            sql = result.sql_per_request
            goals.append(
                Goal(
                    f"{name}: median {result.p50_ms:.1f} ms (under {milliseconds}) and"
                    f" {_sql(sql)} SQL queries (at most {queries}) at 1 connection",
                    result.p50_ms < milliseconds and sql is not None and sql <= queries,
                )
            )
    xapi = _find(results, "xapi", CONNECTIONS)
    if xapi:
        rate = xapi.requests_per_second
        text = f"xAPI: {rate:.0f} statements/s (at least 300) with {xapi.errors} errors"
        if vendor == "postgresql":
            goals.append(Goal(text, rate >= 300 and xapi.errors == 0))
        else:
            goals.append(Goal(f"{text}; the goal is for PostgreSQL (BENCH_DATABASE_URL)", None))
    pdf = _find(results, "certificate_pdf", 1)
    if draws_ms:
        draw = statistics.median(draws_ms)
        download = f", downloaded again in {pdf.p50_ms:.0f} ms" if pdf else ""
        goals.append(
            Goal(
                f"certificate PDF: drawn in {draw:.0f} ms (median of {len(draws_ms)}, under 1000;"
                f" the first {draws_ms[0]:.0f} ms){download}",
                draw < 1000 and (pdf is None or pdf.errors == 0),
            )
        )
    impact = _find(results, "impact", 1)
    if impact_ms and impact:
        worked_out = statistics.median(impact_ms)
        goals.append(
            Goal(
                f"impact report: figures worked out in {worked_out:.0f} ms (median of"
                f" {len(impact_ms)}, under 1000), page median {impact.p50_ms:.0f} ms (under"
                " 1000) at 1 connection",
                worked_out < 1000 and impact.p50_ms < 1000 and impact.errors == 0,
            )
        )
    return goals


def _sql(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def table(results: list[Result]) -> str:
    header = (
        f"{'scenario':<34} {'conn':>4} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
        f" {'p99 ms':>8} {'errors':>6} {'SQL/req':>7}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        lines.append(
            f"{r.label:<34.34} {r.connections:>4} {r.requests_per_second:>8.1f}"
            f" {r.p50_ms:>8.1f} {r.p95_ms:>8.1f} {r.p99_ms:>8.1f} {r.errors:>6}"
            f" {_sql(r.sql_per_request):>7}" + (f"  ({r.note})" if r.note else "")
        )
    return "\n".join(lines)


def goal_lines(goals: list[Goal]) -> str:
    marks = {True: "PASS", False: "FAIL", None: "n/a "}
    return "\n".join(f"{marks[goal.passed]}  {goal.text}" for goal in goals)


def machine(config: Config) -> dict:
    from django.db import connection

    cpu = _first_match(Path("/proc/cpuinfo"), r"model name\s*:\s*(.+)") or platform.processor()
    memory = _first_match(Path("/proc/meminfo"), r"MemTotal:\s*(\d+) kB")
    try:
        system = platform.freedesktop_os_release()["PRETTY_NAME"]
    except OSError:
        system = platform.platform()
    with connection.cursor():
        if connection.vendor == "postgresql":
            major, minor = divmod(connection.pg_version, 10000)
            version = f"{major}.{minor}"
        else:
            version = ".".join(map(str, connection.Database.sqlite_version_info))
    return {
        "cpu": cpu,
        "cores": cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1) if memory else None,
        "system": system,
        "python": platform.python_version(),
        "database": f"{connection.vendor} {version}",
        "cache": "redis" if os.environ.get("REDIS_URL") else "local memory, per worker",
        "gunicorn": f"{config.workers} workers"
        + (f" × {config.threads} threads (gthread)" if config.threads > 1 else " (sync)"),
        "scale": config.scale,
        "duration_seconds": config.duration,
    }


def _first_match(path: Path, pattern: str) -> str | None:
    try:
        match = re.search(pattern, path.read_text())
    except OSError:
        return None
    return match[1].strip() if match else None


def results_write(report: dict) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = BENCH_DIR / f"results-{stamp}.json"
    text = json.dumps(report, indent=2, ensure_ascii=False)
    path.write_text(text)
    (BENCH_DIR / "latest.json").write_text(text)
    return path


# The whole run


def main() -> int:
    if shutil.which("wrk") is None:
        say("wrk is not installed (Debian package wrk): `make bench` installs it.")
        return 2
    config = Config.from_environment()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    port, secret_key = free_port(), secrets.token_urlsafe(50)
    environment = server_environment(config, port=port, secret_key=secret_key)
    os.environ.update(environment)
    import django

    django.setup()
    from django.db import connection

    from tests.bench.targets import bench_targets

    database_prepare(config)
    base_url = f"http://{HOST}:{port}"
    targets = bench_targets()
    scenarios = scenarios_build(targets, base_url=base_url, session_for=session_create)
    about = machine(config)
    draws_ms = certificate_draw_ms(targets.certificate_pdf)
    impact_ms = impact_compute_ms()
    vendor = connection.vendor
    connection.close()  # the server has the database to itself from here

    # Ctrl-C and a stop request both end the run through the servers' clean-up.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    run_id = secrets.token_hex(8)[:15]
    results = []
    say(f"Measuring {len(scenarios)} scenarios, {config.duration} s each: {about['database']}")
    for cached in (True, False):
        server_env = environment if cached else {**environment, "PAGE_CACHE_SECONDS": "0"}
        log = BENCH_DIR / "gunicorn.log"
        server = Gunicorn(
            server_env, log=log, port=port, workers=config.workers, threads=config.threads
        )
        with server:
            for scenario in (s for s in scenarios if s.cached == cached):
                results.extend(_scenario_run(scenario, server.url, config, run_id))
    order = [s.name for s in scenarios]
    results.sort(key=lambda r: (order.index(r.scenario), r.connections))
    goals = goals_check(results, vendor=vendor, draws_ms=draws_ms, impact_ms=impact_ms)
    say()
    say(table(results))
    say()
    say(goal_lines(goals))
    say()
    say("Machine: " + ", ".join(f"{k} {v}" for k, v in about.items()))
    path = results_write(
        {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": about,
            "results": [
                {**asdict(r), "requests_per_second": round(r.requests_per_second, 1)}
                for r in results
            ],
            "certificate_pdf_draws_ms": [round(ms, 1) for ms in draws_ms],
            "impact_figures_ms": [round(ms, 1) for ms in impact_ms],
            "goals": [asdict(goal) for goal in goals],
        }
    )
    say(f"Results written to {path.relative_to(ROOT)} and var/bench/latest.json")
    failed = [f"{r.label} ({r.connections})" for r in results if r.errors]
    if failed:
        say("Errors in: " + ", ".join(failed))
        return 1
    return 0


def _scenario_run(scenario: Scenario, base_url: str, config: Config, run_id: str):
    note = first_request(scenario, base_url=base_url)
    if not note:
        # A second of load first, unmeasured, so that every worker process has filled its
        # own caches (fragments, Wagtail's site paths) as a running server has.
        wrk_run(
            scenario,
            base_url=base_url,
            connections=2 * config.workers,
            duration=WARM_UP_SECONDS,
            run_id=run_id,
        )
    for connections in scenario.connections:
        if note:  # refused at once: the scenario counts one error, wrk is not run
            yield Result(scenario.name, scenario.label, connections, 0, 1, 0, 0, 0, 1, None, note)
            continue
        say(f"  {scenario.label}, {connections} connection(s)")
        yield wrk_run(
            scenario,
            base_url=base_url,
            connections=connections,
            duration=config.duration,
            run_id=run_id,
        )


if __name__ == "__main__":
    sys.exit(main())
