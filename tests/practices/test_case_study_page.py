"""A case study page shows its facts, in the reader's language."""

import pytest

from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def body(client, slug, code):
    page = CaseStudyPage.objects.get(slug=slug, locale__language_code=code)
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_key_figures_and_facts(client):
    html = body(client, "preventing-training-drop-out-aquitaine", "en")
    assert '<html lang="en">' in html
    for text in ("353", "25", "7&nbsp;%", "Key figures", "Easy to read", "INSUP"):
        assert text in html
    assert "Preventing drop-out" in html  # theme in English
    assert "Fluidity" in html  # charter translated


def test_period_and_reference(client):
    html = body(client, "work-to-grow", "fr")
    assert "1 septembre 2014" in html or "1er septembre 2014" in html
    assert "31 août 2016" in html
    sqhm = body(client, "se-qualifier-hors-les-murs", "fr")
    assert "ECDB FR-2001-NAT-10359" in sqhm


def test_related_practices_link_within_the_language(client):
    html = body(client, "shared-expertise", "en")
    assert 'href="/en/practices/qualifying-beyond-the-walls/"' in html
    assert 'href="/fr/pratiques/' not in html.split("related-heading")[1]


def test_language_switcher_links_the_two_versions(client):
    html = body(client, "work-to-grow", "en")
    assert 'href="/fr/pratiques/work-to-grow/"' in html
