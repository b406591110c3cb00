"""The practice library's reach: views and PDF downloads counted per case study, language
and month, without cookies or anything about the reader; and the selector that sums them."""

import logging
import uuid
from datetime import date

from django.contrib.auth import get_user_model
from django.db import DatabaseError, IntegrityError, connection
from django.db.models import QuerySet
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest

from practices.models import CaseStudyPage, CaseStudyReach
from practices.selectors.reach import ReachRow, case_study_reach
from practices.services import reach
from tests.conftest import at_once, needs_postgresql

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SLUG = "se-qualifier-hors-les-murs"


@pytest.fixture
def reader(client):
    """The test client, sending a browser's User-Agent (it sends none by default)."""
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client


@pytest.fixture(autouse=True)
def counting_not_paused(monkeypatch):
    """Each test counts from the start, whatever outage an earlier test played."""
    monkeypatch.setattr(reach, "_paused_until", 0.0)


def case_study(code: str = "fr") -> CaseStudyPage:
    french = CaseStudyPage.objects.get(slug=SLUG, locale__language_code="fr")
    return (
        french if code == "fr" else french.get_translation(Locale.objects.get(language_code=code))
    )


def counts(case: CaseStudyPage) -> tuple[int, int]:
    """This month's (views, PDF downloads) of the case study in its language."""
    row = CaseStudyReach.objects.filter(
        translation_key=case.translation_key,
        locale_id=case.locale_id,
        month=timezone.localdate().replace(day=1),
    ).first()
    return (row.views, row.pdf_downloads) if row else (0, 0)


def pdf_url(case: CaseStudyPage) -> str:
    return reverse("case_study_pdf", args=[case.pk])


def writes(captured) -> list[str]:
    """The statements run, less the savepoints a test's own transaction calls for."""
    return [
        q["sql"]
        for q in captured.captured_queries
        if not q["sql"].upper().startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
    ]


# Counting views


def test_a_view_counts_once_per_get_when_rendered_and_when_served_from_the_cache(reader):
    case = case_study()
    first = reader.get(case.url)
    assert (first.status_code, first["X-Cache"]) == (200, "miss")
    assert counts(case) == (1, 0)

    second = reader.get(case.url)
    assert (second.status_code, second["X-Cache"]) == (200, "hit")
    assert counts(case) == (2, 0)


def test_a_view_is_counted_with_the_page_cache_off(reader, settings):
    settings.PAGE_CACHE_SECONDS = 0
    case = case_study()
    reader.get(case.url)
    reader.get(case.url)
    assert counts(case) == (2, 0)


def test_a_hit_costs_one_write_and_reads_nothing(reader):
    case = case_study()
    reader.get(case.url)
    with CaptureQueriesContext(connection) as captured:
        response = reader.get(case.url)
    assert response["X-Cache"] == "hit"
    statements = writes(captured)
    assert len(statements) == 1
    assert statements[0].upper().startswith("UPDATE")


def test_each_language_is_counted_apart(reader):
    french, english = case_study("fr"), case_study("en")
    assert french.translation_key == english.translation_key
    reader.get(french.url)
    reader.get(french.url)
    reader.get(english.url)
    reader.get(pdf_url(english))
    assert counts(french) == (2, 0)
    assert counts(english) == (1, 1)


def test_counting_sets_no_cookie_and_keeps_nothing_about_the_reader(reader):
    case = case_study()
    responses = [reader.get(case.url), reader.get(case.url), reader.get(pdf_url(case))]
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert all("Set-Cookie" not in r for r in responses)
    assert not reader.cookies
    fields = {field.name for field in CaseStudyReach._meta.get_fields()}
    assert fields == {"id", "translation_key", "locale", "month", "views", "pdf_downloads"}


def test_head_is_not_counted_on_a_miss_nor_on_a_hit(reader):
    case = case_study()
    assert reader.head(case.url)["X-Cache"] == "miss"
    reader.get(case.url)
    assert reader.head(case.url)["X-Cache"] == "hit"
    reader.head(pdf_url(case))
    assert counts(case) == (1, 0)


def test_pages_not_found_are_not_counted(reader):
    before = CaseStudyReach.objects.count()
    assert reader.get(case_study().url + "nothing-here/").status_code == 404
    assert reader.get(reverse("case_study_pdf", args=[2**31 - 1])).status_code == 404
    assert CaseStudyReach.objects.count() == before


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "   ",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "Screaming Frog SEO Spider/19.0",
        "SomeCrawler/1.0",
        "Mozilla/5.0 (compatible; Discordbot/2.0)",
        "Slack link preview",
    ],
)
def test_robots_are_not_counted(client, agent):
    case = case_study()
    client.defaults["HTTP_USER_AGENT"] = agent
    assert client.get(case.url)["X-Cache"] == "miss"
    assert client.get(case.url)["X-Cache"] == "hit"
    assert client.get(pdf_url(case)).status_code == 200
    assert counts(case) == (0, 0)


def test_previews_are_not_counted_even_with_the_live_page_cached(reader):
    case = case_study()
    reader.get(case.url)  # counted, and cached
    request = RequestFactory().get(case.url, HTTP_USER_AGENT=BROWSER)
    request.user = get_user_model().objects.get(email="editor@example.org")
    case.title = "Brouillon"
    assert case.make_preview_request(request).status_code == 200
    assert counts(case) == (1, 0)


def test_staff_reading_the_site_are_not_counted_and_other_readers_are(reader):
    case = case_study()
    users = get_user_model().objects
    reader.force_login(users.get(email="editor@example.org"))
    reader.get(case.url)
    reader.get(pdf_url(case))
    assert counts(case) == (0, 0)
    reader.force_login(users.get(email="trainer@example.org"))
    reader.get(case.url)
    reader.get(pdf_url(case))
    assert counts(case) == (1, 1)


# PDF downloads


def test_pdf_downloads_are_counted_when_drawn_and_when_served_from_the_cache(reader):
    case = case_study()
    first = reader.get(pdf_url(case))
    assert (first.status_code, first["Content-Type"]) == (200, "application/pdf")
    assert first["X-Cache"] == "miss"
    second = reader.get(pdf_url(case))
    assert second["X-Cache"] == "hit"
    assert counts(case) == (0, 2)


# A count never breaks a page


def test_a_database_error_while_counting_leaves_the_page_whole(reader, caplog):
    case = case_study()
    reader.get(case.url)  # counted, and cached
    reader.get(pdf_url(case))
    # The database refuses every count from now on: the table is dropped inside the
    # test's transaction, which puts it back. Deferred checks first, or PostgreSQL refuses.
    connection.check_constraints()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {CaseStudyReach._meta.db_table}")
    with caplog.at_level(logging.WARNING, logger="practices.services.reach"):
        hit = reader.get(case.url)
        hit_pdf = reader.get(pdf_url(case))
        missed = reader.get(case.url, {"ref": "newsletter"})  # another address: a miss
    assert (hit.status_code, hit["X-Cache"]) == (200, "hit")
    assert (hit_pdf.status_code, hit_pdf["X-Cache"]) == (200, "hit")
    assert (missed.status_code, missed["X-Cache"]) == (200, "miss")
    assert case.title in missed.text
    assert "Case study reach not counted" in caplog.text
    # The request's transaction is still usable after the refused statement.
    assert CaseStudyPage.objects.filter(pk=case.pk).exists()


def test_a_refused_count_returns_false_and_does_not_pause_counting(monkeypatch):
    case = case_study()

    def refused(**kwargs):
        raise DatabaseError("refused")

    monkeypatch.setattr(reach, "_reach_upsert", refused)
    assert reach.case_study_view_count(page=case) is False
    monkeypatch.undo()
    monkeypatch.setattr(reach, "_paused_until", 0.0)
    assert reach.case_study_view_count(page=case) is True
    assert counts(case) == (1, 0)


def test_a_lost_connection_pauses_counting_for_a_while(monkeypatch):
    case = case_study()

    def refused(**kwargs):
        raise DatabaseError("connection lost")

    monkeypatch.setattr(reach, "_reach_upsert", refused)
    monkeypatch.setattr(reach, "connection_lost", lambda: True)
    assert reach.case_study_view_count(page=case) is False
    monkeypatch.setattr(reach, "_reach_upsert", lambda **kwargs: pytest.fail("not paused"))
    with CaptureQueriesContext(connection) as captured:
        assert reach.case_study_view_count(page=case) is False
    assert len(captured) == 0


# The upsert


def test_a_row_created_by_another_request_at_the_same_moment_is_added_to(monkeypatch):
    """The first update finds nothing, the insert then meets the other request's row."""
    case = case_study()
    reach.case_study_view_count(page=case)
    real_update = QuerySet.update
    calls = []

    def update(self, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            return 0  # the row did not exist yet
        return real_update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", update)
    assert reach.case_study_view_count(page=case) is True
    assert len(calls) == 2
    assert counts(case) == (2, 0)


def test_the_first_count_of_a_month_creates_the_row():
    case = case_study()
    key = case.translation_key
    assert reach.reach_add(
        translation_key=key, locale_id=case.locale_id, views=1, month=date(2019, 5, 17)
    )
    row = CaseStudyReach.objects.get(translation_key=key, month=date(2019, 5, 1))
    assert (row.views, row.pdf_downloads) == (1, 0)
    with pytest.raises(IntegrityError):
        CaseStudyReach.objects.create(
            translation_key=key, locale_id=case.locale_id, month=date(2019, 5, 1)
        )


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_first_views_of_a_month_at_once_all_count_in_one_row():
    locale, _ = Locale.objects.get_or_create(language_code="fr")
    key = uuid.uuid4()

    def view():
        return reach.reach_add(translation_key=key, locale_id=locale.pk, views=1)

    assert at_once(view, view, view, view) == [True] * 4
    assert CaseStudyReach.objects.get(translation_key=key).views == 4


# The selector


def reach_rows(rows: list[tuple]) -> None:
    CaseStudyReach.objects.bulk_create(
        CaseStudyReach(
            translation_key=case.translation_key,
            locale_id=case.locale_id,
            month=month,
            views=views,
            pdf_downloads=downloads,
        )
        for case, month, views, downloads in rows
    )


def test_the_selector_sums_the_months_of_the_period_per_case_study_and_language():
    french, english = case_study("fr"), case_study("en")
    other = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    reach_rows(
        [
            (french, date(2019, 12, 1), 1000, 100),  # before the period
            (french, date(2020, 1, 1), 10, 1),
            (french, date(2020, 2, 1), 5, 2),
            (english, date(2020, 3, 1), 7, 0),
            (other, date(2020, 2, 1), 15, 3),
            (other, date(2020, 4, 1), 1000, 100),  # the end is excluded
        ]
    )
    with translation.override("en"):
        rows = case_study_reach(start=date(2020, 1, 1), end=date(2020, 4, 1))
    assert rows == [
        ReachRow(
            title=french.title,
            url=french.url,
            language_code="fr",
            language_name="French",
            views=15,
            pdf_downloads=3,
        ),
        ReachRow(
            title=other.title,
            url=other.url,
            language_code="fr",
            language_name="French",
            views=15,
            pdf_downloads=3,
        ),
        ReachRow(
            title=english.title,
            url=english.url,
            language_code="en",
            language_name="English",
            views=7,
            pdf_downloads=0,
        ),
    ]
    # Equal views: by title.
    assert french.title.casefold() < other.title.casefold()


def test_the_selector_gives_no_address_for_a_page_no_longer_live():
    french = case_study("fr")
    french.unpublish()
    reach_rows([(french, date(2020, 1, 1), 3, 1)])
    [row] = case_study_reach(start=date(2020, 1, 1), end=date(2020, 2, 1))
    assert (row.title, row.url, row.views) == (french.title, "", 3)


def test_the_selector_keeps_the_counts_of_a_deleted_translation():
    english = case_study("en")
    french = case_study("fr")
    reach_rows([(english, date(2020, 1, 1), 4, 0)])
    english.delete()
    [row] = case_study_reach(start=date(2020, 1, 1), end=date(2020, 2, 1))
    assert (row.title, row.url, row.language_code, row.views) == (french.title, "", "en", 4)


def test_the_selector_answers_an_empty_or_reversed_period_with_nothing():
    reach_rows([(case_study(), date(2020, 1, 1), 3, 1)])
    assert case_study_reach(start=date(2020, 2, 1), end=date(2020, 2, 1)) == []
    assert case_study_reach(start=date(2020, 3, 1), end=date(2020, 1, 1)) == []
    assert case_study_reach(start=date(2010, 1, 1), end=date(2011, 1, 1)) == []


def test_the_selector_reads_the_same_number_of_queries_for_two_or_ten_case_studies():
    pages = list(CaseStudyPage.objects.all())
    assert len(pages) >= 10
    period = {"start": date(2020, 1, 1), "end": date(2021, 1, 1)}
    reach_rows([(page, date(2020, 6, 1), 5, 1) for page in pages[:2]])
    case_study_reach(**period)  # content types and site root paths, kept for later calls
    with CaptureQueriesContext(connection) as few:
        assert len(case_study_reach(**period)) == 2
    reach_rows([(page, date(2020, 7, 1), 5, 1) for page in pages])
    with CaptureQueriesContext(connection) as many:
        assert len(case_study_reach(**period)) == len(pages)
    assert len(many) == len(few) <= 3


def test_the_demo_has_reach_for_every_demo_case_study_in_both_languages():
    today = timezone.localdate()
    start = date(today.year - 1, today.month, 1)
    rows = case_study_reach(start=start, end=today.replace(day=1))
    assert {row.language_code for row in rows} == {"fr", "en"}
    assert len(rows) == 10
    assert all(row.views > 0 and row.url for row in rows)


def test_the_demo_reach_is_the_same_on_every_run():
    from practices.demo.reach import reach_seed
    from practices.demo.seed import CASE_STUDIES

    before = list(CaseStudyReach.objects.order_by("pk").values())
    assert reach_seed(slugs=[data["slug"] for data in CASE_STUDIES]) == 0
    assert list(CaseStudyReach.objects.order_by("pk").values()) == before
    CaseStudyReach.objects.all().delete()
    reach_seed(slugs=[data["slug"] for data in CASE_STUDIES])
    again = list(CaseStudyReach.objects.order_by("pk").values())
    strip = [{k: v for k, v in row.items() if k != "id"} for row in before]
    assert [{k: v for k, v in row.items() if k != "id"} for row in again] == strip
