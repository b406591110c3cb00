"""Playing H5P: the player page, the files it loads, saved state, and lessons that hold
activities. Files are written straight into a temporary H5P storage."""

import json
import uuid

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import Client
from django.urls import reverse

import pytest

from courses.factories import LearnerFactory, LessonPageFactory, course_tree, paragraph
from courses.models import (
    Cohort,
    H5PActivity,
    H5PLibrary,
    H5PResult,
    H5PUserState,
    LessonProgress,
)
from courses.selectors.h5p import lesson_h5p_blocks
from courses.services.progress import course_enrol
from portal.roles import TUTORS
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def h5p_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "h5p": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "h5p"},
        },
    }
    (tmp_path / "media-secret.txt").write_text("not for H5P")
    return storages["h5p"]


@pytest.fixture
def library(h5p_storage):
    library = H5PLibrary.objects.create(
        machine_name="Test.Choice",
        major_version=1,
        minor_version=2,
        patch_version=3,
        title="Choice",
        runnable=True,
        definition={},
    )
    h5p_storage.save(f"{library.storage_path}/choice.js", ContentFile(b"var x = 1;"))
    return library


def activity_create(library, storage, *, language="fr", title="Activité", **fields):
    activity = H5PActivity.objects.create(
        title=title,
        language=language,
        main_library=library,
        package={"title": title, "embedTypes": ["div"]},
        **fields,
    )
    storage.save(f"{activity.storage_path}/h5p.json", ContentFile(b'{"title": "x"}'))
    storage.save(f"{activity.storage_path}/content/content.json", ContentFile(b"{}"))
    storage.save(f"{activity.storage_path}/content/images/a.svg", ContentFile(b"<svg/>"))
    return activity


@pytest.fixture
def activity(library, h5p_storage):
    return activity_create(library, h5p_storage)


def h5p_block(activity, **value) -> dict:
    return {
        "type": "h5p",
        "value": {"activity": activity.pk, "completion": "completed", "score_kept": "best"}
        | value,
        "id": str(uuid.uuid4()),
    }


def file_url(activity, path):
    return reverse("h5p_content_file", args=[activity.uuid, path])


# Files


def test_library_files_are_public_with_a_restrictive_policy(client, library):
    response = client.get("/h5p/libraries/Test.Choice-1.2/choice.js")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"var x = 1;"
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/h5p/libraries/Test.Choice-1.3/choice.js",  # no such version
        "/h5p/libraries/Test.Choice/choice.js",  # no version
        "/h5p/libraries/Test.Choice-1.2/missing.js",
        "/h5p/libraries/Test.Choice-1.2/../../media-secret.txt",
        "/h5p/libraries/Test.Choice-1.2/..%2F..%2Fmedia-secret.txt",
        "/h5p/libraries/Test.Choice-1.2/%2Fetc%2Fpasswd",
    ],
)
def test_library_paths_outside_a_library_are_not_found(client, library, path):
    assert client.get(path).status_code == 404


def test_content_files_need_an_account(client, activity):
    response = client.get(file_url(activity, "content/content.json"))
    assert response.status_code == 302
    client.force_login(LearnerFactory())
    response = client.get(file_url(activity, "content/content.json"))
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("private")


@pytest.mark.parametrize(
    "path",
    ["content/../../media-secret.txt", "other.txt", "content/missing.png", "content//x.json"],
)
def test_content_paths_outside_the_package_are_not_found(client, activity, path):
    client.force_login(LearnerFactory())
    url = f"/h5p/activities/{activity.uuid}/files/{path}"
    assert client.get(url).status_code == 404


def test_an_svg_in_a_package_runs_nothing_when_opened(client, activity):
    client.force_login(LearnerFactory())
    response = client.get(file_url(activity, "content/images/a.svg"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "sandbox" in response["Content-Security-Policy"]


def test_one_activity_cannot_reach_another_ones_files(client, library, h5p_storage, activity):
    other = activity_create(library, h5p_storage, title="Autre")
    client.force_login(LearnerFactory())
    url = f"/h5p/activities/{activity.uuid}/files/content/../../{other.uuid}/h5p.json"
    assert client.get(url).status_code == 404


# The player page


def test_the_player_needs_an_account(client, activity):
    response = client.get(activity.get_player_url())
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_player_page_is_framed_by_the_site_only_and_sets_a_policy(client, activity):
    learner = LearnerFactory()
    client.force_login(learner)
    response = client.get(activity.get_player_url() + "?lang=en")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'self'" in policy
    html = response.content.decode()
    assert '<html lang="en">' in html
    config = response.context["config"]
    assert config["h5pJsonPath"] == f"/h5p/activities/{activity.uuid}/files"
    assert config["librariesPath"] == "/h5p/libraries"
    assert config["xAPIObjectIRI"] == f"http://testserver/h5p/activities/{activity.uuid}"
    assert config["user"]["mail"] == learner.email
    assert config["embedType"] == "div"
    assert config["ajax"]["contentUserDataUrl"] == (
        f"/h5p/activities/{activity.uuid}/state/:dataType/:subContentId"
    )


def test_an_unknown_activity_is_not_found(client):
    client.force_login(LearnerFactory())
    assert client.get(f"/h5p/activities/{uuid.uuid4()}").status_code == 404


def test_the_player_gives_back_the_saved_state(client, activity):
    learner = LearnerFactory()
    H5PUserState.objects.create(
        user=learner, activity_key=activity.uuid, data_type="state", data='{"picked": 1}'
    )
    H5PUserState.objects.create(
        user=LearnerFactory(), activity_key=activity.uuid, data_type="state", data='{"x": 2}'
    )
    client.force_login(learner)
    config = client.get(activity.get_player_url()).context["config"]
    assert config["contentUserData"] == [{"state": '{"picked": 1}'}]


# Saved state


def state_url(activity, data_type="state", sub_content_id="0"):
    return reverse("h5p_state", args=[activity.uuid, data_type, sub_content_id])


def test_state_is_saved_read_and_forgotten_per_learner(client, activity):
    learner = LearnerFactory()
    client.force_login(learner)
    assert client.get(state_url(activity)).json() == {"success": True, "data": False}
    response = client.post(state_url(activity), {"data": '{"picked": 2}', "preload": "1"})
    assert response.json() == {"success": True}
    assert client.get(state_url(activity)).json()["data"] == '{"picked": 2}'
    client.post(state_url(activity), {"data": '{"picked": 0}', "preload": "1"})
    assert H5PUserState.objects.get(user=learner).data == '{"picked": 0}'

    client.force_login(LearnerFactory())
    assert client.get(state_url(activity)).json()["data"] is False

    client.force_login(learner)
    client.post(state_url(activity), {"data": "0"})
    assert not H5PUserState.objects.filter(user=learner).exists()


@pytest.mark.parametrize(
    ("data", "status"),
    [({}, 400), ({"data": "{not json"}, 400), ({"data": json.dumps("x" * 70000)}, 413)],
)
def test_bad_state_is_refused_and_keeps_the_saved_one(client, activity, data, status):
    learner = LearnerFactory()
    client.force_login(learner)
    client.post(state_url(activity), {"data": '{"picked": 1}'})
    response = client.post(state_url(activity), data)
    assert response.status_code == status
    assert response.json()["success"] is False
    assert H5PUserState.objects.get(user=learner).data == '{"picked": 1}'


def test_state_needs_an_account_and_a_csrf_token(activity):
    assert Client().get(state_url(activity)).status_code == 302
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(LearnerFactory())
    assert strict.post(state_url(activity), {"data": "{}"}).status_code == 403


# Lessons with activities


@pytest.fixture
def h5p_lesson(activity):
    course, lessons = course_tree(lessons=1)
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(), body=[paragraph(), h5p_block(activity)]
    )
    return course, lesson


def test_a_lesson_frames_the_activity_with_a_title_and_its_language(client, h5p_lesson):
    course, lesson = h5p_lesson
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    activity = H5PActivity.objects.latest("pk")
    assert f'src="/h5p/activities/{activity.uuid}?lang=fr"' in html
    assert 'title="Activité interactive : Activité"' in html
    assert 'lang="fr" allow="fullscreen"' in html
    # The activity completes the lesson: no button to do it by hand.
    assert "lesson_complete" not in html and "/complete/" not in html


def test_a_lesson_plays_the_version_in_the_readers_language(client, library, h5p_storage):
    french = activity_create(library, h5p_storage, title="Activité")
    english = activity_create(
        library, h5p_storage, title="Activity", language="en", translation_of=french
    )
    lesson = LessonPageFactory(body=[h5p_block(french)])
    blocks = lesson.h5p_blocks
    assert lesson_h5p_blocks(lesson=lesson, language="en")[blocks[0].id].activity == english
    assert lesson_h5p_blocks(lesson=lesson, language="fr")[blocks[0].id].activity == french
    # A language with no version of its own gets the one chosen.
    assert lesson_h5p_blocks(lesson=lesson, language="de")[blocks[0].id].activity == french
    # Choosing the English version still plays the French one to French readers.
    lesson = LessonPageFactory(body=[h5p_block(english)])
    blocks = lesson.h5p_blocks
    assert lesson_h5p_blocks(lesson=lesson, language="fr")[blocks[0].id].activity == french


def test_a_lesson_shows_the_learners_result(client, h5p_lesson):
    course, lesson = h5p_lesson
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    activity = H5PActivity.objects.latest("pk")
    H5PResult.objects.create(
        user=learner,
        lesson_key=lesson.translation_key,
        activity_key=activity.uuid,
        attempts=2,
        best_score=80,
        last_score=50,
    )
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert "80" in html and "2 tentatives" in html


def test_lesson_queries_do_not_grow_with_its_activities(client, library, h5p_storage):
    course, lessons = course_tree(lessons=1)
    module = lessons[0].get_parent()
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)

    one = activity_create(library, h5p_storage)
    small = LessonPageFactory(parent=module, body=[h5p_block(one)])
    others = [activity_create(library, h5p_storage, title=f"A{n}") for n in range(4)]
    for number, other in enumerate(others):
        activity_create(
            library, h5p_storage, title=f"T{number}", language="en", translation_of=other
        )
    large = LessonPageFactory(parent=module, body=[h5p_block(a) for a in [one, *others]])
    assert queries_for(client, large.url) == queries_for(client, small.url)


def test_a_lesson_with_an_activity_cannot_be_marked_complete_by_hand(client, h5p_lesson):
    course, lesson = h5p_lesson
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    client.force_login(learner)
    response = client.post(reverse("lesson_complete", args=[lesson.pk]))
    assert response.status_code == 400
    assert response.content.decode() == "Cette leçon se termine par ses activités."
    assert not LessonProgress.objects.filter(
        user=learner, lesson_key=lesson.translation_key, completed_at__isnull=False
    ).exists()


def test_the_tutors_table_shows_what_the_activity_recorded(client, h5p_lesson):
    course, lesson = h5p_lesson
    trainee, tutor = LearnerFactory(), LearnerFactory()
    tutor.groups.add(Group.objects.get(name=TUTORS))
    cohort = Cohort.objects.create(name="Promotion H5P")
    cohort.tutors.set([tutor])
    cohort.trainees.set([trainee])
    cohort.courses.set([course])
    course_enrol(user=trainee, course=course)
    activity = H5PActivity.objects.latest("pk")
    trainee_client = Client()
    trainee_client.force_login(trainee)
    statement = {
        "actor": {"mbox": f"mailto:{trainee.email}"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": f"http://testserver{activity.get_player_url()}"},
        "result": {"score": {"min": 0, "max": 4, "raw": 3, "scaled": 0.75}, "success": True},
    }
    response = trainee_client.post(
        reverse("xapi_statements"),
        json.dumps(statement),
        content_type="application/json",
        headers={"X-Experience-API-Version": "1.0.3"},
    )
    assert response.status_code == 200

    client.force_login(tutor)
    report = client.get(reverse("cohort_detail", args=[cohort.pk])).context["report"]
    [row] = report.rows
    module_cell = row.cells[0]
    assert module_cell.score == 75


def test_deleting_an_activity_leaves_its_lessons_working(
    client, h5p_lesson, h5p_storage, django_capture_on_commit_callbacks
):
    course, lesson = h5p_lesson
    learner = LearnerFactory()
    course_enrol(user=learner, course=course)
    activity = H5PActivity.objects.latest("pk")
    with django_capture_on_commit_callbacks(execute=True):
        activity.delete()
    assert not h5p_storage.exists(f"{activity.storage_path}/h5p.json")

    client.force_login(learner)
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "h5p-activity" not in response.content.decode()
    # Nothing is left to do in it but read: it can be marked complete again.
    assert reverse("lesson_complete", args=[lesson.pk]) in response.content.decode()


def test_a_folder_is_not_a_file(client, activity, library):
    assert client.get("/h5p/libraries/Test.Choice-1.2/nothing/").status_code == 404
    client.force_login(LearnerFactory())
    assert client.get(file_url(activity, "content/images")).status_code == 404


@pytest.mark.parametrize(("data_type", "sub_content_id"), [("%00", "0"), ("state", "a%0A")])
def test_state_addresses_hold_plain_names_only(client, activity, data_type, sub_content_id):
    client.force_login(LearnerFactory())
    url = f"/h5p/activities/{activity.uuid}/state/{data_type}/{sub_content_id}"
    assert client.get(url).status_code == 404
