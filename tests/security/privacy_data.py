"""A learner with rows in every table that holds personal data, built through the services
where there is one, for the export and deletion tests."""

import uuid
from dataclasses import dataclass

from django.apps import apps
from django.utils import timezone

from wagtail.models import APIToken, Comment, CommentReply
from wagtail.users.models import UserProfile

from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.usersessions.models import UserSession

from courses import audit
from courses.demo.learners import quiz_answers
from courses.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    quiz_body,
    reflection,
)
from courses.models import (
    Cohort,
    CohortInvitation,
    CoursePage,
    H5PActivity,
    H5PResult,
    H5PUserState,
    LessonPage,
    ReflectionAnswer,
    RiskEpisode,
    XAPIStatement,
)
from courses.services.certificates import certificate_issue
from courses.services.progress import course_enrol, lesson_complete
from courses.services.quizzes import quiz_submit
from portal.models import User
from portal.roles import TRAINERS

PASSWORD = "un-mot-de-passe-tres-long-42"
REFLECTION_TEXT = "Mon stage m'a appris à demander de l'aide."
STATE_DATA = '{"progress": "page-3"}'
TOTP_SECRET = generate_totp_secret()


@dataclass
class Course:
    page: CoursePage
    reading: LessonPage
    quiz: LessonPage


def course_build() -> Course:
    """A published course of a lesson to read, with a reflection prompt, and a quiz."""
    course = CoursePageFactory()
    module = ModulePageFactory(parent=course)
    reading = LessonPageFactory(parent=module, body=[reflection()])
    quiz = LessonPageFactory(parent=module, body=quiz_body())
    return Course(course, reading, quiz)


def learner_build(username: str = "ines", *, first_name: str = "Inès") -> User:
    user = User.objects.create_user(
        username=username,
        email=f"{username}@example.net",
        password=PASSWORD,
        first_name=first_name,
        last_name="Haddad",
    )
    user.groups.add(apps.get_model("auth.Group").objects.get(name=TRAINERS))
    return user


def learner_with_everything(course: Course, *, username: str = "ines", times: int = 1) -> User:
    """A learner with ``times`` rows (or more) in every personal-data table."""
    user = learner_build(username)
    user.display_preferences = {"text": "large"}
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for number in range(1, times):
        EmailAddress.objects.create(user=user, email=f"{username}+{number}@example.net")
    TOTP.activate(user, TOTP_SECRET)
    RecoveryCodes.activate(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    for number in range(times):
        APIToken.objects.create(
            user=user, name=f"jeton {number}", key_hash=uuid.uuid4().hex, prefix=f"p{number}"
        )
    for number in range(times):
        UserSession.objects.create(
            user=user,
            ip="192.0.2.7",
            session_key=f"{username}-session-{number}",
            user_agent="Firefox",
        )

    course_enrol(user=user, course=course.page)
    lesson_complete(user=user, lesson=course.reading, course=course.page)
    for number in range(times):
        quiz_submit(
            user=user,
            lesson=course.quiz,
            course=course.page,
            answers=quiz_answers(course.quiz, right=number == times - 1),
            token=uuid.uuid4(),
        )
    # The course is now completed, which issued its certificate.
    certificate_issue(learner=user, course=course.page)
    for other in CoursePage.objects.live().filter(locale__language_code="fr")[: times - 1]:
        course_enrol(user=user, course=other)

    for number in range(times):
        ReflectionAnswer.objects.create(
            user=user,
            lesson_key=course.reading.translation_key,
            block_id=uuid.uuid4(),
            text=f"{REFLECTION_TEXT} ({number})",
        )
    activity = H5PActivity.objects.order_by("pk").first()
    for number in range(times):
        H5PResult.objects.create(
            user=user,
            lesson_key=course.reading.translation_key,
            activity_key=activity.uuid if number == 0 else uuid.uuid4(),
            attempts=2,
            last_score=50,
            best_score=80,
        )
        H5PUserState.objects.create(
            user=user,
            activity_key=activity.uuid,
            data_type="state",
            sub_content_id=str(number),
            data=STATE_DATA,
        )
        XAPIStatement.objects.create(
            id=uuid.uuid4(),
            user=user,
            verb="http://adlnet.gov/expapi/verbs/answered",
            object_iri=f"http://testserver/h5p/activities/{activity.uuid}",
            activity=activity,
            statement={"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}},
            stored_at=timezone.now(),
            counted=True,
        )

    for number in range(times):
        tutors = [
            learner_build(f"{username}-tutor-{number}-{n}", first_name="Samir")
            for n in range(times)
        ]
        cohort = Cohort.objects.create(name=f"Promotion {username} {number}")
        cohort.tutors.set(tutors)
        cohort.trainees.set([user])
        cohort.courses.set([course.page])
        RiskEpisode.objects.create(
            cohort=cohort,
            trainee=user,
            reason=RiskEpisode.Reason.INACTIVE,
            started_at=timezone.now(),
            notified_at=timezone.now(),
        )
        tutored = Cohort.objects.create(name=f"Groupe suivi par {username} {number}")
        tutored.tutors.set([user])
        CohortInvitation.objects.create(cohort=tutored, user=user, invited_by=tutors[0])
        audit.log(instance=cohort, action=audit.COHORT_LEAVE, user=user)

    revision = course.reading.latest_revision
    for number in range(times):
        comment = Comment.objects.create(
            page=course.reading,
            user=user,
            text=f"Commentaire {number}",
            contentpath="title",
            revision_created=revision,
        )
        CommentReply.objects.create(comment=comment, user=user, text=f"Réponse {number}")
    return user
