"""The impact page, its CSV downloads and its JSON: who sees them, what they show, and
what a malformed address gets."""

import csv
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from portal.impact.report import figure_text
from tests.impact.dataset import YEAR, dataset_create

pytestmark = pytest.mark.django_db

PASSWORD = "passerelles-demo"


@pytest.fixture
def ministry(client):
    client.login(email="ministry@example.org", password=PASSWORD)
    return client


@pytest.mark.parametrize(
    ("email", "status"),
    [
        ("ministry@example.org", 200),
        ("moderator@example.org", 200),
        ("admin@example.org", 200),
        ("trainer@example.org", 403),
        ("tutor@example.org", 403),
        ("editor@example.org", 403),
    ],
)
def test_ministry_readers_moderators_and_administrators_only(client, email, status):
    client.login(email=email, password=PASSWORD)
    for address in ("/en/impact/", "/fr/impact/data.json", "/fr/impact/courses.csv"):
        assert client.get(address).status_code == status, address


def test_visitors_are_asked_to_sign_in(client):
    response = client.get("/fr/impact/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/")


def test_the_header_links_to_the_page_for_its_readers_only(client):
    client.login(email="ministry@example.org", password=PASSWORD)
    assert 'href="/en/impact/"' in client.get("/en/learning/").content.decode()
    client.login(email="trainer@example.org", password=PASSWORD)
    assert 'href="/en/impact/"' not in client.get("/en/learning/").content.decode()


def test_the_page_shows_each_table_with_its_chart_and_downloads(ministry):
    dataset_create()
    html = ministry.get("/en/impact/", {"year": YEAR}).content.decode()
    for key in ("courses", "months", "groupings"):
        assert f'id="{key}-caption"' in html
        assert f'aria-labelledby="{key}-chart-title"' in html
        assert f"/en/impact/{key}.csv?year={YEAR}" in html
    assert "Bretagne" in html and "Not in a cohort" in html
    assert "January 2025" in html
    assert "&lt; 5" in html  # small cells are marked, never counted out
    french = ministry.get("/fr/impact/", {"year": YEAR}).content.decode()
    assert '<html lang="fr"' in french and "janvier 2025" in french


def test_the_csv_holds_what_the_json_shows(ministry):
    dataset_create()
    query = {"year": YEAR, "grouping": "Bretagne"}
    data = ministry.get("/en/impact/data.json", query).json()["tables"]["months"]
    response = ministry.get("/en/impact/months.csv", query)
    assert response["Content-Disposition"] == f'attachment; filename="impact-{YEAR}-months.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Month"
    assert [row[0] for row in rows[1:]] == [
        *(row["label"] for row in data["rows"]),
        "Total",
    ]
    enrolments = [column["key"] for column in data["columns"]].index("enrolments") + 1
    for row, json_row in zip(rows[1:], [*data["rows"], data["total"]], strict=True):
        figure = json_row["figures"]["enrolments"]
        if figure["value"] is None:
            assert row[enrolments] in {"< 5", "withheld"}
        else:
            assert row[enrolments] == f"{figure['value']:,}"


def test_at_risk_episodes_are_left_out_when_one_course_is_chosen(ministry):
    data = dataset_create()
    query = {"year": YEAR, "course": str(data.courses[0])}
    tables = ministry.get("/en/impact/data.json", query).json()["tables"]
    assert "risk_resolved" not in [c["key"] for c in tables["months"]["columns"]]
    html = ministry.get("/en/impact/", query).content.decode()
    assert "At-risk episodes belong to a cohort, not a course" in html
    everything = ministry.get("/en/impact/data.json", {"year": YEAR}).json()["tables"]
    assert "risk_resolved" in [c["key"] for c in everything["months"]["columns"]]


@pytest.mark.parametrize(
    "query",
    [
        {"year": "next"},
        {"year": "1990"},
        {"course": "not-a-course"},
        {"course": "00000000-0000-0000-0000-000000000000"},
        {"grouping": "Atlantis"},
    ],
)
def test_a_malformed_filter_answers_400_and_says_why(ministry, query):
    page = ministry.get("/en/impact/", query)
    assert page.status_code == 400
    assert 'class="error-summary"' in page.content.decode()
    for address in ("/en/impact/data.json", "/en/impact/months.csv"):
        response = ministry.get(address, query)
        assert response.status_code == 400
        assert response.json()["errors"]


def test_unknown_tables_and_other_methods_are_refused(ministry):
    assert ministry.get("/en/impact/learners.csv").status_code == 404
    assert ministry.post("/en/impact/").status_code == 405


def test_figures_are_rounded_and_localised():
    from django.utils import translation

    from portal.impact.report import Figure, State

    with translation.override("fr"):
        assert figure_text(Figure(State.SHOWN, 12345), "count") == "12\u00a0345"
        assert figure_text(Figure(State.SHOWN, 0.625), "rate") == "62\u00a0%"
    with translation.override("en"):
        assert figure_text(Figure(State.SHOWN, 12345), "count") == "12,345"
        assert figure_text(Figure(State.SHOWN, 0.625), "rate") == "62%"
        assert figure_text(Figure(State.SHOWN, 12.25), "days") == "12.2"
        assert figure_text(Figure(State.UNDER_FIVE), "count") == "< 5"


def _queries(client, query) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/impact/", query).status_code == 200
    return len(captured)


def test_the_query_count_does_not_grow_with_the_records(ministry, settings):
    settings.IMPACT_CACHE_SECONDS = 0  # every request works the figures out again
    dataset_create(learners=40, seed=1)
    ministry.get("/en/impact/", {"year": YEAR})
    few = _queries(ministry, {"year": YEAR})
    dataset_create(learners=200, seed=2)
    ministry.get("/en/impact/", {"year": YEAR})  # the shared fragments drawn again
    assert _queries(ministry, {"year": YEAR}) == few


def test_a_year_s_figures_are_worked_out_once_then_reused(ministry):
    dataset_create(learners=40)
    first = _queries(ministry, {"year": YEAR})
    again = _queries(ministry, {"year": YEAR, "grouping": "Bretagne"})
    assert again < first


def test_old_figures_are_answered_while_a_task_works_them_out_again(settings):
    from datetime import timedelta
    from unittest import mock

    from django.core.cache import cache

    from portal.impact.figures import CACHE_KEY, year_figures

    dataset_create(learners=40)
    key = CACHE_KEY.format(year=YEAR)

    def grown_old():
        figures = year_figures(YEAR)
        figures.computed_at -= timedelta(seconds=settings.IMPACT_CACHE_SECONDS + 1)
        cache.set(key, figures)
        return figures.computed_at

    old = grown_old()
    with mock.patch("portal.impact.tasks.impact_figures_refresh") as refresh:
        assert year_figures(YEAR).computed_at == old  # answered at once
        assert year_figures(YEAR).computed_at == old
    refresh.enqueue.assert_called_once_with(year=YEAR)  # one refresh, however many readers

    cache.clear()
    old = grown_old()
    # The tests' task backend runs the refresh at once, in the request.
    assert year_figures(YEAR).computed_at == old
    assert cache.get(key).computed_at > old
