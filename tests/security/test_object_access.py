"""Guessing addresses: learners and tutors ask for other people's objects by their ids.

Every attempt is a 404 (which does not tell whether the object exists) or a 403, and no
answer carries another user's data or changes it. Sequential ids are tried with their
neighbours; certificates and statements have random UUIDs.
"""

import json
import uuid

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape

import pytest

from courses.credentials.documents import FORMATS
from courses.models import (
    Certificate,
    Cohort,
    CoursePage,
    H5PActivity,
    H5PUserState,
    LessonPage,
    LessonProgress,
    ReflectionAnswer,
    XAPIStatement,
)
from courses.services.progress import course_enrol
from portal import roles
from portal.models import User
from tests.courses.xapi.helpers import statement

pytestmark = pytest.mark.django_db

XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


def user(email: str) -> User:
    return User.objects.get(email=email)


def signed_in(client, email: str):
    client.force_login(user(email))
    return client


def neighbours(pk: int, spread: int = 3) -> range:
    return range(max(pk - spread, 1), pk + spread + 1)


def progress_rows(email: str) -> list[tuple]:
    """Everything recorded of a learner's lessons, to compare before and after."""
    rows = LessonProgress.objects.filter(user__email=email).order_by("lesson_key")
    reflections = ReflectionAnswer.objects.filter(user__email=email).order_by("block_id")
    return [
        *rows.values_list("lesson_key", "completed_at", "time_spent_seconds", "attempts"),
        *reflections.values_list("block_id", "text"),
    ]


def cohort_lesson() -> LessonPage:
    """A lesson of a course of the tutor's demo cohort: Léa and the trainer take it."""
    cohort = Cohort.objects.get(tutors__email="tutor@example.org")
    course = cohort.courses.order_by("pk").first()
    return LessonPage.objects.live().descendant_of(course).order_by("path").first()


# Lessons: the progress, time and reflection endpoints act for the requester only.


def test_a_tutor_cannot_record_progress_in_lessons_they_do_not_take(client):
    signed_in(client, "tutor@example.org")
    lesson = cohort_lesson()
    lea_before = progress_rows("lea@example.org")
    for pk in neighbours(lesson.pk):
        for name in ("lesson_complete", "lesson_time"):
            response = client.post(reverse(name, args=[pk]), {"seconds": 30})
            assert response.status_code == 404, (name, pk)
    assert progress_rows("tutor@example.org") == []
    assert progress_rows("lea@example.org") == lea_before


def test_a_learner_cannot_record_progress_in_a_course_she_does_not_take(client):
    signed_in(client, "lea@example.org")
    cohort = Cohort.objects.get(tutors__email="tutor@example.org")
    other = CoursePage.objects.live().exclude(pk__in=cohort.courses.values("pk"))
    lesson = LessonPage.objects.live().descendant_of(other.first()).first()
    before = progress_rows("lea@example.org")
    assert client.post(reverse("lesson_complete", args=[lesson.pk])).status_code == 404
    assert client.post(reverse("lesson_time", args=[lesson.pk]), {"seconds": 5}).status_code == 404
    assert progress_rows("lea@example.org") == before


def test_a_learner_never_reads_or_changes_another_learners_reflection(client):
    trainer, lea = user("trainer@example.org"), user("lea@example.org")
    lesson, block_id = _lesson_with_reflection()
    course = CoursePage.objects.ancestor_of(lesson).first()
    course_enrol(user=trainer, course=course)
    course_enrol(user=lea, course=course)
    ReflectionAnswer.objects.create(
        user=lea, lesson_key=lesson.translation_key, block_id=block_id, text="Mon secret à moi"
    )
    signed_in(client, "trainer@example.org")

    assert "Mon secret à moi" not in client.get(lesson.url).content.decode()
    url = reverse("reflection_save", args=[lesson.pk, block_id])
    assert client.post(url, {"text": ""}).status_code == 302  # deletes her own: none
    assert client.post(url, {"text": "Ma réponse"}).status_code == 302

    answers = dict(ReflectionAnswer.objects.values_list("user__email", "text"))
    assert answers == {"lea@example.org": "Mon secret à moi", "trainer@example.org": "Ma réponse"}


def _lesson_with_reflection() -> tuple[LessonPage, str]:
    for lesson in LessonPage.objects.live().filter(locale__language_code="fr"):
        for block in lesson.body:
            if block.block_type == "reflection":
                return lesson, block.id
    raise LookupError("the demo has no reflection")


# Certificates: only their learner sets them, downloads are the learner's and the staff's
# who manage certificates.


@pytest.mark.parametrize(
    "email", ["lea@example.org", "tutor@example.org", "editor@example.org", "ministry@example.org"]
)
def test_another_learners_certificate_is_not_found(client, email):
    certificate = Certificate.objects.get(learner__email="trainer@example.org")
    name = certificate.learner_name
    signed_in(client, email)
    invented = uuid.uuid4()
    for pk in (certificate.pk, invented):
        for form in FORMATS:
            response = client.get(reverse("certificate_download", args=[pk, form]))
            assert response.status_code == 404, (pk, form)
            assert name.encode() not in response.content
        url = reverse("certificate_preferences", args=[pk])
        data = {f"{pk}-learner_name": "Quelqu'un d'autre", f"{pk}-language": "fr"}
        assert client.post(url, data).status_code == 404
    assert escape(name) not in client.get(reverse("certificate_list")).content.decode()
    certificate.refresh_from_db()
    assert certificate.learner_name == name


def test_the_certificate_chooser_lists_learners_to_those_who_manage_certificates(client):
    """The admin's certificate chooser names learners: editors do not manage certificates."""
    certificate = Certificate.objects.get(learner__email="trainer@example.org")
    addresses = [
        reverse("wagtailsnippetchoosers_courses_certificate:choose"),
        reverse("wagtailsnippetchoosers_courses_certificate:choose_results"),
        reverse("wagtailsnippetchoosers_courses_certificate:chosen", args=[certificate.pk]),
        reverse("wagtailsnippetchoosers_courses_certificate:chosen_multiple")
        + f"?id={certificate.pk}",
    ]
    signed_in(client, "editor@example.org")
    for url in addresses:
        for ajax in ({}, {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}):
            response = client.get(url, **ajax)
            assert response.status_code in {302, 403}, url
            assert certificate.learner_name.encode() not in response.content, url
    signed_in(client, "moderator@example.org")
    response = client.get(addresses[1])
    assert response.status_code == 200
    assert escape(certificate.learner_name) in response.content.decode()


# Cohorts: a tutor sees their own cohorts only.


def test_another_tutors_cohorts_are_not_found_whatever_the_id(client):
    other_tutor = User.objects.create_user(
        username="autre-tuteur", email="autre.tuteur@example.org", password="x" * 16
    )
    other_tutor.groups.add(Group.objects.get(name=roles.TUTORS))
    others = []
    for number in range(3):
        cohort = Cohort.objects.create(name=f"Promotion secrète {number}")
        cohort.tutors.set([other_tutor])
        cohort.trainees.set([user("lea@example.org")])
        others.append(cohort)
    signed_in(client, "tutor@example.org")
    own = set(Cohort.objects.filter(tutors__email="tutor@example.org").values_list("pk"))

    for pk in neighbours(others[1].pk):
        if (pk,) in own:
            continue
        for name in ("cohort_detail", "cohort_update", "cohort_export"):
            response = client.get(reverse(name, args=[pk]))
            assert response.status_code == 404, (name, pk)
            assert b"secr" not in response.content
        edit = client.post(reverse("cohort_update", args=[pk]), {"name": "Prise"})
        assert edit.status_code == 404
    assert not Cohort.objects.filter(name="Prise").exists()
    assert "secrète" not in client.get(reverse("cohort_list")).content.decode()


# xAPI: statements are read and written by the learner they are about.


def _xapi_post(client, data):
    return client.post(
        reverse("xapi_statements"), json.dumps(data), content_type="application/json", **XAPI
    )


def test_a_learner_cannot_read_or_write_another_learners_statements(client):
    trainer, lea = user("trainer@example.org"), user("lea@example.org")
    activity = H5PActivity.objects.order_by("pk").first()
    signed_in(client, "trainer@example.org")
    sent = statement(trainer, activity, verb="answered")
    [trainer_id] = _xapi_post(client, sent).json()
    stored = XAPIStatement.objects.get(pk=trainer_id).statement

    signed_in(client, "lea@example.org")
    url = reverse("xapi_statements")
    response = client.get(url, {"statementId": trainer_id}, **XAPI)
    assert response.status_code == 404
    assert trainer.email.encode() not in response.content
    # No query by agent: one's own statements only, by their id.
    agent = json.dumps({"mbox": f"mailto:{trainer.email}"})
    response = client.get(url, {"agent": agent}, **XAPI)
    assert response.status_code == 400
    assert trainer.email.encode() not in response.content
    # Writing about her is refused, under a new id or under hers.
    assert _xapi_post(client, statement(trainer, activity)).status_code == 403
    own_under_her_id = {**statement(lea, activity), "id": trainer_id}
    assert _xapi_post(client, own_under_her_id).status_code == 409
    put = client.put(
        f"{url}?statementId={trainer_id}",
        json.dumps(statement(lea, activity)),
        content_type="application/json",
        **XAPI,
    )
    assert put.status_code == 409

    assert not XAPIStatement.objects.filter(user=lea).exists()
    row = XAPIStatement.objects.get(pk=trainer_id)
    assert (row.user, row.statement) == (trainer, stored)


# H5P: where a learner stopped is saved under their account only.


def test_a_learner_never_reads_or_changes_another_learners_saved_state(client):
    activity = H5PActivity.objects.order_by("pk").first()
    url = reverse("h5p_state", args=[activity.uuid, "state", "0"])
    signed_in(client, "trainer@example.org")
    assert client.post(url, {"data": '{"answer": "Paris"}'}).json() == {"success": True}

    signed_in(client, "lea@example.org")
    assert client.get(url).json() == {"success": True, "data": False}
    player = client.get(reverse("h5p_player", args=[activity.uuid]))
    assert b"Paris" not in player.content
    assert client.post(url, {"data": "0"}).json() == {"success": True}  # forgets her own

    saved = H5PUserState.objects.get(activity_key=activity.uuid)
    assert (saved.user.email, saved.data) == ("trainer@example.org", '{"answer": "Paris"}')
