"""A trainee sees every tutor who can see their progress: per cohort, its tutors, its courses,
and what tutors see and do not see."""

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from courses.demo.learners import COHORT_NAME
from courses.factories import LearnerFactory, course_tree
from courses.models import Cohort, CoursePage
from courses.selectors.cohorts import trainee_tutors
from portal.models import User
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db


def account(email: str) -> User:
    return User.objects.get(email=email)


def course(slug: str, language: str = "fr") -> CoursePage:
    page = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    return (
        page
        if language == "fr"
        else page.get_translation(Locale.objects.get(language_code=language))
    )


def tutors_section(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return page.find("section", attrs={"aria-labelledby": "tutors-heading"})


def cohort_card(section, name: str):
    return next(card for card in section.select("li.card") if card.h3.get_text() == name)


@pytest.fixture
def second_cohort():
    """Léa is in the demo cohort and in this one, followed by two tutors."""
    cohort = Cohort.objects.create(
        name="Atelier du jeudi", inactivity_days=1, failed_attempts_limit=5
    )
    cohort.tutors.set(
        [
            account("tutor@example.org"),
            User.objects.create_user(
                username="ines", email="ines.roy@example.net", first_name="Inès", last_name="Roy"
            ),
        ]
    )
    cohort.trainees.set([account("lea@example.org")])
    cohort.courses.set([course("entreprise-sociale")])
    return cohort


def test_each_cohort_names_its_tutors_and_courses(client, second_cohort):
    client.force_login(account("lea@example.org"))
    section = tutors_section(client, "/en/learning/")
    demo = cohort_card(section, COHORT_NAME)
    assert "tutor@example.org" in demo.get_text()
    assert "ines.roy@example.net" not in demo.get_text()
    assert "14 days without activity" in demo.get_text()

    card = cohort_card(section, "Atelier du jeudi")
    tutors, courses = card.find_all("ul")
    assert {a["href"] for a in tutors.find_all("a")} == {
        "mailto:ines.roy@example.net",
        "mailto:tutor@example.org",
    }
    assert "Inès Roy" in tutors.get_text()
    # The course in the reader's language.
    assert courses.get_text(strip=True) == course("entreprise-sociale", "en").title
    assert "1 day without activity" in card.get_text()
    assert "5 times" in card.get_text()
    assert card.find("a", href=f"/en/learning/cohorts/{second_cohort.pk}/leave/")


def test_the_section_says_exactly_what_tutors_see_and_do_not_see(client):
    client.force_login(account("lea@example.org"))
    text = tutors_section(client, "/en/learning/").get_text(" ", strip=True)
    for seen in [
        "Your name and e-mail address",
        "not started, in progress or completed",
        "the average of your best scores",
        "last activity",
        "How many of these courses you have completed",
        "They receive an e-mail",
        "download this information",
    ]:
        assert seen in text
    unseen = text.split("What your tutors do not see", 1)[1]
    for hidden in ["written reflections", "answers to quizzes", "time you spend", "certificates"]:
        assert hidden in unseen


def test_the_section_reads_in_french_too(client):
    client.force_login(account("lea@example.org"))
    section = tutors_section(client, "/fr/learning/")
    assert section.h2 is not None
    card = cohort_card(section, COHORT_NAME)
    assert "tutor@example.org" in card.get_text()
    titles = {course("tutorat-a-distance").title, course("prevenir-les-ruptures").title}
    assert {item.get_text(strip=True) for item in card.find_all("ul")[1].find_all("li")} == titles


def test_a_cohort_the_learner_tutors_is_not_listed_as_following_them(client):
    client.force_login(account("tutor@example.org"))
    section = tutors_section(client, "/en/learning/")
    assert not section.select("li.card")
    assert "No tutor follows your progress" in section.get_text()


def test_the_selector_gives_tutors_and_courses_in_the_locale_or_as_chosen():
    english = Locale.objects.get(language_code="en")
    french_only, _lessons = course_tree()  # in French only
    learner = LearnerFactory()
    cohort = Cohort.objects.create(name="Mixte")
    cohort.tutors.set([account("tutor@example.org")])
    cohort.trainees.set([learner])
    cohort.courses.set([course("entreprise-sociale"), french_only])

    [following] = trainee_tutors(trainee=learner, locale=english)
    assert following.cohort == cohort
    assert following.tutors == [account("tutor@example.org")]
    assert {page.pk for page in following.courses} == {
        course("entreprise-sociale", "en").pk,
        french_only.pk,
    }
    [as_chosen] = trainee_tutors(trainee=learner)
    assert {page.pk for page in as_chosen.courses} == {
        course("entreprise-sociale").pk,
        french_only.pk,
    }
    assert trainee_tutors(trainee=LearnerFactory()) == []


def test_the_dashboard_query_count_does_not_grow_with_the_cohorts(client):
    learner = LearnerFactory()
    client.force_login(learner)

    def join_cohort(number: int) -> None:
        cohort = Cohort.objects.create(name=f"Promotion {number}")
        cohort.tutors.set([LearnerFactory(), LearnerFactory()])
        cohort.trainees.set([learner])
        cohort.courses.set([course("entreprise-sociale"), course("tutorat-a-distance")])

    join_cohort(0)
    before = queries_for(client, "/en/learning/")
    for number in range(1, 5):
        join_cohort(number)
    assert queries_for(client, "/en/learning/") == before
    section = tutors_section(client, "/en/learning/")
    assert len(section.select("li.card")) == 5
