"""Wagtail's own log-in forms (the admin's, and the one for private pages) are plain Django
forms, without the site's limits on failed attempts or its two-factor step: their
addresses lead to the site's log-in page and log nobody in."""

from urllib.parse import urlsplit

from django.urls import resolve, reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from portal.demo.seed import DEMO_PASSWORD
from portal.models import StandardPage

pytestmark = pytest.mark.django_db

CREDENTIALS = {"username": "editor@example.org", "password": DEMO_PASSWORD}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_wagtails_log_in_forms_lead_to_the_sites(client, language):
    with translation.override(language):
        addresses = [reverse("wagtailcore_login"), reverse("wagtailadmin_login")]
    for address in addresses:
        response = client.get(f"{address}?next=/fr/p/1/")
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert resolve(location.path).url_name == "account_login"
        assert location.query == "next=/fr/p/1/"
        assert client.post(address, CREDENTIALS).status_code == 302
        assert "_auth_user_id" not in client.session


def test_a_private_page_sends_its_readers_to_the_sites_log_in(client):
    page = StandardPage.objects.live().filter(locale__language_code="fr").first()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"] == f"/fr/accounts/login/?next={page.url}"
