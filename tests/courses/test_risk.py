"""Trainees at risk of dropping out: the rules, the episodes, and the e-mails to tutors."""

import uuid
from datetime import timedelta
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.models import Locale

import pytest

from courses.demo.learners import COHORT_NAME
from courses.models import (
    Cohort,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    RiskEpisode,
)
from courses.selectors.cohorts import ProgressRow, TraineeProgress, trainee_risk
from courses.services.cohorts import cohort_risks_refresh, cohort_trainees_enrol
from courses.services.progress import lesson_visit
from portal import roles

pytestmark = pytest.mark.django_db

NOW = timezone.now()
COURSE_A, COURSE_B = uuid.uuid4(), uuid.uuid4()


def account(email):
    return get_user_model().objects.get(email=email)


def new_account(email, *, first_name=""):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, first_name=first_name
    )
    user.groups.add(Group.objects.get(name=roles.TRAINERS))
    return user


def course(slug):
    return CoursePage.objects.get(slug=slug, locale__language_code="fr")


def quiz_lesson(page):
    """The course's first lesson with a quiz."""
    lessons = LessonPage.objects.live().descendant_of(page).order_by("path")
    return next(lesson for lesson in lessons if lesson.quiz is not None)


def wrong_answers(lesson):
    data = {}
    for position, question in enumerate(lesson.quiz.value["questions"]):
        wrong = next(i for i, choice in enumerate(question["choices"]) if not choice["correct"])
        data[f"q{position}"] = [str(wrong)]
    return data


# The rules, on progress held in memory.


def cohort_rules(*, inactivity_days=14, failed_attempts_limit=3):
    return Cohort(
        name="Règles",
        inactivity_days=inactivity_days,
        failed_attempts_limit=failed_attempts_limit,
        created_at=NOW - timedelta(days=100),
    )


def enrolment(key=COURSE_A, *, days_ago=1, completed=False):
    return Enrolment(
        course_key=key,
        enrolled_at=NOW - timedelta(days=days_ago),
        completed_at=NOW if completed else None,
    )


def progress(*, days_ago=0, attempts=0, completed=False):
    return LessonProgress(
        lesson_key=uuid.uuid4(),
        course_key=COURSE_A,
        first_activity_at=NOW - timedelta(days=days_ago),
        last_activity_at=NOW - timedelta(days=days_ago),
        attempts=attempts,
        completed_at=NOW - timedelta(days=days_ago) if completed else None,
    )


def trainee(*, rows=(), enrolments=None):
    """The trainee as the cohort's report reads them: the rows' figures, the latest time."""
    return TraineeProgress(
        progress={
            row.lesson_key: ProgressRow(row.completed_at is not None, row.attempts, row.best_score)
            for row in rows
        },
        enrolments=list(enrolments) if enrolments is not None else [enrolment()],
        last_activity=max((row.last_activity_at for row in rows), default=None),
    )


def risk(cohort, person, keys=frozenset({COURSE_A})):
    return trainee_risk(cohort=cohort, trainee=person, course_keys=set(keys), now=NOW)


def test_an_active_trainee_is_not_at_risk():
    assert risk(cohort_rules(), trainee(rows=[progress(days_ago=2)])) is None


def test_inactivity_counts_from_the_last_activity():
    person = trainee(rows=[progress(days_ago=30), progress(days_ago=15)])
    assert risk(cohort_rules(inactivity_days=14), person) == RiskEpisode.Reason.INACTIVE
    assert risk(cohort_rules(inactivity_days=16), person) is None


@pytest.mark.parametrize(("days", "flagged"), [(6, False), (8, True)])
def test_the_inactivity_delay_is_set_per_cohort(days, flagged):
    person = trainee(rows=[progress(days_ago=days)])
    assert (risk(cohort_rules(inactivity_days=7), person) is not None) is flagged
    assert risk(cohort_rules(inactivity_days=30), person) is None


def test_a_trainee_who_never_started_counts_from_enrolment():
    recent = trainee(enrolments=[enrolment(days_ago=3)])
    assert risk(cohort_rules(), recent) is None
    forgotten = trainee(enrolments=[enrolment(days_ago=20)])
    assert risk(cohort_rules(), forgotten) == RiskEpisode.Reason.INACTIVE
    # The latest enrolment counts: a course added last week gives a fresh start.
    both = trainee(enrolments=[enrolment(days_ago=20), enrolment(COURSE_B, days_ago=5)])
    assert risk(cohort_rules(), both, {COURSE_A, COURSE_B}) is None


def test_failing_a_quiz_up_to_the_limit_flags_the_trainee():
    cohort = cohort_rules(failed_attempts_limit=3)
    assert risk(cohort, trainee(rows=[progress(attempts=2)])) is None
    assert risk(cohort, trainee(rows=[progress(attempts=3)])) == RiskEpisode.Reason.FAILING
    assert (
        risk(cohort_rules(failed_attempts_limit=5), trainee(rows=[progress(attempts=3)])) is None
    )


def test_a_quiz_passed_after_failed_attempts_does_not_flag():
    person = trainee(rows=[progress(attempts=6, completed=True)])
    assert risk(cohort_rules(failed_attempts_limit=3), person) is None


def test_failing_comes_before_inactivity():
    person = trainee(rows=[progress(days_ago=40, attempts=3)])
    assert risk(cohort_rules(), person) == RiskEpisode.Reason.FAILING


def test_a_trainee_who_completed_every_cohort_course_is_not_at_risk():
    rows = [progress(days_ago=90, attempts=9)]
    done = [enrolment(days_ago=100, completed=True), enrolment(COURSE_B, completed=True)]
    assert risk(cohort_rules(), trainee(rows=rows, enrolments=done), {COURSE_A, COURSE_B}) is None
    half = [enrolment(days_ago=100, completed=True), enrolment(COURSE_B, days_ago=100)]
    assert risk(cohort_rules(), trainee(rows=rows, enrolments=half), {COURSE_A, COURSE_B})


# Episodes and e-mails.


@pytest.fixture
def tutor():
    return account("tutor@example.org")


@pytest.fixture
def cohort(tutor):
    """A cohort of one trainee, enrolled twenty days ago and never started since."""
    cohort = Cohort.objects.create(name="Promotion d'automne", inactivity_days=14)
    cohort.tutors.set([tutor])
    cohort.trainees.set([new_account("automne@example.org", first_name="Awa")])
    cohort.courses.set([course("entreprise-sociale")])
    cohort_trainees_enrol(cohort=cohort, enrolled_by=tutor)
    Enrolment.objects.filter(user__email="automne@example.org").update(
        enrolled_at=timezone.now() - timedelta(days=20)
    )
    return cohort


def test_a_trainee_newly_at_risk_opens_an_episode_and_tutors_get_one_email(
    cohort, tutor, mailoutbox
):
    co_tutor = get_user_model().objects.create_user(username="co", email="co@example.org")
    cohort.tutors.add(co_tutor)
    opened = cohort_risks_refresh(cohorts=[cohort])
    assert len(opened) == 1
    episode = RiskEpisode.objects.get(cohort=cohort)
    assert episode.trainee.email == "automne@example.org"
    assert episode.reason == RiskEpisode.Reason.INACTIVE
    assert episode.ended_at is None
    assert episode.notified_at is not None
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert sorted(message.to) == ["co@example.org", "tutor@example.org"]
    # Plain text: the apostrophe in the cohort's name is not turned into an HTML entity.
    assert message.subject.startswith("Awa ")
    assert cohort.name in message.subject
    assert cohort.name in message.body
    assert f"http://testserver/fr/tutoring/cohorts/{cohort.pk}/" in message.body


def test_checking_again_sends_nothing_more(cohort, mailoutbox):
    cohort_risks_refresh(cohorts=[cohort])
    assert cohort_risks_refresh(cohorts=[cohort]) == []
    assert cohort_risks_refresh(cohorts=[cohort]) == []
    assert len(mailoutbox) == 1
    assert RiskEpisode.objects.filter(cohort=cohort).count() == 1


def test_the_episode_closes_when_the_trainee_is_active_again_and_a_new_one_notifies(
    cohort, mailoutbox
):
    cohort_risks_refresh(cohorts=[cohort])
    person = account("automne@example.org")
    page = course("entreprise-sociale")
    lesson = LessonPage.objects.live().descendant_of(page).order_by("path").first()
    lesson_visit(user=person, lesson=lesson, course=page)

    assert cohort_risks_refresh(cohorts=[cohort]) == []
    first = RiskEpisode.objects.get(cohort=cohort)
    assert first.ended_at is not None
    assert len(mailoutbox) == 1

    # Three weeks later they stopped again: a new episode, and a new e-mail.
    later = timezone.now() + timedelta(days=21)
    opened = cohort_risks_refresh(cohorts=[cohort], now=later)
    assert len(opened) == 1
    assert opened[0].pk != first.pk
    assert opened[0].started_at == later
    assert len(mailoutbox) == 2
    assert RiskEpisode.objects.filter(cohort=cohort, ended_at__isnull=True).count() == 1


def test_a_tutor_without_an_email_address_is_skipped(cohort, tutor, mailoutbox):
    cohort.tutors.set([get_user_model().objects.create_user(username="sans", email="")])
    assert len(cohort_risks_refresh(cohorts=[cohort])) == 1
    assert mailoutbox == []


def test_two_open_episodes_for_the_same_trainee_are_refused(cohort):
    person = account("automne@example.org")
    RiskEpisode.objects.create(
        cohort=cohort, trainee=person, reason="inactive", started_at=timezone.now()
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        RiskEpisode.objects.create(
            cohort=cohort, trainee=person, reason="failing", started_at=timezone.now()
        )


def test_closed_episodes_do_not_count_against_the_open_one(cohort):
    person = account("automne@example.org")
    for _ in range(2):
        RiskEpisode.objects.create(
            cohort=cohort,
            trainee=person,
            reason="inactive",
            started_at=timezone.now(),
            ended_at=timezone.now(),
        )
    RiskEpisode.objects.create(
        cohort=cohort, trainee=person, reason="inactive", started_at=timezone.now()
    )
    # The same trainee may be at risk in another cohort at the same time.
    other = Cohort.objects.create(name="Autre promotion")
    RiskEpisode.objects.create(
        cohort=other, trainee=person, reason="inactive", started_at=timezone.now()
    )
    assert RiskEpisode.objects.filter(trainee=person, ended_at__isnull=True).count() == 2


# In real time, from the lesson page.


@pytest.fixture
def quiz_setup(tutor):
    """A trainee who started today in a cohort that flags after two failed attempts."""
    page = course("entreprise-sociale")
    learner = new_account("quiz@example.org", first_name="Inès")
    cohort = Cohort.objects.create(name="Promotion quiz", failed_attempts_limit=2)
    cohort.tutors.set([tutor])
    cohort.trainees.set([learner])
    cohort.courses.set([page])
    cohort_trainees_enrol(cohort=cohort, enrolled_by=tutor)
    return cohort, learner, quiz_lesson(page)


def fail_quiz(client, lesson, token=None, url=None):
    data = {"token": str(token or uuid.uuid4()), **wrong_answers(lesson)}
    url = url or lesson.get_url()
    response = client.post(url, data)
    assert response.status_code == 302
    assert response.url == f"{url}#quiz-result"
    return response


def test_failing_the_quiz_up_to_the_limit_tells_the_tutor_at_once(client, quiz_setup, mailoutbox):
    cohort, learner, lesson = quiz_setup
    client.force_login(learner)

    fail_quiz(client, lesson)
    assert mailoutbox == []
    assert not RiskEpisode.objects.filter(cohort=cohort).exists()

    token = uuid.uuid4()
    fail_quiz(client, lesson, token)
    episode = RiskEpisode.objects.get(cohort=cohort, trainee=learner)
    assert episode.reason == RiskEpisode.Reason.FAILING
    assert episode.notified_at is not None
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["tutor@example.org"]
    assert "Inès" in mailoutbox[0].subject

    # The same form sent twice is one attempt; failing once more sends nothing new.
    fail_quiz(client, lesson, token)
    assert QuizAttempt.objects.filter(user=learner).count() == 2
    fail_quiz(client, lesson)
    assert QuizAttempt.objects.filter(user=learner).count() == 3
    assert len(mailoutbox) == 1
    assert RiskEpisode.objects.filter(cohort=cohort).count() == 1


def test_failing_in_english_links_to_the_cohort_like_any_other_notice(
    client, quiz_setup, mailoutbox
):
    """The e-mail is written in the site's language; its link must be too."""
    cohort, learner, lesson = quiz_setup
    english = lesson.get_translation(Locale.objects.get(language_code="en"))
    client.force_login(learner)
    for _ in range(2):
        fail_quiz(client, english, url=english.get_url())
    assert len(mailoutbox) == 1
    assert f"http://testserver/fr/tutoring/cohorts/{cohort.pk}/" in mailoutbox[0].body


def test_a_passed_quiz_sends_nothing(client, quiz_setup, mailoutbox):
    cohort, learner, lesson = quiz_setup
    client.force_login(learner)
    fail_quiz(client, lesson)
    right = {}
    for position, question in enumerate(lesson.quiz.value["questions"]):
        right[f"q{position}"] = [
            str(i) for i, choice in enumerate(question["choices"]) if choice["correct"]
        ]
    response = client.post(lesson.get_url(), {"token": str(uuid.uuid4()), **right})
    assert response.status_code == 302
    assert LessonProgress.objects.get(user=learner, lesson_key=lesson.translation_key).completed_at
    assert mailoutbox == []
    assert not RiskEpisode.objects.filter(cohort=cohort).exists()


# The command that cron runs.


def test_the_command_flags_the_demo_trainees_at_risk_once(mailoutbox):
    out = StringIO()
    call_command("check_trainees_at_risk", "--now", stdout=out)
    assert out.getvalue().startswith("2 ")
    episodes = RiskEpisode.objects.filter(cohort__name=COHORT_NAME, ended_at__isnull=True)
    assert {(e.trainee.email, e.reason) for e in episodes} == {
        ("marc@example.org", RiskEpisode.Reason.INACTIVE),
        ("yanis@example.org", RiskEpisode.Reason.FAILING),
    }
    assert len(mailoutbox) == 2
    assert all(message.to == ["tutor@example.org"] for message in mailoutbox)

    out = StringIO()
    call_command("check_trainees_at_risk", "--now", stdout=out)
    assert out.getvalue().startswith("0 ")
    assert len(mailoutbox) == 2
