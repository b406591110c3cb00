"""Trainees join a cohort only when they accept: a tutor listing an address sends an
invitation, and sees nothing of that person's progress until they accept."""

import csv
import io
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from courses.demo.learners import COHORT_NAME
from courses.models import (
    Cohort,
    CohortInvitation,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    RiskEpisode,
)
from courses.selectors.cohorts import cohort_report
from courses.services.cohorts import cohort_risks_refresh
from courses.services.progress import course_enrol, lesson_complete
from portal.models import User
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db

COURSE_SLUG = "entreprise-sociale"


def account(email: str) -> User:
    return User.objects.get(email=email)


def signed_in(user: User, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


def course(language: str = "fr") -> CoursePage:
    page = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="fr")
    if language == "fr":
        return page
    return page.get_translation(Locale.objects.get(language_code=language))


def cohort_form(name: str, trainees: str) -> dict:
    return {
        "name": name,
        "courses": [course().pk],
        "trainee_emails": trainees,
        "tutor_emails": "",
        "inactivity_days": 7,
        "failed_attempts_limit": 3,
    }


def answer_url(cohort: Cohort, answer: str, language: str = "en") -> str:
    return f"/{language}/learning/cohorts/{cohort.pk}/{answer}/"


def export_emails(client: Client, cohort: Cohort) -> set[str]:
    response = client.get(f"/en/tutoring/cohorts/{cohort.pk}/export.csv")
    assert response.status_code == 200
    _header, *rows = csv.reader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff")))
    return {row[1] for row in rows}


def table_rows(client: Client, cohort: Cohort):
    response = client.get(f"/en/tutoring/cohorts/{cohort.pk}/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return page, page.find("section", attrs={"aria-labelledby": "table-heading"})


@pytest.fixture
def tutor() -> User:
    return account("tutor@example.org")


@pytest.fixture
def tutor_client(tutor) -> Client:
    return signed_in(tutor)


@pytest.fixture
def nadia() -> User:
    """A learner with progress in the cohort's course, idle for a month: at risk if followed."""
    nadia = User.objects.create_user(
        username="nadia", email="nadia@example.net", first_name="Nadia", last_name="Benali"
    )
    page = course()
    course_enrol(user=nadia, course=page)
    lesson = LessonPage.objects.live().descendant_of(page).order_by("path").first()
    lesson_complete(user=nadia, lesson=lesson, course=page)
    month_ago = timezone.now() - timedelta(days=30)
    LessonProgress.objects.filter(user=nadia).update(
        first_activity_at=month_ago, last_activity_at=month_ago
    )
    return nadia


@pytest.fixture
def invited(tutor_client, nadia, mailoutbox) -> Cohort:
    """The tutor lists Nadia in a new cohort."""
    response = tutor_client.post(
        "/fr/tutoring/cohorts/new/", cohort_form("Promotion d'hiver", "nadia@example.net")
    )
    assert response.status_code == 302
    return Cohort.objects.get(name="Promotion d'hiver")


# The tutor lists an address.


def test_listing_a_trainee_invites_them_by_e_mail(invited, nadia, tutor, mailoutbox):
    invitation = CohortInvitation.objects.get(cohort=invited)
    assert (invitation.user, invitation.invited_by) == (nadia, tutor)
    assert not invited.trainees.exists()
    [mail] = mailoutbox
    assert mail.to == ["nadia@example.net"]
    assert "Promotion d'hiver" in mail.subject  # plain text: nothing escaped
    assert "Promotion d'hiver" in mail.body
    # In the site's language: Nadia chose none.
    assert "http://testserver/fr/learning/#invitations" in mail.body


def test_the_invitation_is_in_the_language_the_trainee_chose(tutor_client, nadia, mailoutbox):
    UserProfile.objects.create(user=nadia, preferred_language="en")
    tutor_client.post("/fr/tutoring/cohorts/new/", cohort_form("Groupe", "nadia@example.net"))
    [mail] = mailoutbox
    assert mail.subject == 'You are invited to join the cohort "Groupe"'
    assert "http://testserver/en/learning/#invitations" in mail.body


def test_saving_again_sends_no_second_invitation(tutor_client, invited, mailoutbox):
    edit = f"/fr/tutoring/cohorts/{invited.pk}/edit/"
    form = tutor_client.get(edit).context["form"]
    assert form.initial["trainee_emails"] == "nadia@example.net"
    response = tutor_client.post(edit, cohort_form(invited.name, "nadia@example.net"))
    assert response.status_code == 302
    assert CohortInvitation.objects.filter(cohort=invited).count() == 1
    assert len(mailoutbox) == 1


def test_removing_an_invited_person_withdraws_the_invitation(tutor_client, invited, nadia):
    edit = f"/fr/tutoring/cohorts/{invited.pk}/edit/"
    assert tutor_client.post(edit, cohort_form(invited.name, "")).status_code == 302
    assert not CohortInvitation.objects.filter(cohort=invited).exists()
    assert signed_in(nadia).post(answer_url(invited, "accept")).status_code == 404
    assert not invited.trainees.exists()


def test_members_listed_again_stay_members_without_an_invitation(tutor_client, mailoutbox):
    cohort = Cohort.objects.get(name=COHORT_NAME)
    members = set(cohort.trainees.values_list("email", flat=True))
    form = cohort_form(cohort.name, "\n".join(members))
    form["courses"] = [page.pk for page in cohort.courses.all()]
    assert tutor_client.post(f"/fr/tutoring/cohorts/{cohort.pk}/edit/", form).status_code == 302
    assert set(cohort.trainees.values_list("email", flat=True)) == members
    assert not cohort.invitations.exists()
    assert mailoutbox == []


def test_the_form_says_trainees_are_invited_and_must_accept(tutor_client):
    response = tutor_client.get("/en/tutoring/cohorts/new/")
    help_text = str(response.context["form"].fields["trainee_emails"].help_text)
    assert "invited by e-mail" in help_text
    assert "only if they accept" in help_text


# Until they accept, the tutor sees nothing of their progress.


def test_the_tutor_sees_only_the_address_of_someone_invited(tutor_client, invited, nadia):
    page, table = table_rows(tutor_client, invited)
    assert "nadia@example.net" not in table.get_text()
    assert "Nadia" not in page.get_text()
    waiting = page.find("section", attrs={"aria-labelledby": "invited-heading"})
    assert waiting.h2.get_text() == "Invited, waiting for an answer"
    assert [li.get_text() for li in waiting.find_all("li")] == ["nadia@example.net"]
    assert export_emails(tutor_client, invited) == set()


def test_no_report_or_risk_check_includes_someone_invited(invited, nadia, mailoutbox):
    report = cohort_report(cohort=invited, locale=Locale.get_default(), now=timezone.now())
    assert report.rows == []
    # A month idle: at risk, were she a member. Nobody is told.
    assert cohort_risks_refresh(cohorts=[invited]) == []
    assert cohort_risks_refresh(cohorts=Cohort.objects.all(), trainee=nadia) == []
    assert not RiskEpisode.objects.filter(trainee=nadia).exists()
    assert len(mailoutbox) == 1  # the invitation only


# The trainee answers.


def test_the_learning_page_shows_the_invitation_above_who_follows(invited, nadia, tutor):
    response = signed_in(nadia).get("/en/learning/")
    page = BeautifulSoup(response.content, "html.parser")
    section = page.find("section", id="invitations")
    sections = [s.get("aria-labelledby") for s in page.find_all("section")]
    assert sections.index("invitations-heading") + 1 == sections.index("tutors-heading")
    [card] = section.select("li.card")
    assert card.h3.get_text() == "Promotion d'hiver"
    assert f"Invited by {tutor.get_full_name()}" in card.get_text()
    assert "mailto:tutor@example.org" in {a["href"] for a in card.find_all("a")}
    assert course("en").title in card.get_text()
    assert "What your tutors see" in section.get_text()
    assert "Your answers to quizzes." in section.get_text()
    forms = {form["action"]: form for form in card.find_all("form")}
    assert set(forms) == {answer_url(invited, "accept"), answer_url(invited, "decline")}
    for form in forms.values():
        assert form["method"] == "post"
        assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    # Nobody follows her yet.
    tutors = page.find("section", attrs={"aria-labelledby": "tutors-heading"})
    assert "Promotion d'hiver" not in tutors.get_text()


def test_accepting_makes_the_trainee_a_member_the_tutor_sees(tutor_client, invited, nadia, tutor):
    other = CoursePage.objects.get(slug="tutorat-a-distance", locale__language_code="fr")
    invited.courses.add(other)
    response = signed_in(nadia).post(answer_url(invited, "accept"), follow=True)
    assert response.redirect_chain == [("/en/learning/", 302)]
    assert "You have joined the cohort" in response.content.decode()
    assert list(invited.trainees.all()) == [nadia]
    assert not CohortInvitation.objects.filter(cohort=invited).exists()
    # Enrolled in the cohort's courses by the tutor who invited her, as members are.
    enrolment = Enrolment.objects.get(user=nadia, course_key=other.translation_key)
    assert enrolment.enrolled_by == tutor
    _page, table = table_rows(tutor_client, invited)
    assert "nadia@example.net" in table.get_text()
    assert export_emails(tutor_client, invited) == {"nadia@example.net"}
    assert [e.trainee for e in cohort_risks_refresh(cohorts=[invited])] == [nadia]


def test_declining_removes_the_invitation_and_shares_nothing(tutor_client, invited, nadia):
    response = signed_in(nadia).post(answer_url(invited, "decline"), follow=True)
    assert response.redirect_chain == [("/en/learning/", 302)]
    assert "You have declined" in response.content.decode()
    assert not invited.trainees.exists()
    assert not CohortInvitation.objects.filter(cohort=invited).exists()
    page, _table = table_rows(tutor_client, invited)
    assert "nadia@example.net" not in page.get_text()
    assert export_emails(tutor_client, invited) == set()


@pytest.mark.parametrize("answer", ["accept", "decline"])
def test_nobody_answers_someone_elses_invitation(invited, nadia, answer):
    for email in ["lea@example.org", "tutor@example.org", "admin@example.org"]:
        response = signed_in(account(email)).post(answer_url(invited, answer))
        assert response.status_code == 404, email
    missing = Cohort(pk=(Cohort.objects.order_by("-pk").first().pk + 1))
    assert signed_in(nadia).post(answer_url(missing, answer)).status_code == 404
    assert CohortInvitation.objects.filter(cohort=invited, user=nadia).exists()
    assert not invited.trainees.exists()


@pytest.mark.parametrize("answer", ["accept", "decline"])
def test_answers_are_posted_with_a_csrf_token_by_the_signed_in_trainee(
    client, invited, nadia, answer
):
    url = answer_url(invited, answer)
    response = client.post(url)
    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/")
    assert signed_in(nadia).get(url).status_code == 405
    assert signed_in(nadia, enforce_csrf_checks=True).post(url).status_code == 403
    assert CohortInvitation.objects.filter(cohort=invited, user=nadia).exists()


def test_the_learning_page_costs_the_same_queries_for_one_invitation_or_many(nadia):
    tutors = [
        User.objects.create_user(username=f"tuteur{n}", email=f"tuteur{n}@example.net")
        for n in range(3)
    ]
    courses = list(CoursePage.objects.live().filter(locale__language_code="fr"))

    def invite(number: int) -> None:
        cohort = Cohort.objects.create(name=f"Groupe {number}")
        cohort.tutors.set(tutors[: number + 1])
        cohort.courses.set(courses[: number + 1])
        CohortInvitation.objects.create(cohort=cohort, user=nadia, invited_by=tutors[number])

    client = signed_in(nadia)
    invite(0)
    before = queries_for(client, "/en/learning/")
    invite(1)
    invite(2)
    assert client.get("/en/learning/").content.decode().count('class="card__actions"') == 3
    assert queries_for(client, "/en/learning/") == before


def test_the_cohort_page_costs_the_same_queries_for_one_invitation_or_many(tutor_client):
    cohort = Cohort.objects.create(name="Groupe nombreux")
    cohort.tutors.set([account("tutor@example.org")])
    cohort.courses.set([course()])
    url = f"/en/tutoring/cohorts/{cohort.pk}/"

    def invite(start: int, stop: int) -> None:
        for number in range(start, stop):
            user = User.objects.create_user(username=f"invite{number}", email=f"i{number}@x.net")
            CohortInvitation.objects.create(cohort=cohort, user=user)

    invite(0, 1)
    before = queries_for(tutor_client, url)
    invite(1, 10)
    assert queries_for(tutor_client, url) == before
