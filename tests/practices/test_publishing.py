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
