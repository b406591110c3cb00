"""``seed_demo --scale N``: content grows with N, the same N gives the same site, and again
adds nothing; generated pages render for the people they are meant for; cohorts have the
groupings, at-risk episodes and revoked certificates the impact reports count."""

from datetime import timedelta

from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Min
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from courses.models import (
    Certificate,
    Cohort,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    RiskEpisode,
    XAPIStatement,
)
from courses.selectors.certificates import revoked_status_indexes
from courses.selectors.cohorts import cohort_course_keys, cohort_trainees_progress, trainee_risk
from portal.demo.scale import (
    DOMAIN,
    GROUP_NAME,
    GROUPINGS,
    LEARNERS_PER_UNIT,
    PROMOTION_NAME,
    bench_targets,
    scale_seed,
)
from portal.models import User
from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "en")


def page_counts() -> dict:
    return {
        (model.__name__, language): model.objects.live()
        .filter(locale__language_code=language)
        .count()
        for model in (CaseStudyPage, CoursePage, ModulePage, LessonPage)
        for language in LANGUAGES
    }


def generated_users():
    return User.objects.filter(email__endswith=f"@{DOMAIN}")


def fingerprint() -> dict:
    """What the generator made, without database ids or the day it ran."""
    users = generated_users()
    return {
        "pages": sorted(
            CaseStudyPage.objects.filter(slug__contains="-").values_list(
                "locale__language_code", "slug", "title", "url_path", "translation_key"
            )
        ),
        "people": sorted(users.values_list("email", "first_name", "last_name")),
        "enrolments": sorted(
            (email, key, done is None)
            for email, key, done in Enrolment.objects.filter(user__in=users).values_list(
                "user__email", "course_key", "completed_at"
            )
        ),
        "progress": sorted(
            (email, key, done is None, attempts)
            for email, key, done, attempts in LessonProgress.objects.filter(
                user__in=users
            ).values_list("user__email", "lesson_key", "completed_at", "attempts")
        ),
        "certificates": sorted(
            (pk, index, revoked is None, reason)
            for pk, index, revoked, reason in Certificate.objects.filter(
                learner__in=users
            ).values_list("id", "status_index", "revoked_at", "revocation_reason")
        ),
        "cohorts": sorted(Cohort.objects.values_list("name", "grouping", "trainees__email")),
        "risk episodes": sorted(
            (cohort, email, reason, ending, ended is None)
            for cohort, email, reason, ending, ended in RiskEpisode.objects.values_list(
                "cohort__name", "trainee__email", "reason", "ended_because", "ended_at"
            )
        ),
    }


def test_each_unit_adds_the_demo_content_again_in_both_languages():
    demo = page_counts()
    scale_seed(1)
    assert page_counts() == demo, "scale 1 is the demo's own content"
    assert generated_users().count() == LEARNERS_PER_UNIT + 1  # and a tutor

    report = scale_seed(2)

    assert report.units == [2]
    assert page_counts() == {key: 2 * count for key, count in demo.items()}
    assert generated_users().count() == 2 * (LEARNERS_PER_UNIT + 1)
    copy = CaseStudyPage.objects.get(slug__startswith="work-to-grow-", locale__language_code="fr")
    translation = copy.get_translations().get()
    assert translation.locale.language_code == "en"
    assert translation.get_parent().slug == "practices"
    assert copy.title.startswith("Work to Grow") and copy.title.endswith(" 2")
    assert list(copy.themes.all()) and copy.lead_organisation is not None
    assert EmailAddress.objects.filter(email__endswith=f"@{DOMAIN}", verified=True).count() == 102
    for model in (Enrolment, LessonProgress, QuizAttempt, XAPIStatement, Certificate):
        assert model.objects.filter(
            **{"learner__in" if model is Certificate else "user__in": generated_users()}
        ).exists(), model


def test_the_same_scale_gives_the_same_site_and_adds_nothing_again():
    with transaction.atomic():
        scale_seed(2)
        first = fingerprint()
        transaction.set_rollback(True)
    assert not generated_users().exists()

    scale_seed(2)
    assert fingerprint() == first
    before = page_counts()

    report = scale_seed(2)

    assert report.units == [] and report.counts == {}
    assert page_counts() == before
    assert fingerprint() == first

    # A database seeded before groupings existed gets them, and nothing else.
    Cohort.objects.filter(trainees__email__endswith=f"@{DOMAIN}").update(grouping="")
    assert scale_seed(2).units == []
    assert fingerprint() == first


def test_a_cohort_of_200_trainees_from_scale_4_and_every_page_renders(client):
    scale_seed(4)
    targets = bench_targets()
    assert targets["cohort_size"] == 200
    promotion = Cohort.objects.get(name=PROMOTION_NAME.format(block=1))
    assert promotion.grouping == Cohort.objects.get(name=GROUP_NAME.format(unit=1)).grouping
    assert Cohort.objects.get(tutors__email=targets["tutor"]).trainees.count() == 200

    copy = CaseStudyPage.objects.filter(slug__endswith="-4").first()
    course = CoursePage.objects.filter(slug__endswith="-4").first()
    for page in (copy, course):
        for version in (page, *page.get_translations()):
            assert client.get(version.url).status_code == 200, version.url
    assert client.get(targets["practice_search"]).status_code == 200
    assert copy.title.encode() not in client.get("/fr/pratiques/?q=nothing-like-it").content

    client.force_login(User.objects.get(email=targets["learner"]))
    lesson = LessonPage.objects.get(url_path__endswith=targets["lesson"].split("/", 3)[-1])
    for version in (lesson, *lesson.get_translations()):
        assert client.get(version.url).status_code == 200, version.url
    for language in LANGUAGES:
        response = client.get(f"/{language}/learning/")
        assert response.status_code == 200

    client.force_login(User.objects.get(email=targets["tutor"]))
    for language in LANGUAGES:
        response = client.get(targets["cohort"].replace("/fr/", f"/{language}/"))
        assert response.status_code == 200
        assert response.content.count(f"@{DOMAIN}".encode()) >= 200

    client.force_login(User.objects.get(email=targets["certificate_owner"]))
    response = client.get(targets["certificate_pdf"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_unit_cohorts_have_a_grouping_a_history_of_risks_and_a_revoked_certificate():
    report = scale_seed(2)
    now = timezone.now()

    cohorts = [Cohort.objects.get(name=GROUP_NAME.format(unit=unit)) for unit in (1, 2)]
    assert [cohort.grouping for cohort in cohorts] == list(GROUPINGS[:2])
    episodes = list(RiskEpisode.objects.filter(cohort__in=cohorts).select_related("cohort"))
    assert report.counts["risk episodes"] == len(episodes)
    sixty_days_ago = now - timedelta(days=60)
    open_ = [e for e in episodes if e.ended_at is None]
    outcomes = {
        "active again": [
            e for e in episodes if e.ended_because == RiskEpisode.Ending.ACTIVE_AGAIN
        ],
        "left": [e for e in episodes if e.ended_because == RiskEpisode.Ending.LEFT],
        "drop-out (open over 60 days)": [e for e in open_ if e.started_at < sixty_days_ago],
        "open, recent": [e for e in open_ if e.started_at >= sixty_days_ago],
    }
    for outcome, found in outcomes.items():
        assert found, outcome
    assert {e.reason for e in episodes} == set(RiskEpisode.Reason.values)
    assert all(bool(e.ended_at) == bool(e.ended_because) for e in episodes)

    first_enrolled = dict(
        Enrolment.objects.filter(user__email__endswith=f"@{DOMAIN}")
        .values("user_id")
        .annotate(first=Min("enrolled_at"))
        .values_list("user_id", "first")
    )
    for episode in episodes:
        assert first_enrolled[episode.trainee_id] < episode.started_at <= now
        assert episode.started_at < (episode.ended_at or now) <= now
        assert episode.notified_at == episode.started_at + timedelta(minutes=1)

    for cohort in cohorts:
        mine = [e for e in episodes if e.cohort == cohort]
        members = set(cohort.trainees.values_list("pk", flat=True))
        left = {e.trainee_id for e in mine if e.ended_because == RiskEpisode.Ending.LEFT}
        assert len(members) + len(left) == LEARNERS_PER_UNIT and not members & left
        # The open episodes are the tutors' table's trainees at risk, for the same reason.
        keys = cohort_course_keys(cohort)
        progress = cohort_trainees_progress(
            cohort=cohort, course_keys=keys, trainees=list(cohort.trainees.all())
        )
        at_risk = {
            pk: reason
            for pk, trainee in progress.items()
            if (reason := trainee_risk(cohort=cohort, trainee=trainee, course_keys=keys, now=now))
        }
        assert {e.trainee_id: e.reason for e in mine if e.ended_at is None} == at_risk

    revoked = Certificate.objects.filter(revoked_at__isnull=False)
    assert revoked.count() == report.counts["certificates revoked"] == 2
    for certificate in revoked:
        assert certificate.revocation_reason and not certificate.is_withdrawn
        assert certificate.issued_at < certificate.revoked_at <= now
    assert set(revoked_status_indexes()[0]) == set(revoked.values_list("status_index", flat=True))


def test_seed_demo_takes_a_scale_from_1(capsys):
    with pytest.raises(CommandError, match="whole number from 1"):
        call_command("seed_demo", scale=0, allow_production=True)
    call_command("seed_demo", scale=1, allow_production=True)
    assert "added units 1 to 1" in capsys.readouterr().out
    call_command("seed_demo", scale=1, allow_production=True)
    assert "already at scale 1" in capsys.readouterr().out
