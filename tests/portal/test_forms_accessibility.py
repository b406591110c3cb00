"""Accessible forms (WCAG 3.3.1, 3.3.2, 4.1.3): every field labelled, required fields marked
in words, errors listed in a summary at the top of the form, linked to their fields,
announced, and tied to the inputs they are about."""

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import DatabaseError

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

REQUIRED_NOTE = "Fields marked (required) must be filled in."


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def assert_errors_summarised(response, field_ids: list[str], *, unlinked: int = 0) -> None:
    """The summary tops the form and links each field in ``field_ids`` (``unlinked`` errors
    have no field), and each of those fields says what is wrong with it."""
    html = soup(response)
    assert html.title.string.startswith("Error: ")
    summary = html.select_one(".error-summary")
    assert summary is not None, "no error summary"
    assert summary.select_one('[role="alert"]') is not None
    assert summary["tabindex"] == "-1"
    # At the top: before every field of its form.
    form = summary.find_parent("form") or summary.find_next("form")
    first_field = form.find(["input", "select", "textarea"], type=lambda t: t != "hidden")
    assert summary.sourceline < first_field.sourceline or (
        summary.sourceline == first_field.sourceline and summary.sourcepos < first_field.sourcepos
    )
    items = summary.select(".error-summary__list li")
    assert len(items) >= len(field_ids) + unlinked
    assert len(summary.select(".error-summary__list li:not(:has(a))")) == unlinked
    links = [a["href"] for a in summary.select(".error-summary__list a")]
    for field_id in field_ids:
        assert f"#{field_id}" in links
        field = html.find(id=field_id)
        assert field is not None, f"the summary links to #{field_id}, which is missing"
        assert field.get("aria-invalid") == "true"
        # Described by its error, on the input itself or on the fieldset around its options.
        in_group = field.get("type") in ("radio", "checkbox")
        described = field.find_parent("fieldset") if in_group else field
        error_id = described["aria-describedby"].split()[-1]
        assert error_id.endswith("_error")
        error = html.find(id=error_id)
        assert error is not None and text(error).startswith("Error:")


def assert_required_marked(response, required: list[str], optional: list[str] = ()) -> None:
    html = soup(response)
    assert REQUIRED_NOTE in text(html)
    for field_id in required:
        label = html.find("label", attrs={"for": field_id})
        assert "(required)" in text(label), field_id
        assert html.find(id=field_id).has_attr("required")
    for field_id in optional:
        assert "(required)" not in text(html.find("label", attrs={"for": field_id}))


class TestAccountForms:
    def test_sign_up_with_nothing_filled_in(self, client):
        response = client.post(
            "/en/accounts/signup/", {"email": "", "password1": "", "password2": ""}
        )
        assert response.status_code == 200
        assert_errors_summarised(response, ["id_email", "id_password1", "id_password2"])
        html = soup(response)
        assert text(html.select_one(".error-summary h2")) == "There are 3 problems"
        link = html.select_one('.error-summary a[href="#id_email"]')
        # Read out of context, a link names its field.
        assert text(link) == "Email: This field is required."
        # The password rules stay tied to the field, after the error.
        describedby = html.find(id="id_password1")["aria-describedby"].split()
        assert describedby == ["id_password1_helptext", "id_password1_error"]

    def test_sign_up_marks_required_fields_and_leaves_checking_to_the_server(self, client):
        response = client.get("/en/accounts/signup/")
        assert_required_marked(response, ["id_email", "id_password1", "id_password2"])
        html = soup(response)
        assert html.select_one("main form").has_attr("novalidate")
        assert not html.select(".error-summary")
        assert not html.title.string.startswith("Error")

    def test_log_in_with_a_wrong_password(self, client):
        response = client.post(
            "/en/accounts/login/", {"login": "trainer@example.org", "password": "wrong"}
        )
        # An error about the whole form, linked to its first field where correcting starts.
        html = soup(response)
        assert html.title.string.startswith("Error: ")
        items = html.select(".error-summary__list a")
        assert len(items) == 1
        assert items[0]["href"] == "#id_login"
        assert "not correct" in text(items[0])

    def test_log_in_with_nothing_filled_in(self, client):
        response = client.post("/en/accounts/login/", {"login": "", "password": ""})
        assert_errors_summarised(response, ["id_login", "id_password"])
        assert_required_marked(response, ["id_login", "id_password"], optional=["id_remember"])

    def test_password_reset_with_an_address_that_is_not_one(self, client):
        response = client.post("/en/accounts/password/reset/", {"email": "not-an-address"})
        assert_errors_summarised(response, ["id_email"])
        assert_required_marked(response, ["id_email"])


def test_display_settings_with_a_missing_and_an_unknown_choice(client):
    response = client.post("/en/display/", {"text": "huge", "spacing": "normal"})
    assert response.status_code == 400
    # Radio buttons: the summary links to the first option of each group.
    assert_errors_summarised(response, ["id_text_0", "id_contrast_0"])
    html = soup(response)
    legend = html.find(id="id_contrast").find_parent("fieldset").legend
    assert text(legend) == "Contrast (required)"
    assert "Text size: Choose one of the options shown." in text(html.select_one(".error-summary"))


def test_cohort_form_with_no_name_and_no_course(client):
    client.force_login(get_user_model().objects.get(email="tutor@example.org"))
    response = client.post(
        "/en/tutoring/cohorts/new/",
        {"name": "", "inactivity_days": 14, "failed_attempts_limit": 3, "trainee_emails": "x"},
    )
    assert response.status_code == 400
    assert_errors_summarised(response, ["id_name", "id_courses_0", "id_trainee_emails"])
    assert_required_marked(response, ["id_name"], optional=["id_trainee_emails"])


def test_credential_check_with_nothing_sent(client):
    response = client.post("/en/verify/", {"text": ""})
    assert response.status_code == 400
    html = soup(response)
    assert html.title.string.startswith("Error: ")
    links = html.select(".error-summary__list a")
    assert [a["href"] for a in links] == ["#id_file"]
    assert "Upload a credential file" in text(links[0])
    # Neither field is required on its own: no marker, no note.
    assert "(required)" not in text(html.select_one("main form"))
    assert REQUIRED_NOTE not in text(html)


def test_practice_library_with_unusable_filters(client):
    library = "/en/practices/"
    response = client.get(library, {"year_from": "abc", "theme": "no-such-theme"})
    assert response.status_code == 400
    html = soup(response)
    links = [a["href"] for a in html.select(".error-summary__list a")]
    assert links == ["#id_theme", "#id_year_from"]
    assert html.find(id="id_year_from")["aria-invalid"] == "true"
    # An unknown term hides the facet's options; its error stands in their place, focusable.
    theme = html.find(id="id_theme")
    assert theme["tabindex"] == "-1"
    assert "Themes" in text(theme)


def test_search_the_database_rejects(client, monkeypatch):
    def rejected(*args, **kwargs):
        raise DatabaseError

    monkeypatch.setattr(Paginator, "page", rejected)
    response = client.get("/en/search/", {"q": "words"})
    assert response.status_code == 400
    assert_errors_summarised(response, ["search-q"])


@pytest.mark.parametrize(
    ("path", "email"),
    [
        ("/en/accounts/signup/", None),
        ("/en/accounts/login/", None),
        ("/en/accounts/password/reset/", None),
        ("/en/display/", None),
        ("/en/search/?q=training", None),
        ("/en/practices/", None),
        ("/en/verify/", None),
        ("/en/tutoring/cohorts/new/", "tutor@example.org"),
        ("/en/learning/certificates/", "trainer@example.org"),
    ],
)
def test_every_field_has_a_label(client, path, email):
    if email:
        client.force_login(get_user_model().objects.get(email=email))
    response = client.get(path)
    assert response.status_code == 200
    html = soup(response)
    fields = html.select("input:not([type=hidden]), select, textarea")
    assert fields
    for field in fields:
        labelled = (
            field.has_attr("aria-label")
            or field.has_attr("aria-labelledby")
            or field.find_parent("label") is not None
            or html.find("label", attrs={"for": field.get("id")}) is not None
        )
        assert labelled, f"no label for {field}"
