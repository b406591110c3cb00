"""``seed_demo --scale N``: content grows with N, the same N gives the same site, and again
adds nothing; generated pages render for the people they are meant for."""

from django.core.management import CommandError, call_command
from django.db import transaction

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
    XAPIStatement,
)
from portal.demo.scale import DOMAIN, LEARNERS_PER_UNIT, bench_targets, scale_seed
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
            Certificate.objects.filter(learner__in=users).values_list("id", "status_index")
        ),
        "cohorts": sorted(Cohort.objects.values_list("name", "trainees__email")),
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

    assert report.units == []
    assert page_counts() == before
    assert fingerprint() == first


def test_a_cohort_of_200_trainees_from_scale_4_and_every_page_renders(client):
    scale_seed(4)
    targets = bench_targets()
    assert targets["cohort_size"] == 200
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


def test_seed_demo_takes_a_scale_from_1(capsys):
    with pytest.raises(CommandError, match="whole number from 1"):
        call_command("seed_demo", scale=0, allow_production=True)
    call_command("seed_demo", scale=1, allow_production=True)
    assert "added units 1 to 1" in capsys.readouterr().out
    call_command("seed_demo", scale=1, allow_production=True)
    assert "already at scale 1" in capsys.readouterr().out
