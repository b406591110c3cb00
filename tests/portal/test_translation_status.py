"""The translation status report: who may see it, and the state it gives each translation."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.shortcuts import resolve_url
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from portal.models import HomePage, StandardPage
from portal.translation_status import (
    LocaleStatus,
    TranslationState,
    TranslationStatusRow,
    translation_status_rows,
)
from practices.models import CaseStudyPage, Theme

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"


def admin_login_url() -> str:
    """Where the admin sends visitors to log in (the allauth page, in this project)."""
    return resolve_url(getattr(settings, "WAGTAILADMIN_LOGIN_URL", "wagtailadmin_login"))


def login(client, email: str) -> None:
    client.force_login(get_user_model().objects.get(email=email))


def row_for(title: str) -> TranslationStatusRow:
    rows = [row for row in translation_status_rows() if row.title == title]
    assert len(rows) == 1, f"expected one row titled {title!r}, got {len(rows)}"
    return rows[0]


def status_in(row: TranslationStatusRow, code: str) -> LocaleStatus:
    return next(status for status in row.statuses if status.locale.language_code == code)


def french_page_add(title: str, slug: str) -> StandardPage:
    home = HomePage.objects.get(locale__language_code="fr")
    page = home.add_child(instance=StandardPage(title=title, slug=slug))
    page.save_revision().publish()
    return page


def test_the_url_is_the_registered_admin_url():
    assert reverse("portal_translation_status") == URL


@pytest.mark.parametrize("email", ["editor@example.org", "moderator@example.org"])
def test_editors_and_moderators_see_the_report(client, email):
    login(client, email)
    response = client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="translation-status"' in content
    assert "<caption>" in content
    assert 'scope="col"' in content
    assert 'scope="row"' in content


def test_the_report_is_in_the_reports_menu_for_editors(client):
    login(client, "editor@example.org")
    response = client.get(reverse("wagtailadmin_home"))
    assert URL in response.content.decode()


def test_a_trainer_is_turned_away(client):
    login(client, "trainer@example.org")
    response = client.get(URL)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url.startswith(f"{admin_login_url()}?next=")


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(f"{admin_login_url()}?next=")


def test_admin_access_without_the_translation_permission_is_forbidden(client):
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = get_user_model().objects.create_user(
        username="reader", email="reader@example.org", password="x-unused-x"
    )
    user.groups.add(group)
    client.force_login(user)
    assert client.get(URL).status_code == 403
    response = client.get(reverse("wagtailadmin_home"))
    assert URL not in response.content.decode()


def test_a_page_with_no_english_version_is_missing(client):
    page = french_page_add("Nouvelle rubrique", "nouvelle-rubrique")

    row = row_for("Nouvelle rubrique")
    assert row.is_page
    assert row.source_locale.language_code == "fr"
    assert status_in(row, "fr").state is TranslationState.SOURCE
    english = status_in(row, "en")
    assert english.state is TranslationState.MISSING
    assert english.submit_translation_url == reverse(
        "wagtail_localize:submit_page_translation", args=[page.pk]
    )

    login(client, "editor@example.org")
    content = client.get(URL).content.decode()
    assert english.submit_translation_url in content
    assert (
        str(TranslationState.MISSING.label) in content
    )  # the state is written, not only coloured


def test_a_synced_wagtail_localize_translation_is_up_to_date():
    case_study = CaseStudyPage.objects.filter(locale__language_code="fr").first()
    assert Translation.objects.filter(
        source__object_id=case_study.translation_key, enabled=True
    ).exists()

    english = status_in(row_for(case_study.title), "en")
    assert english.state is TranslationState.UP_TO_DATE
    assert english.sync_url == ""


def test_editing_the_source_after_the_sync_shows_source_changed(client):
    case_study = CaseStudyPage.objects.filter(locale__language_code="fr").first()
    case_study.title = f"{case_study.title} (révisé)"
    case_study.save_revision().publish()

    english = status_in(row_for(case_study.title), "en")
    assert english.state is TranslationState.SOURCE_CHANGED
    source = TranslationSource.objects.get(
        object_id=case_study.translation_key, locale=case_study.locale
    )
    assert english.sync_url == reverse("wagtail_localize:update_translations", args=[source.pk])

    login(client, "editor@example.org")
    assert str(TranslationState.SOURCE_CHANGED.label) in client.get(URL).content.decode()


def test_a_resync_makes_the_translation_up_to_date_again(django_capture_on_commit_callbacks):
    case_study = CaseStudyPage.objects.filter(locale__language_code="fr").first()
    case_study.title = f"{case_study.title} (révisé)"
    case_study.save_revision().publish()
    source = TranslationSource.objects.get(
        object_id=case_study.translation_key, locale=case_study.locale
    )

    source.update_from_db()  # "Sync translated pages", without publishing yet
    assert status_in(row_for(case_study.title), "en").state is TranslationState.SOURCE_CHANGED

    with django_capture_on_commit_callbacks(execute=True):
        source.translations.get(target_locale__language_code="en").save_target(publish=True)
    assert status_in(row_for(case_study.title), "en").state is TranslationState.UP_TO_DATE


def test_snippets_without_revisions_are_compared_by_content():
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    theme = Theme.objects.create(name="Apprentissage", slug="apprentissage", locale=french)
    assert status_in(row_for("Apprentissage"), "en").state is TranslationState.MISSING

    source, _ = TranslationSource.get_or_create_from_instance(theme)
    translation = Translation.objects.create(source=source, target_locale=english)
    translation.save_target(publish=True)
    row = row_for("Apprentissage")
    assert row.type_label == str(Theme._meta.verbose_name)
    assert status_in(row, "en").state is TranslationState.UP_TO_DATE

    theme.description = "Se former en entreprise."
    theme.save()
    assert status_in(row_for("Apprentissage"), "en").state is TranslationState.SOURCE_CHANGED


def test_a_translation_made_without_wagtail_localize_is_up_to_date_until_the_source_changes():
    about = StandardPage.objects.get(locale__language_code="fr", slug="a-propos")
    assert not TranslationSource.objects.filter(object_id=about.translation_key).exists()
    assert status_in(row_for(about.title), "en").state is TranslationState.UP_TO_DATE

    about.intro = "Une introduction révisée."
    about.save_revision().publish()
    assert status_in(row_for(about.title), "en").state is TranslationState.SOURCE_CHANGED


def queries_for(client) -> int:
    client.get(URL)  # warm per-process caches (content types, permissions)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL)
    assert response.status_code == 200
    return len(captured)


def test_the_query_count_does_not_grow_with_the_content(client):
    login(client, "editor@example.org")
    french = Locale.objects.get(language_code="fr")
    before = queries_for(client)

    for number in range(8):
        french_page_add(f"Rubrique {number}", f"rubrique-{number}")
        Theme.objects.create(name=f"Thème {number}", slug=f"theme-{number}", locale=french)
    case_study = CaseStudyPage.objects.filter(locale__language_code="fr").first()
    case_study.title = f"{case_study.title} (révisé)"
    case_study.save_revision().publish()

    after = queries_for(client)
    assert after == before
    content = client.get(URL).content.decode()
    assert content.count('data-state="missing"') >= 16
