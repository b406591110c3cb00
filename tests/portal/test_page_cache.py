"""The anonymous page cache (portal/cache.py) and what retires it (portal/signals.py)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

import pytest

from portal import display, easy_read
from portal.cache import GENERATION_KEY
from portal.models import FooterText
from practices.models import CaseStudyPage, Theme

pytestmark = pytest.mark.django_db

SLUG = "se-qualifier-hors-les-murs"  # a case study with an easy-to-read summary


def case_study(code: str = "fr", slug: str = SLUG) -> CaseStudyPage:
    return CaseStudyPage.objects.get(slug=slug, locale__language_code=code)


def served_twice(client, url: str, **extra):
    first = client.get(url, **extra)
    second = client.get(url, **extra)
    return first, second


def test_a_second_anonymous_get_is_a_hit_without_any_query(client):
    url = case_study().url
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Cache"] == "miss"
    with CaptureQueriesContext(connection) as captured:
        second = client.get(url)
    assert second["X-Cache"] == "hit"
    assert len(captured) == 0
    assert second.content == first.content


def test_a_hit_keeps_the_headers_of_the_page(client):
    first, second = served_twice(client, "/en/")
    assert second["X-Cache"] == "hit"
    for header in ("Content-Type", "Content-Language", "X-Frame-Options", "Content-Length"):
        assert second[header] == first[header]
    # Added by SecurityMiddleware, which still runs around a hit.
    assert second["X-Content-Type-Options"] == "nosniff"
    assert second["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Set-Cookie" not in second


def test_head_is_answered_from_a_stored_get(client):
    url = case_study().url
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.head(url)
    assert response["X-Cache"] == "hit"
    assert len(captured) == 0


def test_a_signed_in_reader_is_never_served_nor_stored(client):
    url = case_study().url
    client.get(url)  # stored for visitors
    client.force_login(get_user_model().objects.get(email="trainer@example.org"))
    for _ in range(2):
        response = client.get(url)
        assert "X-Cache" not in response
        assert reverse("account_logout") in response.text
    client.logout()
    client.cookies.clear()
    assert client.get(url)["X-Cache"] == "hit"  # the visitors' copy, untouched


def test_a_session_cookie_bypasses_the_cache(client):
    url = case_study().url
    client.get(url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    first, second = served_twice(client, url)
    assert "X-Cache" not in first
    assert "X-Cache" not in second


def test_a_pending_message_bypasses_the_cache(client):
    url = case_study().url
    client.get(url)
    client.cookies["messages"] = "anything"
    assert "X-Cache" not in client.get(url)


def test_a_page_with_a_csrf_form_is_never_stored(client, django_capture_on_commit_callbacks):
    page = case_study()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
    first, second = served_twice(client, page.url)
    assert first.status_code == second.status_code == 200
    assert b"csrfmiddlewaretoken" in second.content
    assert second["X-Cache"] == "miss"


@pytest.mark.parametrize(
    "url",
    [
        "/fr/display/",
        "/fr/accounts/login/",
        "/fr/accounts/signup/",
        "/fr/search/?q=tutorat",
        "/fr/verify/",
    ],
)
def test_pages_outside_the_public_pages_are_never_stored(client, url):
    first, second = served_twice(client, url)
    assert first.status_code == 200
    assert second.get("X-Cache") != "hit"


def test_a_post_is_never_answered_from_the_cache(client):
    url = case_study().url
    client.get(url)
    assert client.post(url).get("X-Cache") != "hit"


def test_languages_are_kept_apart(client):
    french = case_study("fr")
    english = french.get_translation(Locale.objects.get(language_code="en"))
    assert client.get(french.url)["X-Cache"] == "miss"
    response = client.get(english.url)
    assert response["X-Cache"] == "miss"
    assert response["Content-Language"] == "en"
    assert client.get("/fr/")["X-Cache"] == "miss"
    en_home = client.get("/en/")
    assert en_home["X-Cache"] == "miss"
    assert '<html lang="en"' in en_home.text


def test_display_preferences_are_part_of_the_key(client):
    url = case_study().url
    plain = client.get(url)
    assert plain["X-Cache"] == "miss"
    client.cookies[display.COOKIE] = "text-larger.spacing-normal.contrast-high"
    larger = client.get(url)
    assert larger["X-Cache"] == "miss"
    assert "display-text-larger display-contrast-high" in larger.text
    # The same preferences written differently make the same key.
    client.cookies[display.COOKIE] = "text-larger.spacing-bogus.contrast-high"
    again = client.get(url)
    assert again["X-Cache"] == "hit"
    assert again.content == larger.content
    del client.cookies[display.COOKIE]
    assert client.get(url).content == plain.content


def test_the_easy_to_read_choice_is_part_of_the_key(client):
    page = case_study()
    standard = client.get(page.url)
    client.cookies[easy_read.COOKIE] = "1"
    easy = client.get(page.url)
    assert easy["X-Cache"] == "miss"
    assert "easy-read-text" in easy.text
    assert "easy-read-text" not in standard.text
    assert client.get(page.url)["X-Cache"] == "hit"


def test_choosing_a_version_sets_a_cookie_and_is_not_stored(client):
    url = case_study().url + "?version=easy-read"
    first, second = served_twice(client, url)
    assert "Set-Cookie" in first or easy_read.COOKIE in first.cookies
    assert second["X-Cache"] == "miss"


def test_the_query_string_is_part_of_the_key(client):
    library = case_study().get_parent().url
    everything = client.get(library)
    page_two = client.get(library + "?sort=title")
    assert page_two["X-Cache"] == "miss"
    assert client.get(library)["X-Cache"] == "hit"
    assert everything.status_code == page_two.status_code == 200


def test_a_bad_filter_is_answered_400_and_not_stored(client):
    library = case_study().get_parent().url + "?page=999"
    first, second = served_twice(client, library)
    assert first.status_code == second.status_code == 400
    assert second["X-Cache"] == "miss"


def test_publishing_a_page_shows_the_new_version(client, django_capture_on_commit_callbacks):
    page = case_study()
    client.get(page.url)
    page.title = "Un titre tout neuf"
    revision = page.save_revision()
    assert client.get(page.url)["X-Cache"] == "hit"  # a draft changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    response = client.get(page.url)
    assert response["X-Cache"] == "miss"
    assert "Un titre tout neuf" in response.text


def test_a_published_page_retires_the_other_pages_too(client, django_capture_on_commit_callbacks):
    page = case_study()
    library = page.get_parent().url
    client.get(library)
    page.title = "Un titre tout neuf"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(library)
    assert response["X-Cache"] == "miss"
    assert "Un titre tout neuf" in response.text


def test_unpublishing_a_page_takes_it_off(client, django_capture_on_commit_callbacks):
    page = case_study()
    assert client.get(page.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert client.get(page.url).status_code == 404


def test_deleting_a_page_takes_it_off(client, django_capture_on_commit_callbacks):
    page = case_study()
    url = page.url
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert client.get(url).status_code == 404


def test_saving_a_snippet_shows_the_new_text(client, django_capture_on_commit_callbacks):
    client.get("/fr/")
    footer = FooterText.objects.get(locale__language_code="fr")
    footer.body = "<p>Un pied de page tout neuf</p>"
    with django_capture_on_commit_callbacks(execute=True):
        footer.save_revision().publish()
    response = client.get("/fr/")
    assert response["X-Cache"] == "miss"
    assert "Un pied de page tout neuf" in response.text


def test_saving_a_taxonomy_term_shows_the_new_name(client, django_capture_on_commit_callbacks):
    page = case_study()
    theme = page.themes.first()
    client.get(page.url)
    theme.name = "Un thème tout neuf"
    with django_capture_on_commit_callbacks(execute=True):
        theme.save()
    response = client.get(page.url)
    assert response["X-Cache"] == "miss"
    assert "Un thème tout neuf" in response.text
    assert Theme.objects.filter(name="Un thème tout neuf").exists()


def test_publishing_a_translation_shows_it(client, django_capture_on_commit_callbacks):
    english = Locale.objects.get(language_code="en")
    page = case_study("fr", "expertises-partagees")
    translated = page.get_translation(english)
    client.get(translated.url)
    with django_capture_on_commit_callbacks(execute=True):
        page.summary = "Un nouveau résumé du projet."
        page.save_revision().publish()
    cached = client.get(translated.url)
    assert cached["X-Cache"] == "miss"
    client.get(translated.url)  # stored again, before the translation is published

    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=english)
    po = translation.export_po()
    entry = next(e for e in po if e.msgid == "Un nouveau résumé du projet.")
    entry.msgstr = "A brand new summary of the project."
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    response = client.get(translated.url)
    assert response["X-Cache"] == "miss"
    assert "A brand new summary of the project." in response.text


def test_a_lost_generation_retires_every_stored_page(client):
    url = case_study().url
    client.get(url)
    cache.delete(GENERATION_KEY)
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"


def test_zero_seconds_turns_the_cache_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    url = case_study().url
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert "X-Cache" not in response
    assert len(captured) > 0
    assert cache.get(GENERATION_KEY) is None
