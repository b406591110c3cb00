"""The 503 page a database or cache outage answers with, and the 500 page of other errors."""

import sys
from contextlib import contextmanager
from unittest import mock

from django.contrib.sessions.middleware import SessionMiddleware
from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

import pytest
import redis

from portal.cache import PageCacheMiddleware
from portal.queries import connection_lost
from portal.views import RETRY_AFTER_SECONDS, server_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    # Django's test client re-raises a view's exception; these tests want the response.
    return Client(raise_request_exception=False)


class DatabaseDown:
    """An execute wrapper that fails every query, as a database that went away."""

    def __init__(self, error=OperationalError):
        self.error = error
        self.attempts = 0

    def __call__(self, execute, sql, params, many, context):
        self.attempts += 1
        raise self.error("server closed the connection unexpectedly")


def assert_unavailable_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Le site est momentanément indisponible" in html
    assert '<div lang="en">' in html
    assert "The site is briefly unavailable" in html
    assert "Traceback" not in html
    assert "OperationalError" not in html


@pytest.mark.parametrize("path", ["/fr/", "/en/practices/", "/fr/search/?q=formation"])
@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_pages_answer_503_when_the_database_fails(client, path, error):
    down = DatabaseDown(error)
    with connection.execute_wrapper(down):
        response = client.get(path)
    assert down.attempts >= 1  # the page did reach for the database
    assert_unavailable_page(response)


def test_a_signed_in_request_answers_503_when_the_session_cannot_be_read(client):
    client.login(email="trainer@example.org", password="passerelles-demo")
    down = DatabaseDown()
    with connection.execute_wrapper(down):
        response = client.get("/fr/learning/")
    assert down.attempts >= 1
    assert_unavailable_page(response)


def test_an_error_raised_in_a_middleware_answers_503(client):
    failing = mock.patch.object(
        SessionMiddleware, "process_request", side_effect=OperationalError("connection refused")
    )
    with failing:
        response = client.get("/fr/")
    assert_unavailable_page(response)


def test_a_database_error_wrapped_in_another_answers_503(client):
    def fail(request):
        try:
            raise InterfaceError("connection already closed")
        except InterfaceError as error:
            raise RuntimeError("while loading the session") from error

    with mock.patch.object(SessionMiddleware, "process_request", side_effect=fail):
        response = client.get("/fr/")
    assert_unavailable_page(response)


@pytest.mark.parametrize("error", [ValueError("a bug"), IntegrityError("duplicate key")])
def test_other_errors_keep_the_500_page(client, error):
    with mock.patch.object(SessionMiddleware, "process_request", side_effect=error):
        response = client.get("/fr/")
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Une erreur est survenue" in response.content.decode()


SEARCHES = [
    "/en/practices/?q=formation",
    "/fr/search/?q=formation",
    "/api/v2/pages/?search=formation",
]


@contextmanager
def search_fails(connection_lost: bool):
    """Every query of the visitor's search fails; the connection is gone or still fine."""

    savepoint = transaction.atomic

    @contextmanager
    def failing_savepoint():
        with savepoint(), connection.execute_wrapper(DatabaseDown()):
            yield

    with (
        mock.patch("portal.queries.transaction.atomic", failing_savepoint),
        mock.patch("portal.queries.connection_lost", return_value=connection_lost),
    ):
        yield


@pytest.mark.parametrize("path", SEARCHES)
def test_a_connection_lost_during_a_search_answers_503_not_400(client, path):
    """The connection may drop while a search runs: an outage, not the visitor's words."""
    with search_fails(connection_lost=True):
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)


@pytest.mark.parametrize("path", SEARCHES)
def test_a_search_the_database_refuses_answers_400(client, path):
    with search_fails(connection_lost=False):
        response = client.get(path)
    assert response.status_code == 400


def test_connection_lost_tells_a_refused_query_from_a_dropped_connection():
    assert not connection_lost()
    with mock.patch.object(connection, "is_usable", return_value=False):
        assert connection_lost()


def test_the_503_page_is_drawn_without_a_query():
    request = RequestFactory().get("/fr/")
    with CaptureQueriesContext(connection) as queries:
        try:
            raise OperationalError("could not connect to server")
        except OperationalError:
            assert sys.exc_info()[0] is OperationalError
            response = server_error(request)
    assert_unavailable_page(response)
    assert len(queries) == 0


def test_healthz_answers_503_when_the_database_fails(client):
    with connection.execute_wrapper(DatabaseDown()):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unreachable"}
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_a_cache_server_out_of_reach_answers_503(client):
    """Redis holds the page cache and the sessions: away, it is an outage, not a bug."""
    failing = mock.patch.object(
        PageCacheMiddleware,
        "__call__",
        side_effect=redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379"),
    )
    with failing:
        response = client.get("/fr/")
    assert_unavailable_page(response)
