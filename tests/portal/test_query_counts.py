"""A page's SQL query count must not grow with its content."""

import pytest

from portal.models import HomePage, StandardPage
from tests.conftest import queries_for

pytestmark = pytest.mark.django_db


def add_menu_pages(home, start, stop):
    for number in range(start, stop):
        page = home.add_child(
            instance=StandardPage(
                title=f"Rubrique {number}", slug=f"rubrique-{number}", show_in_menus=True
            )
        )
        page.save_revision().publish()


def grow_body(page, blocks):
    page.body = [
        ("paragraph", f"<p>Paragraphe {n}</p>")
        if n % 2
        else ("heading", {"text": f"T{n}", "level": "h2"})
        for n in range(blocks)
    ]
    page.save_revision().publish()


@pytest.mark.parametrize("url", ["/fr/", "/fr/a-propos/", "/fr/search/?q=formation"])
def test_query_count_does_not_grow_with_the_menu(client, url):
    home = HomePage.objects.get(locale__language_code="fr")
    add_menu_pages(home, 0, 2)
    before = queries_for(client, url)
    add_menu_pages(home, 2, 12)
    assert queries_for(client, url) == before


def test_query_count_does_not_grow_with_the_body(client):
    page = StandardPage.objects.get(slug="a-propos")
    grow_body(page, 3)
    before = queries_for(client, "/fr/a-propos/")
    grow_body(page, 30)
    assert queries_for(client, "/fr/a-propos/") == before


def test_query_count_does_not_grow_with_search_results(client):
    # A word only these pages hold: results of other page types would add one query per
    # type (Wagtail's specific()), which is bounded by the types, not by the results.
    home = HomePage.objects.get(locale__language_code="fr")
    for number in range(3):
        page = home.add_child(instance=StandardPage(title=f"Zorblax {number}", slug=f"t-{number}"))
        page.save_revision().publish()
    before = queries_for(client, "/fr/search/?q=zorblax")
    for number in range(3, 9):
        page = home.add_child(instance=StandardPage(title=f"Zorblax {number}", slug=f"t-{number}"))
        page.save_revision().publish()
    assert queries_for(client, "/fr/search/?q=zorblax") == before
