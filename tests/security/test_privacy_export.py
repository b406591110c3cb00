"""My data: the export of everything held about the signed-in person, and nobody else."""

import json

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest
from allauth.mfa.models import Authenticator

from portal.models import User
from portal.privacy.export import SCHEMA, personal_data_export
from tests.security.privacy_data import (
    PASSWORD,
    REFLECTION_TEXT,
    STATE_DATA,
    TOTP_SECRET,
    course_build,
    learner_build,
    learner_with_everything,
)

pytestmark = pytest.mark.django_db

# Every relation to the user, and where the export shows its rows.
EXPORTED = {
    ("account.EmailAddress", "user"): "account.email_addresses",
    ("mfa.Authenticator", "user"): "account.two_factor.methods",
    ("usersessions.UserSession", "user"): "account.sessions",
    ("wagtailusers.UserProfile", "user"): "account.editing_preferences",
    ("wagtailcore.APIToken", "user"): "account.api_tokens",
    ("courses.Enrolment", "user"): "enrolments",
    ("courses.LessonProgress", "user"): "lesson_progress",
    ("courses.QuizAttempt", "user"): "quiz_attempts",
    ("courses.ReflectionAnswer", "user"): "reflections",
    ("courses.H5PResult", "user"): "h5p_results",
    ("courses.H5PUserState", "user"): "h5p_saved_states",
    ("courses.XAPIStatement", "user"): "xapi_statements",
    ("courses.Certificate", "learner"): "certificates",
    ("courses.Cohort", "trainees"): "cohorts",
    ("courses.Cohort", "tutors"): "cohorts_i_tutor",
    ("courses.CohortInvitation", "user"): "cohort_invitations",
    ("courses.RiskEpisode", "trainee"): "risk_episodes",
    ("portal.LearnerLogEntry", "user"): "logged_actions",
    ("wagtailcore.Comment", "user"): "editing.comments",
    ("wagtailcore.CommentReply", "user"): "editing.comment_replies",
}
# Relations to the user that hold no personal data of theirs, and why.
NOT_PERSONAL = {
    # The site's content and its editorial history belong to the site: a staff member's
    # name on them is shown as "user 12 (deleted)" once the account is gone.
    ("wagtailcore.Page", "owner"): "the site's content",
    ("wagtailcore.Page", "locked_by"): "the site's content",
    ("wagtailcore.Revision", "user"): "the site's content",
    ("wagtailcore.PageLogEntry", "user"): "the site's editorial history",
    ("wagtailcore.ModelLogEntry", "user"): "the site's editorial history",
    ("wagtailcore.WorkflowState", "requested_by"): "the site's editorial history",
    ("wagtailcore.TaskState", "finished_by"): "the site's editorial history",
    ("wagtailcore.Comment", "resolved_by"): "the site's editorial history",
    ("wagtailcore.PageSubscription", "user"): "a staff setting about a page's comments",
    ("wagtailadmin.EditingSession", "user"): "who has a page open right now; short-lived",
    ("wagtailadmin.FormState", "user"): "an unsaved form of the site's content",
    ("wagtailcore.UploadedFile", "uploaded_by_user"): "the site's content",
    ("wagtailimages.Image", "uploaded_by_user"): "the site's content",
    ("wagtaildocs.Document", "uploaded_by_user"): "the site's content",
    ("courses.H5PActivity", "uploaded_by"): "the site's content",
    ("wagtail_localize.StringTranslation", "last_translated_by"): "the site's content",
    ("wagtail_localize.SegmentOverride", "last_translated_by"): "the site's content",
    # Who acted on someone else's record: part of that person's record, not the actor's.
    ("courses.Enrolment", "enrolled_by"): "who enrolled another learner",
    ("courses.CohortInvitation", "invited_by"): "who invited another learner to a cohort",
    ("courses.Certificate", "issued_by"): "who issued another learner's certificate",
    ("courses.Certificate", "revoked_by"): "who revoked another learner's certificate",
}


def relations_to_user() -> set[tuple[str, str]]:
    """(model, field) of every foreign key and many-to-many field pointing at the user."""
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                field.is_relation
                and not field.auto_created
                and field.concrete
                and field.related_model is User
                and field.model is model  # inherited fields counted once, on their model
            ):
                found.add((model._meta.label, field.name))
    return found


def at(document: dict, path: str):
    for key in path.split("."):
        document = document[key]
    return document


def rows_of(model_label: str, field: str, user: User) -> int:
    model = apps.get_model(model_label)
    return model.objects.filter(**{field: user}).count()


def sign_in(client, user: User) -> None:
    client.force_login(user)


def download(client, language="en"):
    return client.get(f"/{language}/accounts/my-data/download/")


@pytest.fixture
def course():
    return course_build()


@pytest.fixture
def learner(course):
    return learner_with_everything(course)


def test_every_relation_to_a_user_is_exported_or_explained():
    relations = relations_to_user()
    missing = relations - EXPORTED.keys() - NOT_PERSONAL.keys()
    assert not missing, f"personal data left out of the export: {sorted(missing)}"
    # The lists hold no stale entries either.
    assert (EXPORTED.keys() | NOT_PERSONAL.keys()) - relations == set()


def test_the_export_holds_every_row_of_every_personal_table(learner):
    with translation.override("en"):
        export = personal_data_export(user=learner)
    for (model_label, field), path in EXPORTED.items():
        rows = rows_of(model_label, field, learner)
        shown = at(export, path)
        shown = [shown] if isinstance(shown, dict) else shown
        assert rows > 0, f"the test learner has no {model_label} row"
        assert len(shown) == rows, f"{path}: {len(shown)} exported of {rows}"


def test_the_download_is_a_dated_json_attachment_of_the_signed_in_learner(client, learner):
    sign_in(client, learner)
    response = download(client)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="passerelles-my-data-')
    assert response["Content-Disposition"].endswith('.json"')
    assert "no-store" in response["Cache-Control"]
    export = json.loads(response.content)
    assert export["schema"] == SCHEMA
    assert export["generated_at"]
    account = export["account"]
    assert account["email"] == "ines@example.net"
    assert account["first_name"] == "Inès"
    assert account["roles"] == ["Trainers"]
    assert account["display_preferences"] == {"text": "large"}
    assert account["email_addresses"] == [
        {"email": "ines@example.net", "verified": True, "primary": True}
    ]
    assert account["two_factor"]["enabled"] is True
    assert {m["type"] for m in account["two_factor"]["methods"]} == {
        Authenticator.Type.TOTP,
        Authenticator.Type.RECOVERY_CODES,
    }


def test_the_export_names_courses_lessons_and_tutors(client, course, learner):
    sign_in(client, learner)
    export = download(client, "fr").json()
    assert export["enrolments"][0]["course"] == course.page.title
    assert {row["lesson"] for row in export["lesson_progress"]} == {
        course.reading.title,
        course.quiz.title,
    }
    attempt = export["quiz_attempts"][0]
    assert attempt["lesson"] == course.quiz.title
    assert attempt["passed"] is True
    assert attempt["answers"] == {"0": [0]}
    assert export["reflections"][0]["text"].startswith(REFLECTION_TEXT)
    assert export["h5p_saved_states"][0]["data"] == STATE_DATA
    assert export["h5p_results"][0]["activity"]
    certificate = export["certificates"][0]
    assert certificate["course"] == course.page.title
    assert certificate["name_printed"] == "Inès Haddad"
    assert certificate["verify_url"] == f"http://testserver/verify/{certificate['id']}/"
    assert certificate["revoked_at"] is None
    cohort = export["cohorts"][0]
    assert cohort["courses"] == [course.page.title]
    assert cohort["tutors_who_see_my_progress"] == [
        {"name": "Samir Haddad", "email": "ines-tutor-0-0@example.net"}
    ]
    assert export["risk_episodes"][0]["reason"] == "inactive"


def test_the_export_holds_no_secret(client, learner):
    sign_in(client, learner)
    text = download(client).content.decode()
    assert learner.password not in text
    assert TOTP_SECRET not in text
    for authenticator in Authenticator.objects.filter(user=learner):
        for value in authenticator.data.values():
            if isinstance(value, str) and len(value) > 8:
                assert value not in text
    assert "ines-session-0" not in text  # session keys stay secret
    assert PASSWORD not in text


def test_the_export_holds_nothing_of_another_learner(client, course, learner):
    other = learner_with_everything(course, username="bruno")
    sign_in(client, other)
    text = download(client).content.decode()
    assert "ines@example.net" not in text
    assert "Promotion ines" not in text
    assert str(learner.certificates.get().pk) not in text
    export = json.loads(text)
    assert len(export["reflections"]) == 1
    assert len(export["xapi_statements"]) == 1


def test_a_new_account_exports_empty_lists(client):
    user = learner_build("nouveau")
    sign_in(client, user)
    export = download(client).json()
    assert export["enrolments"] == [] and export["certificates"] == []
    assert export["account"]["two_factor"] == {"enabled": False, "methods": []}


def test_the_export_costs_the_same_queries_for_little_and_much_data(course):
    little = learner_with_everything(course, username="peu", times=1)
    much = learner_with_everything(course, username="beaucoup", times=4)

    def queries(user):
        with CaptureQueriesContext(connection) as captured:
            personal_data_export(user=user)
        return len(captured)

    assert queries(much) == queries(little)
    assert queries(little) <= 25


@pytest.mark.parametrize(
    "path", ["/en/accounts/my-data/", "/en/accounts/my-data/download/", "/en/accounts/delete/"]
)
def test_anonymous_visitors_are_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/en/accounts/login/?next={path}")


def test_my_data_explains_the_export_in_the_account_menu(client, learner):
    sign_in(client, learner)
    response = client.get("/en/accounts/my-data/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<a href="/en/accounts/my-data/" aria-current="page">My data</a>' in body
    assert 'href="/en/accounts/my-data/download/"' in body
    assert 'href="/en/accounts/delete/"' in body
