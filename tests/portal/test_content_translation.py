"""Editors translate page trees with wagtail-localize."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.urls import reverse

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

import pytest

from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_only_page():
    home = HomePage.objects.get(locale__language_code="fr")
    page = home.add_child(instance=StandardPage(title="Le tutorat à distance", slug="tutorat"))
    page.save_revision().publish()
    return page


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def login(client, email):
    client.force_login(get_user_model().objects.get(email=email))


def test_editor_submits_a_page_for_translation_into_english(client, french_only_page):
    login(client, "editor@example.org")
    english = Locale.objects.get(language_code="en")
    assert client.get(submit_url(french_only_page)).status_code == 200

    response = client.post(submit_url(french_only_page), {"locales": [english.pk]})

    assert response.status_code == 302
    translation = french_only_page.get_translation_or_none(english)
    assert translation is not None
    assert translation.get_parent().specific == HomePage.objects.get(locale=english)


@pytest.mark.parametrize("email", ["trainer@example.org", "ministry@example.org"])
def test_readers_cannot_submit_translations(client, french_only_page, email):
    login(client, email)
    response = client.get(submit_url(french_only_page))
    assert response.status_code in {302, 403}
    assert not french_only_page.get_translations().exists()


def test_search_uses_postgresql_full_text_on_postgresql():
    backend = type(get_search_backend()).__module__
    if connection.vendor == "postgresql":
        assert "postgres" in backend
    else:
        assert "postgres" not in backend
