"""Tutors' cohorts: who may see them, the form that builds them, the table, chart and export,
and what trainees are told about who follows them."""

import csv
import io
import re
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.models import Locale

import pytest

from courses.demo.learners import COHORT_NAME
from courses.models import Cohort, CoursePage, Enrolment, ModulePage, RiskEpisode
from courses.services.cohorts import cohort_trainees_enrol
from portal import roles

pytestmark = pytest.mark.django_db

DEMO_TRAINEES = {
    "trainer@example.org",
    "lea@example.org",
    "marc@example.org",
    "yanis@example.org",
}


def account(email):
    return get_user_model().objects.get(email=email)


def new_account(email, *, role=roles.TRAINERS, first_name="", last_name=""):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def course(slug, language="fr"):
    """A demo course by its French slug, in ``language``."""
    page = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    return (
        page
        if language == "fr"
        else page.get_translation(Locale.objects.get(language_code=language))
    )


def demo_cohort():
    return Cohort.objects.get(name=COHORT_NAME)


def cohort_urls(pk):
    base = f"/fr/tutoring/cohorts/{pk}/"
    return [base, f"{base}edit/", f"{base}export.csv"]


def table_row(html, text):
    """The first table row that mentions ``text``."""
    rows = re.findall(r"<tr[^>]*>.*?</tr>", html, flags=re.S)
    return next(row for row in rows if text in row)


def checked_courses(html):
    """The pks of the course checkboxes, and of those that are checked."""
    boxes = re.findall(r'<input type="checkbox" name="courses"[^>]*>', html)
    values = {int(re.search(r'value="(\d+)"', box).group(1)) for box in boxes}
    checked = {int(re.search(r'value="(\d+)"', box).group(1)) for box in boxes if "checked" in box}
    return values, checked


def export_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def tutor():
    return account("tutor@example.org")


@pytest.fixture
def tutor_client(client, tutor):
    client.force_login(tutor)
    return client


@pytest.fixture
def other_cohort():
    """A cohort that another tutor follows, with a demo trainee in it."""
    other = new_account("autre.tuteur@example.org", role=roles.TUTORS)
    cohort = Cohort.objects.create(name="Promotion d'un autre tuteur")
    cohort.tutors.set([other])
    cohort.trainees.set([account("lea@example.org")])
    cohort.courses.set([course("entreprise-sociale")])
    return cohort


# Who may see what.


def test_anonymous_visitors_are_sent_to_log_in(client):
    for url in ["/fr/tutoring/", "/fr/tutoring/cohorts/new/", *cohort_urls(demo_cohort().pk)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url == f"/fr/accounts/login/?next={quote(url, safe='/')}"


def test_trainers_are_refused(client):
    client.force_login(account("trainer@example.org"))
    for url in ["/fr/tutoring/", "/fr/tutoring/cohorts/new/", *cohort_urls(demo_cohort().pk)]:
        assert client.get(url).status_code == 403, url
    data = {"name": "Intrus", "courses": [course("entreprise-sociale").pk]}
    assert client.post("/fr/tutoring/cohorts/new/", data).status_code == 403
    assert not Cohort.objects.filter(name="Intrus").exists()


def test_a_tutor_lists_only_their_own_cohorts(tutor_client, other_cohort):
    response = tutor_client.get("/fr/tutoring/")
    assert response.status_code == 200
    assert escape(COHORT_NAME) in response.content.decode()
    assert escape(other_cohort.name) not in response.content.decode()


def test_another_tutors_cohort_is_not_found(tutor_client, other_cohort):
    for url in cohort_urls(other_cohort.pk):
        assert tutor_client.get(url).status_code == 404, url
    data = {
        "name": "Détournée",
        "courses": [course("entreprise-sociale").pk],
        "inactivity_days": 14,
        "failed_attempts_limit": 3,
    }
    assert (
        tutor_client.post(f"/fr/tutoring/cohorts/{other_cohort.pk}/edit/", data).status_code == 404
    )
    other_cohort.refresh_from_db()
    assert other_cohort.name == "Promotion d'un autre tuteur"


def test_an_unknown_cohort_is_not_found(tutor_client):
    missing = (Cohort.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    for url in cohort_urls(missing):
        assert tutor_client.get(url).status_code == 404, url


def test_a_co_tutor_sees_the_cohort(client, other_cohort, tutor):
    other_cohort.tutors.add(tutor)
    client.force_login(tutor)
    for url in cohort_urls(other_cohort.pk):
        assert client.get(url).status_code == 200, url


# The form.


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_form_offers_the_courses_of_the_current_language(tutor_client, language):
    response = tutor_client.get(f"/{language}/tutoring/cohorts/new/")
    assert response.status_code == 200
    html = response.content.decode()
    courses = CoursePage.objects.live().filter(locale__language_code=language)
    others = CoursePage.objects.live().exclude(locale__language_code=language)
    values, checked = checked_courses(html)
    assert values == {page.pk for page in courses}
    assert len(values) == 4
    assert not checked
    for page in courses:
        assert escape(page.title) in html
    for page in others:
        assert escape(page.title) not in html
    assert '<textarea name="trainee_emails"' in html
    assert '<textarea name="tutor_emails"' in html


def test_creating_a_cohort_invites_the_trainees_who_join_when_they_accept(
    client, tutor_client, tutor
):
    newcomer = new_account("nouvelle@example.org")
    co_tutor = new_account("co.tuteur@example.org", role=roles.TUTORS)
    courses = [course("entreprise-sociale"), course("handicap-comprendre-et-accueillir")]
    response = tutor_client.post(
        "/fr/tutoring/cohorts/new/",
        {
            "name": "Promotion de printemps",
            "courses": [page.pk for page in courses],
            # Any case, blank lines and spaces around addresses are fine.
            "trainee_emails": "LEA@example.org\n\n  nouvelle@example.org  \n",
            "tutor_emails": "co.tuteur@example.org",
            "inactivity_days": 7,
            "failed_attempts_limit": 2,
        },
    )
    cohort = Cohort.objects.get(name="Promotion de printemps")
    assert response.status_code == 302
    assert response.url == f"/fr/tutoring/cohorts/{cohort.pk}/"
    assert (cohort.inactivity_days, cohort.failed_attempts_limit) == (7, 2)
    assert set(cohort.tutors.all()) == {tutor, co_tutor}
    trainees = {account("lea@example.org"), newcomer}
    assert not cohort.trainees.exists()
    assert {invitation.user for invitation in cohort.invitations.all()} == trainees
    keys = [page.translation_key for page in courses]
    assert not Enrolment.objects.filter(user__in=trainees, course_key__in=keys).exists()
    for trainee in trainees:
        client.force_login(trainee)
        assert client.post(f"/fr/learning/cohorts/{cohort.pk}/accept/").status_code == 302
    assert set(cohort.trainees.all()) == trainees
    enrolments = Enrolment.objects.filter(user__in=trainees, course_key__in=keys)
    assert {(e.user, e.course_key) for e in enrolments} == {
        (user, page.translation_key) for user in trainees for page in courses
    }
    assert {e.enrolled_by for e in enrolments} == {tutor}


def test_the_creator_is_a_tutor_of_the_cohort(tutor_client, tutor):
    data = {
        "name": "Promotion solo",
        "courses": [course("entreprise-sociale").pk],
        "inactivity_days": 14,
        "failed_attempts_limit": 3,
    }
    assert tutor_client.post("/fr/tutoring/cohorts/new/", data).status_code == 302
    cohort = Cohort.objects.get(name="Promotion solo")
    assert list(cohort.tutors.all()) == [tutor]
    assert not cohort.trainees.exists()
    assert tutor_client.get(f"/fr/tutoring/cohorts/{cohort.pk}/").status_code == 200


@pytest.mark.parametrize("field", ["trainee_emails", "tutor_emails"])
def test_an_unknown_address_is_refused_and_named(tutor_client, field):
    data = {
        "name": "Promotion incomplète",
        "courses": [course("entreprise-sociale").pk],
        "inactivity_days": 14,
        "failed_attempts_limit": 3,
        field: "lea@example.org\ninconnu@example.org",
    }
    response = tutor_client.post("/fr/tutoring/cohorts/new/", data)
    assert response.status_code == 400
    errors = response.context["form"].errors[field]
    assert len(errors) == 1
    assert "inconnu@example.org" in errors[0]
    assert "lea@example.org" not in errors[0]
    assert escape(errors[0]) in response.content.decode()
    assert not Cohort.objects.filter(name="Promotion incomplète").exists()


def test_an_inactive_account_counts_as_unknown(tutor_client):
    sleeper = new_account("endormi@example.org")
    sleeper.is_active = False
    sleeper.save(update_fields=["is_active"])
    data = {
        "name": "Promotion endormie",
        "courses": [course("entreprise-sociale").pk],
        "inactivity_days": 14,
        "failed_attempts_limit": 3,
        "trainee_emails": "endormi@example.org",
    }
    response = tutor_client.post("/fr/tutoring/cohorts/new/", data)
    assert response.status_code == 400
    assert "endormi@example.org" in response.context["form"].errors["trainee_emails"][0]
    assert not Enrolment.objects.filter(user=sleeper).exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"trainee_emails": "pas-une-adresse"},
        {"courses": []},
        {"courses": ["999999"]},
        {"inactivity_days": 0},
        {"failed_attempts_limit": "beaucoup"},
    ],
)
def test_bad_input_is_refused_with_a_message(tutor_client, changes):
    data = {
        "name": "Promotion fautive",
        "courses": [course("entreprise-sociale").pk],
        "inactivity_days": 14,
        "failed_attempts_limit": 3,
        **changes,
    }
    response = tutor_client.post("/fr/tutoring/cohorts/new/", data)
    assert response.status_code == 400
    field = next(iter(changes))
    assert response.context["form"].errors[field]
    assert 'role="alert"' in response.content.decode()
    assert not Cohort.objects.filter(name="Promotion fautive").exists()


def test_the_edit_form_shows_the_cohort_as_saved(tutor_client):
    cohort = demo_cohort()
    response = tutor_client.get(f"/fr/tutoring/cohorts/{cohort.pk}/edit/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["trainee_emails"].splitlines() == sorted(DEMO_TRAINEES)
    assert form.initial["tutor_emails"] == ""  # the tutor editing is not listed
    _values, checked = checked_courses(response.content.decode())
    assert checked == {page.pk for page in cohort.courses.all()}


def test_the_edit_form_in_english_checks_the_english_courses(tutor_client):
    cohort = demo_cohort()
    response = tutor_client.get(f"/en/tutoring/cohorts/{cohort.pk}/edit/")
    assert response.status_code == 200
    english = Locale.objects.get(language_code="en")
    _values, checked = checked_courses(response.content.decode())
    assert checked == {page.get_translation(english).pk for page in cohort.courses.all()}


def test_saving_the_cohort_enrols_its_trainees_in_new_courses(tutor_client, tutor):
    cohort = demo_cohort()
    newcomer = new_account("nouveau@example.org")
    lea = account("lea@example.org")
    before = {
        e.course_key: (e.enrolled_at, e.completed_at) for e in Enrolment.objects.filter(user=lea)
    }
    added = course("entreprise-sociale")
    courses = [*cohort.courses.all(), added]
    response = tutor_client.post(
        f"/fr/tutoring/cohorts/{cohort.pk}/edit/",
        {
            "name": cohort.name,
            "courses": [page.pk for page in courses],
            "trainee_emails": "\n".join([*sorted(DEMO_TRAINEES), "nouveau@example.org"]),
            "tutor_emails": "",
            "inactivity_days": cohort.inactivity_days,
            "failed_attempts_limit": cohort.failed_attempts_limit,
        },
    )
    assert response.status_code == 302
    assert response.url == f"/fr/tutoring/cohorts/{cohort.pk}/"
    trainees = list(cohort.trainees.all())
    assert len(trainees) == 4
    keys = {page.translation_key for page in courses}
    assert Enrolment.objects.filter(user__in=trainees, course_key__in=keys).count() == 4 * 3
    assert set(
        Enrolment.objects.filter(course_key=added.translation_key).values_list(
            "enrolled_by", flat=True
        )
    ) == {tutor.pk}
    # The newcomer is invited: enrolled in nothing until they accept.
    assert [invitation.user for invitation in cohort.invitations.all()] == [newcomer]
    assert not Enrolment.objects.filter(user=newcomer).exists()
    # Earlier enrolments are left as they were.
    after = {
        e.course_key: (e.enrolled_at, e.completed_at) for e in Enrolment.objects.filter(user=lea)
    }
    assert {key: after[key] for key in before} == before


def test_removing_a_trainee_keeps_their_progress(tutor_client):
    cohort = demo_cohort()
    lea = account("lea@example.org")
    enrolled = Enrolment.objects.filter(user=lea).count()
    response = tutor_client.post(
        f"/fr/tutoring/cohorts/{cohort.pk}/edit/",
        {
            "name": cohort.name,
            "courses": [page.pk for page in cohort.courses.all()],
            "trainee_emails": "\n".join(sorted(DEMO_TRAINEES - {"lea@example.org"})),
            "inactivity_days": 14,
            "failed_attempts_limit": 3,
        },
    )
    assert response.status_code == 302
    assert lea not in cohort.trainees.all()
    assert Enrolment.objects.filter(user=lea).count() == enrolled


# The cohort's page.


@pytest.fixture
def detail(tutor_client):
    response = tutor_client.get(f"/fr/tutoring/cohorts/{demo_cohort().pk}/")
    assert response.status_code == 200
    return response.content.decode()


def cohort_modules(cohort):
    modules = []
    for page in cohort.courses.all():
        modules += ModulePage.objects.live().child_of(page).order_by("path")
    return modules


def first_module():
    return ModulePage.objects.live().child_of(course("tutorat-a-distance")).order_by("path")[0]


def reason_label(reason):
    with translation.override("fr"):
        return str(RiskEpisode.Reason(reason).label)


def test_the_table_has_a_row_per_trainee_and_a_column_per_module(detail):
    modules = cohort_modules(demo_cohort())
    assert len(modules) >= 6
    for module in modules:
        assert escape(module.title) in detail
    for email in DEMO_TRAINEES:
        row = table_row(detail, email)
        assert row.count('class="status status--') == len(modules)


def test_the_table_shows_each_trainees_status_and_score(detail):
    """Léa passed the first module's quiz, Yanis failed it, Marc did one lesson only."""
    lea, yanis, marc = (
        table_row(detail, f"{name}@example.org") for name in ("lea", "yanis", "marc")
    )
    first_cell = re.compile(r'<td><span class="status status--([a-z-]+)">.*?</td>', re.S)
    assert first_cell.search(lea).group(1) == "completed"
    assert "100%" in first_cell.search(lea).group(0)
    assert first_cell.search(yanis).group(1) == "in-progress"
    assert "0%" in first_cell.search(yanis).group(0)
    assert first_cell.search(marc).group(1) == "in-progress"
    assert "%" not in first_cell.search(marc).group(0)
    camille = table_row(detail, "trainer@example.org")
    assert "status--completed" not in camille
    assert "status--in-progress" not in camille


def test_the_table_shows_last_activity_and_who_is_at_risk(detail):
    lea = table_row(detail, "lea@example.org")
    assert "<time datetime=" in lea
    assert 'class="at-risk"' not in lea
    camille = table_row(detail, "trainer@example.org")
    assert "<time" not in camille  # never started
    assert 'class="at-risk"' not in camille
    marc = table_row(detail, "marc@example.org")
    assert marc.startswith('<tr class="at-risk">')
    assert escape(reason_label("inactive")) in marc
    yanis = table_row(detail, "yanis@example.org")
    assert yanis.startswith('<tr class="at-risk">')
    assert escape(reason_label("failing")) in yanis
    assert 'id="at-risk-heading">2 ' in detail


def test_the_chart_is_an_image_with_a_table_alternative(detail):
    svg = re.search(r"<svg[^>]*>.*?</svg>", detail, flags=re.S).group(0)
    assert 'role="img"' in svg
    labelled_by = re.search(r'aria-labelledby="([^"]+)"', svg).group(1)
    assert f'<title id="{labelled_by}">' in svg
    figure = re.search(r"<figure.*?</figure>", detail, flags=re.S).group(0)
    assert '<caption id="chart-table-caption">' in figure
    # Léa alone completed the first module: one trainee in four, a bar a quarter long.
    row = table_row(figure, escape(first_module().title))
    assert "1 / 4" in row
    assert "25%" in row
    assert 'width="75"' in svg
    assert len(re.findall(r'class="chart__bar"', svg)) == len(cohort_modules(demo_cohort()))


def test_an_empty_cohort_has_an_empty_table(tutor_client, tutor):
    cohort = Cohort.objects.create(name="Promotion vide")
    cohort.tutors.set([tutor])
    cohort.courses.set([course("entreprise-sociale")])
    response = tutor_client.get(f"/fr/tutoring/cohorts/{cohort.pk}/")
    assert response.status_code == 200
    assert response.context["report"].rows == []
    assert "0 / 0" in response.content.decode()


# The export.


def test_the_export_is_a_csv_file_with_one_row_per_trainee(tutor_client):
    cohort = demo_cohort()
    response = tutor_client.get(f"/fr/tutoring/cohorts/{cohort.pk}/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="cohort-{cohort.pk}.csv"'
    header, *rows = export_rows(response)
    with translation.override("fr"):
        fixed = [
            gettext(label)
            for label in ("Trainee", "E-mail", "Last activity", "At risk", "Courses completed")
        ]
    assert header[:5] == fixed
    modules = cohort_modules(cohort)
    assert len(header) == 5 + 2 * len(modules)
    assert any(first_module().title in column for column in header)
    assert all(len(row) == len(header) for row in rows)
    by_email = {row[1]: row for row in rows}
    assert set(by_email) == DEMO_TRAINEES
    assert by_email["lea@example.org"][3] == ""
    assert by_email["marc@example.org"][3] == reason_label("inactive")
    assert by_email["yanis@example.org"][3] == reason_label("failing")
    assert by_email["trainer@example.org"][2] == ""
    assert by_email["lea@example.org"][2]  # an ISO date and time
    with translation.override("fr"):
        completed = gettext("Completed")
    assert by_email["lea@example.org"][5:7] == [completed, "100"]


@pytest.mark.parametrize("name", ["=1+1", "+33 6 00", "-2+3", "@SUM(A1)", '=HYPERLINK("x")'])
def test_the_export_neutralises_formulas(tutor_client, name):
    cohort = demo_cohort()
    cohort.trainees.add(new_account("formule@example.org", first_name=name))
    response = tutor_client.get(f"/fr/tutoring/cohorts/{cohort.pk}/export.csv")
    _header, *rows = export_rows(response)
    row = next(row for row in rows if row[1] == "formule@example.org")
    assert row[0] == f"'{name}"


# What trainees see.


def test_trainees_see_which_tutors_follow_them(client, other_cohort):
    client.force_login(account("lea@example.org"))
    response = client.get("/fr/learning/")
    assert response.status_code == 200
    html = response.content.decode()
    section = re.search(r'aria-labelledby="tutors-heading".*?</section>', html, re.S).group(0)
    assert "tutor@example.org" in section
    assert escape(COHORT_NAME) in section
    assert "autre.tuteur@example.org" in section
    assert escape(other_cohort.name) in section


def test_a_learner_outside_any_cohort_is_followed_by_nobody(client):
    client.force_login(new_account("seule@example.org"))
    response = client.get("/fr/learning/")
    assert response.status_code == 200
    html = response.content.decode()
    section = re.search(r'aria-labelledby="tutors-heading".*?</section>', html, re.S).group(0)
    assert "@example.org" not in section


def test_a_tutor_added_to_a_cohort_is_shown_to_its_trainees(client, tutor):
    cohort = Cohort.objects.create(name="Promotion d'été")
    cohort.tutors.set([tutor])
    cohort.courses.set([course("entreprise-sociale")])
    learner = new_account("ete@example.org")
    cohort.trainees.set([learner])
    cohort_trainees_enrol(cohort=cohort, enrolled_by=tutor)
    client.force_login(learner)
    html = client.get("/en/learning/").content.decode()
    assert "tutor@example.org" in html
    assert escape(course("entreprise-sociale", "en").title) in html
