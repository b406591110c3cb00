import pytest

from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def switcher_links(response) -> str:
    body = response.content.decode()
    start = body.index('class="language-switcher"')
    return body[start : body.index("</nav>", start)]


def test_page_links_to_its_translation(client):
    links = switcher_links(client.get("/fr/a-propos/"))
    assert 'href="/en/about/"' in links
    assert 'lang="en"' in links
    assert 'href="/fr/' not in links


def test_translation_links_back(client):
    assert 'href="/fr/a-propos/"' in switcher_links(client.get("/en/about/"))


def test_untranslated_page_falls_back_to_the_other_home(client):
    home = HomePage.objects.get(locale__language_code="fr")
    page = home.add_child(instance=StandardPage(title="Seulement en français", slug="seul"))
    page.save_revision().publish()
    links = switcher_links(client.get("/fr/seul/"))
    assert 'href="/en/"' in links
    assert "pas encore traduite" in links


def test_non_page_views_swap_the_language_prefix(client):
    links = switcher_links(client.get("/fr/search/?q=tutorat"))
    assert 'href="/en/search/?q=tutorat"' in links
    assert 'href="/en/accounts/login/"' in switcher_links(client.get("/fr/accounts/login/"))


def test_translations_are_announced_to_search_engines(client):
    body = client.get("/fr/a-propos/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in body


def test_no_alternate_is_announced_for_a_fallback(client):
    home = HomePage.objects.get(locale__language_code="fr")
    page = home.add_child(instance=StandardPage(title="Brouillon", slug="brouillon"))
    page.save_revision().publish()
    assert 'rel="alternate"' not in client.get("/fr/brouillon/").content.decode()
