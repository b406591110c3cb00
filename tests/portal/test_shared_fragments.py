"""Parts shared by every reader (portal/templatetags/fragment_tags.py): cached, and retired
when content is published."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page

import pytest

from portal.models import FooterText
from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client):
    client.force_login(get_user_model().objects.get(email="trainer@example.org"))
    return client


def footer_queries(captured) -> int:
    return sum("portal_footertext" in query["sql"] for query in captured.captured_queries)


def case_study(slug: str = "se-qualifier-hors-les-murs") -> CaseStudyPage:
    return CaseStudyPage.objects.get(slug=slug, locale__language_code="fr")


def test_the_shell_is_drawn_once_for_every_reader(reader):
    url = case_study().url
    with CaptureQueriesContext(connection) as first:
        reader.get(url)
    with CaptureQueriesContext(connection) as second:
        reader.get(case_study("work-to-grow").url)  # another page, the same footer
    assert footer_queries(first) == 1
    assert footer_queries(second) == 0
    assert len(second) < len(first)


def test_signed_in_readers_keep_their_own_account_links(client):
    url = case_study().url
    client.force_login(get_user_model().objects.get(email="tutor@example.org"))
    tutor = client.get(url).text
    client.force_login(get_user_model().objects.get(email="trainer@example.org"))
    trainer = client.get(url).text
    assert "/tutoring/" in tutor
    assert "/tutoring/" not in trainer


def test_the_menu_marks_the_current_page(reader):
    home = Page.objects.get(depth=2, locale__language_code="fr")
    items = home.get_children().live().in_menu()
    assert len(items) >= 2
    first, second = items[0], items[1]
    assert 'aria-current="page">' + first.title in reader.get(first.url).text
    page = reader.get(second.url).text
    assert 'aria-current="page">' + second.title in page
    assert 'aria-current="page">' + first.title not in page


def test_publishing_a_snippet_retires_the_fragment(reader, django_capture_on_commit_callbacks):
    url = case_study().url
    reader.get(url)
    footer = FooterText.objects.get(locale__language_code="fr")
    footer.body = "<p>Un pied de page tout neuf</p>"
    footer.save_revision()
    assert "Un pied de page tout neuf" not in reader.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        footer.save_revision().publish()
    assert "Un pied de page tout neuf" in reader.get(url).text


def test_each_language_has_its_own_fragment(reader):
    french = case_study()
    english = french.get_translation(Locale.objects.get(language_code="en"))
    reader.get(french.url)
    page = reader.get(english.url).text
    assert "Site map (XML)" in page
    assert 'hreflang="fr"' in page


def test_zero_seconds_turns_fragments_off(reader, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    url = case_study().url
    reader.get(url)
    with CaptureQueriesContext(connection) as second:
        reader.get(url)
    assert footer_queries(second) == 1


def test_a_fragment_renders_once_per_key():
    template = Template(
        "{% load fragment_tags %}"
        '{% shared_fragment "test" key %}{{ value }}{% endshared_fragment %}'
    )
    with translation.override("fr"):
        assert template.render(Context({"key": 1, "value": "a"})) == "a"
        assert template.render(Context({"key": 1, "value": "b"})) == "a"
        assert template.render(Context({"key": 2, "value": "b"})) == "b"
    with translation.override("en"):
        assert template.render(Context({"key": 1, "value": "c"})) == "c"
    cache.clear()  # a lost generation: nothing stored before is served
    with translation.override("fr"):
        assert template.render(Context({"key": 1, "value": "d"})) == "d"


def test_a_fragment_needs_a_quoted_name():
    with pytest.raises(TemplateSyntaxError, match="quoted fragment name"):
        Template("{% load fragment_tags %}{% shared_fragment footer %}{% endshared_fragment %}")


def test_the_story_follows_the_version_and_the_publication(
    reader, django_capture_on_commit_callbacks
):
    page = case_study()
    standard = reader.get(page.url).text
    assert "case-study__body" in standard
    easy = reader.get(page.url, {"version": "easy-read"}).text
    assert "case-study__body" not in easy
    assert "easy-read-text" in easy
    reader.get(page.url, {"version": "standard"})
    page.body = [("quote", {"text": "Une histoire toute neuve.", "attribution": ""})]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "Une histoire toute neuve." in reader.get(page.url).text
