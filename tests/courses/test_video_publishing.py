"""Editors may save a video lesson as a draft before its captions are ready, but cannot
publish it until the video has captions and a transcript."""

import json
import re

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

import pytest

from courses.factories import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


def edit_data(client, lesson, video: dict):
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([("video", video)])}))
    return data


def video(url: str, **fields) -> dict:
    return {
        "title": "Accueillir un stagiaire",
        "embed": url,
        "file": "",
        "captions": "",
        "transcript": "null",  # what the rich text editor sends when it is empty
        **fields,
    }


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    with translation.override("en"):
        yield client


def test_a_draft_video_without_captions_is_saved_but_not_published(admin_client, known_embed):
    lesson = LessonPageFactory(parent=ModulePageFactory())
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])

    draft = admin_client.post(url, edit_data(admin_client, lesson, video(known_embed)))
    assert draft.status_code == 302
    lesson.refresh_from_db()
    assert lesson.has_unpublished_changes
    saved = lesson.get_latest_revision_as_object()
    assert saved.body[0].value["title"] == "Accueillir un stagiaire"

    data = edit_data(admin_client, lesson, video(known_embed))
    refused = admin_client.post(url, {**data.dict(), "action-publish": "action-publish"})
    assert refused.status_code == 200
    page = refused.content.decode()
    # The errors travel to the stream editor as JSON, in the admin user's language.
    with translation.override(re.search(r'<html lang="(\w+)"', page)[1]):
        for message in [
            _("Check that the video service shows captions before publishing."),
            _("This field is required."),  # the transcript
        ]:
            assert escape(json.dumps(message)) in page
    lesson.refresh_from_db()
    assert [block.block_type for block in lesson.body] == ["paragraph"]  # still the live one


def test_a_video_with_captions_and_transcript_is_published(admin_client, known_embed):
    lesson = LessonPageFactory(parent=ModulePageFactory())
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    ready = video(
        known_embed,
        service_captions="on",
        transcript=rich_text("<p>La tutrice accueille le stagiaire et lui présente l'équipe.</p>"),
    )
    data = edit_data(admin_client, lesson, ready)
    response = admin_client.post(url, {**data.dict(), "action-publish": "action-publish"})
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.body[0].value["service_captions"] is True
    assert "présente l'équipe" in lesson.body[0].value["transcript"].source
