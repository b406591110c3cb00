"""A case study's easy-to-read summary: behind the same switch as a lesson's, shown in
place of the summary and the story, with the facts kept."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from courses.models import LessonPage
from portal.easy_read import COOKIE
from practices.models import CaseStudyPage
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db

SLUG = "se-qualifier-hors-les-murs"


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


def in_french(message: str) -> str:
    with translation.override("fr"):
        return translation.gettext(message)


def case_study(slug: str = SLUG, code: str = "fr") -> CaseStudyPage:
    return CaseStudyPage.objects.get(slug=slug, locale__language_code=code)


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_standard_version_offers_the_easy_to_read_one_under_the_title(client):
    page = case_study()
    html = soup(client.get(page.url))
    switch = html.find(id="version")
    assert switch.find_previous_sibling("header").h1.get_text() == page.title
    assert switch.a["href"] == "?version=easy-read#version"
    assert " ".join(switch.a.get_text().split()) == in_french("Easy to read")
    text = html.get_text()
    assert page.summary in text
    assert "Des personnes handicapées veulent apprendre un métier." not in text


def test_the_easy_to_read_version_replaces_the_summary_and_the_story(client):
    page = case_study()
    response = client.get(page.url, {"version": "easy-read"})
    html = soup(response)
    easy = html.find(class_="easy-read-text")
    assert easy.find_previous_sibling(id="version")
    # One sentence a line, as the editor wrote it.
    assert easy.p.contents[0] == "Des personnes handicapées veulent apprendre un métier."
    assert easy.p.contents[1].name == "br"
    assert page.summary not in html.get_text()
    assert html.find(class_="case-study__body") is None
    assert html.find(id="facts-heading")  # the facts stay
    assert html.find(id="version").find("a")["href"] == "?version=standard#version"
    pdf = html.find("a", href=lambda href: href and "pdf" in href)["href"]
    assert pdf == reverse("case_study_pdf", args=[page.pk]) + "?version=easy-read"
    assert response.cookies[COOKIE].value == "1"


def test_a_case_study_without_an_easy_to_read_summary_offers_none(client):
    page = case_study()
    page.easy_read_summary = "  "
    page.save()
    html = soup(client.get(page.url, {"version": "easy-read"}))
    assert html.find(id="version") is None
    assert page.summary in html.get_text()


def test_the_switch_adds_no_query(client):
    page = case_study()
    with_summary = queries_for(client, page.url)
    assert queries_for(client, page.url + "?version=easy-read") == with_summary
    page.easy_read_summary = ""
    page.save()
    assert queries_for(client, page.url) == with_summary


def test_lessons_and_case_studies_share_one_switch(client):
    """Same words, same markup, same place: readers learn it once."""
    client.force_login(get_user_model().objects.get(email="trainer@example.org"))
    lesson = LessonPage.objects.get(
        slug="pourquoi-se-former-pres-de-chez-soi", locale__language_code="fr"
    )
    for version in ("standard", "easy-read"):
        on_lesson = soup(client.get(lesson.url, {"version": version})).find(id="version")
        on_case_study = soup(client.get(case_study().url, {"version": version})).find(id="version")
        assert on_lesson is not None
        assert str(on_lesson) == str(on_case_study)
