"""Hundreds of learners at once for a minute: no 5xx, and the database holds exactly what
the clients were told succeeded.

Each simulated learner has a session made in the database and is enrolled in two demo
courses. It passes the H5P activity of the first lesson of "Distance tutoring" (a course
taken in order) through the xAPI endpoint, completes the next lesson, completes the plain
lessons of "Social enterprise" in any order (clicking twice now and then), then keeps
posting statements: new ones, some sent again unchanged (which must not count twice) and
a few sent again changed (which must be refused). RESILIENCE_LOAD_SECONDS (60 by default)
and RESILIENCE_LEARNERS (200) shorten a local run.
"""

import json
import os
import random
import secrets
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db.models import Count
from django.urls import reverse
from django.utils import translation

import pytest

from courses.models import (
    CoursePage,
    Enrolment,
    H5PActivity,
    H5PResult,
    LessonPage,
    LessonProgress,
    XAPIStatement,
)
from courses.selectors.learning import course_outline
from courses.services.progress import course_enrol
from portal.models import User
from tests.conftest import needs_postgresql
from tests.resilience.servers import app_server, database_url, request

pytestmark = [needs_postgresql, pytest.mark.django_db(transaction=True)]

SECONDS = float(os.environ.get("RESILIENCE_LOAD_SECONDS") or 60)
LEARNERS = int(os.environ.get("RESILIENCE_LEARNERS") or 200)
WORKERS = 4
VERBS = "http://adlnet.gov/expapi/verbs/"


@dataclass
class Learner:
    user: User
    cookie: str
    csrf: str
    rng: random.Random
    answers: list = field(default_factory=list)  # (kind, detail, status)
    sent: dict = field(default_factory=dict)  # statement id -> statement as first sent

    def headers(self, **extra) -> dict:
        return {"Cookie": self.cookie, "X-CSRFToken": self.csrf, **extra}


@dataclass(frozen=True)
class Plan:
    """What every learner does, in the demo's pages."""

    h5p_lesson: LessonPage
    after_h5p: LessonPage
    plain_lessons: list[LessonPage]
    activity: H5PActivity
    courses: list[CoursePage]


def plan_made() -> Plan:
    sequential = CoursePage.objects.live().get(
        slug="tutorat-a-distance", locale__language_code="fr"
    )
    free = CoursePage.objects.live().get(slug="entreprise-sociale", locale__language_code="fr")
    assert sequential.is_sequential and not free.is_sequential
    in_order = [entry.page for entry in course_outline(course=sequential, user=None).lessons]
    h5p_lesson, after_h5p = in_order[0], in_order[1]
    assert h5p_lesson.h5p_blocks and not after_h5p.h5p_blocks and after_h5p.quiz is None
    activity_pk = next(b.value["activity"].pk for b in h5p_lesson.body if b.block_type == "h5p")
    plain = [
        entry.page
        for entry in course_outline(course=free, user=None).lessons
        if entry.page.quiz is None and not entry.page.h5p_blocks
    ]
    assert len(plain) >= 3
    return Plan(
        h5p_lesson, after_h5p, plain, H5PActivity.objects.get(pk=activity_pk), [sequential, free]
    )


def learners_made(plan: Plan) -> list[Learner]:
    """Accounts with a signed-in session each, enrolled in the plan's courses."""
    users = User.objects.bulk_create(
        [
            User(username=f"load-{n}", email=f"load-{n}@example.org", first_name=f"Load {n}")
            for n in range(LEARNERS)
        ]
    )
    store = import_module(settings.SESSION_ENGINE).SessionStore
    learners = []
    for n, user in enumerate(users):
        for course in plan.courses:
            course_enrol(user=user, course=course)
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        csrf = secrets.token_hex(16)  # 32 characters: a valid CSRF secret
        cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}; csrftoken={csrf}"
        # Seeded per learner: a failing run can be replayed.
        learners.append(Learner(user, cookie, csrf, random.Random(n)))  # noqa: S311
    return learners


def statement(learner: Learner, iri: str, verb: str, **result) -> dict:
    made = {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "mbox": f"mailto:{learner.user.email}"},
        "verb": {"id": f"{VERBS}{verb}", "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": iri},
    }
    if result:
        made["result"] = result
    return made


class Run:
    def __init__(self, port: int, plan: Plan, deadline: float):
        self.port, self.plan, self.deadline = port, plan, deadline
        self.iri = f"http://127.0.0.1:{port}{plan.activity.get_player_url()}"
        with translation.override("fr"):
            self.complete_urls = {
                lesson.pk: reverse("lesson_complete", args=[lesson.pk])
                for lesson in [plan.after_h5p, *plan.plain_lessons]
            }

    def post_statements(self, learner: Learner, statements: list[dict]) -> None:
        answer = request(
            "POST",
            self.port,
            "/xapi/statements",
            body=json.dumps(statements if len(statements) > 1 else statements[0]).encode(),
            headers=learner.headers(
                **{"Content-Type": "application/json", "X-Experience-API-Version": "1.0.3"}
            ),
            timeout=120,
        )
        ids = [s["id"] for s in statements]
        learner.answers.append(("statements", ids, answer.status))
        if answer.status == 200:
            assert json.loads(answer.body) == ids
        for item in statements:
            learner.sent.setdefault(item["id"], item)

    def complete(self, learner: Learner, lesson: LessonPage) -> None:
        answer = request(
            "POST",
            self.port,
            self.complete_urls[lesson.pk],
            body=b"",
            headers=learner.headers(**{"Content-Type": "application/x-www-form-urlencoded"}),
            timeout=120,
        )
        learner.answers.append(("complete", lesson.translation_key, answer.status))

    def learn(self, learner: Learner) -> None:
        rng, plan = learner.rng, self.plan
        passed = statement(
            learner,
            self.iri,
            "passed",
            score={"min": 0, "max": 1, "raw": 1, "scaled": 1},
            success=True,
            completion=True,
        )
        first = [statement(learner, self.iri, "attempted"), passed]
        if rng.random() < 0.25:  # the same batch from two tabs at the same moment
            twin = threading.Thread(target=self.post_statements, args=(learner, first))
            twin.start()
            self.post_statements(learner, first)
            twin.join()
        else:
            self.post_statements(learner, first)
        roll = rng.random()
        if roll < 0.2:  # the player sends its result again
            self.post_statements(learner, [passed])
        elif roll < 0.3:  # another statement under the result's id: refused
            self.post_statements(learner, [{**passed, "result": {"completion": False}}])
        self.complete(learner, plan.after_h5p)
        lessons = list(plan.plain_lessons)
        rng.shuffle(lessons)
        for lesson in lessons:
            for _click in range(2 if rng.random() < 0.15 else 1):
                if time.monotonic() > self.deadline:
                    return
                self.complete(learner, lesson)
        while time.monotonic() < self.deadline:
            roll = rng.random()
            if roll < 0.15:  # the same statement again, unchanged: stored once, counted once
                self.post_statements(learner, [learner.sent[rng.choice(list(learner.sent))]])
            elif roll < 0.2:  # an id already used, for another statement: refused
                again = statement(learner, self.iri, "experienced")
                again["id"] = rng.choice(list(learner.sent))
                self.post_statements(learner, [again])
            else:
                batch = rng.randint(1, 3)
                self.post_statements(
                    learner, [statement(learner, self.iri, "answered") for _ in range(batch)]
                )


def test_learners_at_once_lose_nothing_and_count_nothing_twice(demo_database, tmp_path):
    plan = plan_made()
    learners = learners_made(plan)
    server = app_server(
        database_url=database_url(),
        log=tmp_path / "gunicorn.log",
        workers=WORKERS,
        # Sessions were signed with this process's key; the server must read them.
        SECRET_KEY=settings.SECRET_KEY,
        PAGE_CACHE_SECONDS="0",
    )
    with server:
        started = time.monotonic()
        run = Run(server.port, plan, started + SECONDS)
        threads = [threading.Thread(target=run.learn, args=(learner,)) for learner in learners]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=SECONDS + 300)
        elapsed = time.monotonic() - started
    assert not any(thread.is_alive() for thread in threads)

    answers = [(kind, status) for learner in learners for kind, _d, status in learner.answers]
    statuses = Counter(status for _kind, status in answers)
    print(  # noqa: T201
        f"\n{len(answers)} requests from {LEARNERS} learners in {elapsed:.1f} s: "
        f"{len(answers) / elapsed:.1f} requests/s; statuses {dict(statuses)}"
    )
    log = (tmp_path / "gunicorn.log").read_text()
    assert not [s for s in statuses if s >= 500 or s == 0], f"{statuses}\n{log[-3000:]}"
    assert set(statuses) <= {200, 302, 409}, statuses

    users = [learner.user for learner in learners]
    stored = {
        row.pk: row
        for row in XAPIStatement.objects.filter(user__in=users).only("id", "statement", "user")
    }
    for learner in learners:
        acknowledged, refused = set(), set()
        for kind, detail, status in learner.answers:
            if kind == "statements":
                (acknowledged if status == 200 else refused).update(detail)
        mine = {pk for pk, row in stored.items() if row.user_id == learner.user.pk}
        # Every acknowledged statement is stored, and nothing else; a refused resend left
        # the statement first stored as it was.
        assert mine == {uuid.UUID(pk) for pk in acknowledged}
        for pk in acknowledged:
            row = stored[uuid.UUID(pk)]
            first = learner.sent[pk]
            assert row.statement["verb"] == first["verb"]
            assert row.statement.get("result") == first.get("result")
        assert refused <= acknowledged  # only resends with other content were refused

    completions = defaultdict(set)
    for row in LessonProgress.objects.filter(user__in=users, completed_at__isnull=False):
        completions[row.user_id].add(row.lesson_key)
    duplicates = (
        LessonProgress.objects.filter(user__in=users)
        .values("user", "lesson_key")
        .annotate(rows=Count("pk"))
        .filter(rows__gt=1)
    )
    assert not duplicates.exists()
    results = {
        result.user_id: result
        for result in H5PResult.objects.filter(
            user__in=users, activity_key=plan.activity.original.uuid
        )
    }
    for learner in learners:
        done = {
            key for kind, key, status in learner.answers if (kind, status) == ("complete", 302)
        }
        passed_acknowledged = any(
            status == 200 and learner.sent[pk]["verb"]["id"] == f"{VERBS}passed"
            for kind, ids, status in learner.answers
            if kind == "statements"
            for pk in ids
        )
        expected = done | ({plan.h5p_lesson.translation_key} if passed_acknowledged else set())
        assert completions[learner.user.pk] == expected, learner.user.email
        # One passed statement, however often it was sent again: one scored attempt.
        result = results.get(learner.user.pk)
        assert passed_acknowledged == (result is not None and result.passed_at is not None)
        if result is not None:
            assert result.attempts == 1, (learner.user.email, result.attempts)
        for course in plan.courses:
            outline = course_outline(course=course, user=learner.user)
            required = {e.page.translation_key for e in outline.lessons if not e.page.is_optional}
            assert outline.required_completed == len(expected & required)
            assert outline.percent == round(100 * len(expected & required) / len(required))
    # Every course ends in a quiz nobody took: no enrolment may be complete.
    assert not Enrolment.objects.filter(user__in=users, completed_at__isnull=False).exists()
