"""Two application servers, one PostgreSQL and one Redis: nothing lives in a server.

A session opened on one server is valid on the other, and publishing on one retires the
page the other has cached. Both run gunicorn on production settings against this test's
database (committed: a transactional test) and a Redis database of their own.
"""

import contextlib
import http.client
import os
import re
import secrets
import socket
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from django.db import connection

import pytest
import redis

from practices.models import CaseStudyPage
from tests.conftest import needs_postgresql, require_tool
from tests.servers import HOST, Gunicorn, free_port

pytestmark = [needs_postgresql]

REDIS = ("127.0.0.1", 6379)
# A Redis database number no other test uses, emptied before and after.
REDIS_DATABASE = 11
PASSWORD = "passerelles-demo"


def redis_answers() -> bool:
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        return False
    return True


def database_url_of_this_test() -> str:
    database = connection.settings_dict
    user = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    host = database["HOST"] or HOST
    return f"postgres://{user}@{host}:{database['PORT'] or 5432}/{database['NAME']}"


class Browser:
    """An HTTP client that keeps cookies itself: Django marks them Secure (production), which
    a browser would not send over plain HTTP, but the servers here have no TLS in front."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, method: str, port: int, path: str, data: dict | None = None):
        headers = {"Host": f"{HOST}:{port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{HOST}:{port}{path}"
        link = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            link.request(method, path, body=body, headers=headers)
            response = link.getresponse()
            text = response.read().decode()
        finally:
            link.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response, text

    def get(self, port: int, path: str):
        return self.request("GET", port, path)

    def post_form(self, port: int, path: str, form_path: str | None = None, **fields):
        """Load the form's page for its CSRF token, then post ``fields`` with it."""
        response, page = self.get(port, form_path or path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert found, f"no form at {form_path or path}: {response.status}\n{page[:2000]}"
        token = found[1]
        return self.request("POST", port, path, {"csrfmiddlewaretoken": token, **fields})

    def log_in(self, port: int, email: str):
        response, text = self.post_form(
            port, "/fr/accounts/login/", login=email, password=PASSWORD
        )
        assert response.status == 302, f"the login was refused:\n{text[:2000]}"
        assert "sessionid" in self.cookies


@contextlib.contextmanager
def servers(count: int, environment: dict, log_folder: Path):
    """``count`` gunicorn servers (one worker each); their ports, until the block ends."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            port = free_port()
            server = Gunicorn(
                {**environment, "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}"},
                log=log_folder / f"gunicorn-{port}.log",
                port=port,
                start_seconds=45,
            )
            ports.append(stack.enter_context(server).port)
        yield ports


@pytest.fixture
def redis_url():
    require_tool(redis_answers(), "Redis is not answering on 127.0.0.1:6379")
    url = f"redis://{REDIS[0]}:{REDIS[1]}/{REDIS_DATABASE}"
    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


@pytest.fixture
def two_servers(demo_database, redis_url, tmp_path):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "SEARCH_", "ELASTICSEARCH_", "PAGE_CACHE", "TASKS_"))
    }
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.portal.scale_out_settings",
            "DATABASE_URL": database_url_of_this_test(),
            "REDIS_URL": redis_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "CONN_MAX_AGE": "0",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "H5P_ROOT": str(tmp_path / "h5p"),
            "GENERATED_ROOT": str(tmp_path / "generated"),
            "LOG_LEVEL": "WARNING",
        }
    )
    with servers(2, environment, tmp_path) as ports:
        yield ports


def test_a_session_opened_on_one_server_is_valid_on_the_other(two_servers):
    server_a, server_b = two_servers
    camille = Browser()
    camille.log_in(server_a, "trainer@example.org")

    response, page = camille.get(server_b, "/fr/learning/")
    assert response.status == 200
    # Camille's own learning: the course she finished.
    assert "Handicap : comprendre et accueillir" in page

    anonymous, _page = Browser().get(server_b, "/fr/learning/")
    assert anonymous.status == 302  # to the login page: the session made the difference


def test_publishing_on_one_server_retires_the_page_cached_by_the_other(two_servers):
    server_a, server_b = two_servers
    page = CaseStudyPage.objects.live().filter(locale__language_code="fr").first()
    path = page.url
    visitor = Browser()

    first, text = visitor.get(server_b, path)
    assert first.status == 200
    assert first.headers["X-Cache"] == "miss"
    second, _text = visitor.get(server_b, path)
    assert second.headers["X-Cache"] == "hit"

    new_title = f"{page.title} (revu)"
    page.title = new_title
    page.save_revision()
    assert new_title not in visitor.get(server_b, path)[1]  # a draft changes nothing

    editor = Browser()
    editor.log_in(server_a, "admin@example.org")
    published, _text = editor.post_form(
        server_a,
        f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}",
    )
    assert published.status == 302, "the admin refused to publish"

    after, text = visitor.get(server_b, path)
    assert after.status == 200
    assert after.headers["X-Cache"] == "miss"
    assert new_title in text
