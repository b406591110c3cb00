"""Publishing paths: moderation workflow and a translation round trip after a change."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def user(email):
    return get_user_model().objects.get(email=email)


def test_editor_submits_and_moderator_approves():
    editor, moderator = user("editor@example.org"), user("moderator@example.org")
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    old_title = page.title
    page.title = "Work to Grow : nouvelle version"
    page.save_revision(user=editor)

    workflow = page.get_workflow()
    assert workflow is not None, "a moderation workflow covers the page tree"
    state = workflow.start(page, editor)
    assert CaseStudyPage.objects.get(pk=page.pk).title == old_title  # not live yet

    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(page, moderator)
    task_state.task.specific.on_action(task_state, moderator, "approve")

    page.refresh_from_db()
    assert page.title == "Work to Grow : nouvelle version"
    assert page.live


def test_editor_cannot_approve_their_own_submission():
    editor = user("editor@example.org")
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    task = state.current_task_state.task.specific
    assert not task.user_can_access_editor(page, editor) or not task.get_actions(page, editor)


def test_translation_round_trip_after_the_source_changes():
    english = Locale.objects.get(language_code="en")
    page = CaseStudyPage.objects.get(slug="expertises-partagees", locale__language_code="fr")
    page.summary = "Un nouveau résumé du projet."
    page.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=english)
    po = translation.export_po()
    entry = next(e for e in po if e.msgid == "Un nouveau résumé du projet.")
    assert entry.msgstr == ""  # the changed string awaits its translator
    entry.msgstr = "A new summary of the project."
    translation.import_po(po)
    translation.save_target(publish=True)

    assert page.get_translation(english).summary == "A new summary of the project."


def test_outside_translators_download_and_upload_po_files(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    client.force_login(user("editor@example.org"))
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale__language_code="en")

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po_text = response.content.decode()
    assert "msgid \"Work to Grow : l'économie sociale" in po_text

    import polib

    po = polib.pofile(po_text)
    entry = next(e for e in po if e.msgctxt == "title")
    entry.msgstr = "Work to Grow: social economy as a training tool"
    upload = SimpleUploadedFile("work-to-grow.po", str(po).encode(), "text/x-gettext")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    translation.save_target(publish=True)
    assert page.get_translation(translation.target_locale).title == (
        "Work to Grow: social economy as a training tool"
    )


def test_case_study_preview_renders():
    from django.test import RequestFactory

    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="en")
    page.title = "Draft title"
    request = RequestFactory().get(page.url)
    request.user = user("editor@example.org")
    response = page.make_preview_request(request)
    assert response.status_code == 200
    assert "Draft title" in response.render().content.decode()


def test_scheduled_publishing():
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    page.title = "Publication programmée"
    revision = page.save_revision(user=user("moderator@example.org"))
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()

    call_command("publish_scheduled", verbosity=0)

    page.refresh_from_db()
    assert page.title == "Publication programmée"


def test_revisions_are_kept():
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="fr")
    before = page.revisions.count()
    page.summary = "Résumé révisé."
    page.save_revision().publish()
    assert page.revisions.count() == before + 1
