"""The security headers and cookies as a real server sends them: gunicorn on production
settings, asked over "HTTPS" (a proxy's X-Forwarded-Proto, as production runs behind
one), once for the whole module. On SQLite it serves a copy of the test database in a
file; on PostgreSQL, the test database itself.
"""

import http.client
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from django.conf import settings
from django.db import connection

import pytest
from allauth.account.models import EmailAddress

from courses.demo.learners import COURSE_SLUGS
from courses.h5p.views import PLAYER_CSP
from courses.models import CoursePage, H5PActivity
from courses.services.progress import course_enrol
from portal.demo.seed import DEMO_PASSWORD
from portal.models import User
from practices.models import CaseStudyPage
from tests.browser.pages import h5p_lesson
from tests.resilience.servers import database_url
from tests.servers import HOST, Gunicorn, free_port

pytestmark = pytest.mark.django_db

HSTS = "max-age=31536000; includeSubDomains; preload"
LEARNER_EMAIL = "headers-learner@example.org"


@dataclass
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: str

    def header(self, name: str) -> str:
        return next((value for key, value in self.headers if key.lower() == name.lower()), "")

    def cookies(self) -> SimpleCookie:
        jar = SimpleCookie()
        for key, value in self.headers:
            if key.lower() == "set-cookie":
                jar.load(value)
        return jar

    def policy(self) -> dict[str, str]:
        rules = {}
        for directive in self.header("Content-Security-Policy").split(";"):
            name, _, sources = directive.strip().partition(" ")
            rules[name] = sources
        return rules


class Server:
    """gunicorn on production settings, and a browser's cookies for it."""

    def __init__(self, gunicorn: Gunicorn):
        self.gunicorn = gunicorn
        self.origin = f"https://{HOST}:{gunicorn.port}"
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None) -> Answer:
        headers = {"X-Forwarded-Proto": "https", "Host": f"{HOST}:{self.gunicorn.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
        link = http.client.HTTPConnection(HOST, self.gunicorn.port, timeout=30)
        try:
            link.request(method, path, body=data, headers=headers)
            response = link.getresponse()
            answer = Answer(response.status, response.getheaders(), response.read().decode())
        finally:
            link.close()
        self.cookies.update({name: morsel.value for name, morsel in answer.cookies().items()})
        return answer

    def log_in(self, email: str) -> Answer:
        form = self.request("GET", "/en/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.body)[1]
        fields = {"login": email, "password": DEMO_PASSWORD, "csrfmiddlewaretoken": token}
        return self.request("POST", "/en/accounts/login/", fields)


def database_copy(tmp_path) -> str:
    """The test database as a URL gunicorn can open: a file copy of SQLite's in-memory one."""
    if connection.vendor != "sqlite":
        return database_url()
    copy = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(copy) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="module")
def learner(django_db_setup, django_db_blocker):
    """A learner of this module's own, enrolled in the course of the H5P lesson: signing in
    writes to the database (last log-in, session), which no other test must see."""
    with django_db_blocker.unblock():
        user = User.objects.create_user(
            username=LEARNER_EMAIL, email=LEARNER_EMAIL, password=DEMO_PASSWORD
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        course = CoursePage.objects.get(slug=COURSE_SLUGS[0], locale__language_code="fr")
        course_enrol(user=user, course=course)
    yield user
    with django_db_blocker.unblock():
        user.delete()


@pytest.fixture(scope="module")
def paths(django_db_setup, django_db_blocker) -> dict[str, str]:
    with django_db_blocker.unblock():
        case_study = CaseStudyPage.objects.live().filter(locale__language_code="en").first()
        return {
            "home": "/en/",
            "case study": case_study.url,
            "lesson": h5p_lesson("en"),
            "log-in page": "/en/accounts/login/",
            "admin": "/admin/",
            "H5P player": H5PActivity.objects.first().get_player_url(),
            "static file": "/static/css/site.css",
            "page not found": "/en/no-such-page/",
        }


@pytest.fixture(scope="module")
def server(learner, django_db_blocker, tmp_path_factory):
    folder = tmp_path_factory.mktemp("headers-server")
    with django_db_blocker.unblock():
        url = database_copy(folder)
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"AWS_STORAGE_BUCKET_NAME", "SEARCH_URL", "ELASTICSEARCH_URL", "REDIS_URL"}
    }
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.security.server_settings",
            "DATABASE_URL": url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            # Behind a proxy that ends TLS, which the requests' X-Forwarded-Proto stands for.
            "SECURE_SSL_REDIRECT": "0",
            "WAGTAILADMIN_BASE_URL": f"https://{HOST}:{port}",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "H5P_ROOT": str(settings.STORAGES["h5p"]["OPTIONS"]["location"]),
            "CREDENTIALS_KEY_DIR": str(settings.CREDENTIALS_KEY_DIR),
        }
    )
    with Gunicorn(environment, log=folder / "gunicorn.log", port=port, worker_timeout=30) as app:
        yield Server(app)


@pytest.fixture(scope="module")
def answers(server, paths) -> dict[str, Answer]:
    """Every page asked once as a visitor, then signed in as a learner where it needs it."""
    found = {name: server.request("GET", paths[name]) for name in paths}
    logged_in = server.log_in(LEARNER_EMAIL)
    assert logged_in.status == 302, logged_in.body[-2000:]
    found["log-in"] = logged_in
    for name in ("lesson", "H5P player"):
        found[name] = server.request("GET", paths[name])
    return found


def test_every_page_answers_as_it_should(answers):
    statuses = {name: answer.status for name, answer in answers.items()}
    assert statuses == {
        "home": 200,
        "case study": 200,
        "lesson": 200,
        "log-in page": 200,
        "admin": 302,
        "H5P player": 200,
        "static file": 200,
        "page not found": 404,
        "log-in": 302,
    }
    assert "/accounts/login/" in answers["admin"].header("Location")


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "case study",
        "lesson",
        "log-in page",
        "admin",
        "H5P player",
        "static file",
        "page not found",
        "log-in",
    ],
)
def test_every_answer_carries_the_security_headers(answers, name):
    answer = answers[name]
    assert answer.header("Strict-Transport-Security") == HSTS
    assert answer.header("Referrer-Policy") == "strict-origin-when-cross-origin"
    assert answer.header("X-Content-Type-Options") == "nosniff"
    assert answer.header("Cross-Origin-Opener-Policy") == "same-origin"
    assert "camera=()" in answer.header("Permissions-Policy")
    assert "microphone=()" in answer.header("Permissions-Policy")
    rules = answer.policy()
    assert rules["object-src"] == "'none'"
    if name == "H5P player":
        # Framed by lessons: its own policy, and this site only may frame it.
        assert answer.header("Content-Security-Policy") == PLAYER_CSP
        assert answer.header("X-Frame-Options") == "SAMEORIGIN"
        assert rules["frame-ancestors"] == "'self'"
    else:
        assert answer.header("X-Frame-Options") == "DENY"
        assert rules["frame-ancestors"] == "'none'"
        assert rules["default-src"] == "'self'"
        assert re.fullmatch(r"'self' 'nonce-[\w-]{22}'", rules["script-src"]) or (
            name == "admin" and rules["script-src"] == "'self' 'unsafe-inline'"
        ), rules["script-src"]


def nonce(answer: Answer) -> str:
    return re.search(r"'nonce-([\w-]+)'", answer.header("Content-Security-Policy"))[1]


def test_each_answer_has_a_nonce_of_its_own_even_from_the_page_cache(server, answers, paths):
    server.cookies.clear()  # a visitor again, so that the page cache answers
    home_again = server.request("GET", paths["home"])
    assert home_again.header("X-Cache") == "hit"
    nonces = [nonce(answers["home"]), nonce(home_again), nonce(answers["lesson"])]
    assert len(set(nonces)) == 3


def test_cookies_are_secure_http_only_and_same_site(answers):
    cookies = {**answers["log-in page"].cookies(), **answers["log-in"].cookies()}
    for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
        cookie = cookies[name]
        assert cookie["secure"], name
        assert cookie["httponly"], name
        assert cookie["samesite"] == "Lax", name
