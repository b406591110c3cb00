"""The accessibility statement: the sections of the RGAA model in both languages, one per
language tree, and a link with the conformance status at the foot of every page."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from portal.models import AccessibilityStatementPage, HomePage, StandardPage
from tests.conftest import queries_for
from tests.portal.test_pages import SHELL_PAGES

pytestmark = pytest.mark.django_db

URL = {"fr": "/fr/accessibilite/", "en": "/en/accessibility/"}
SECTIONS = {
    "fr": [
        "État de conformité",
        "Résultats des tests",
        "Contenus non accessibles",
        "Établissement de cette déclaration",
        "Retour d'information et contact",
        "Voies de recours",
    ],
    "en": [
        "Compliance status",
        "Test results",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact",
        "Enforcement procedure",
    ],
}
FOOTER_LINK = {
    "fr": "Accessibilité : partiellement conforme",
    "en": "Accessibility: partially compliant",
}
# Pages of every kind, in both languages, and an error page.
EVERY_KIND_OF_PAGE = [
    *SHELL_PAGES["fr"],
    *SHELL_PAGES["en"],
    "/fr/pratiques/",
    "/en/practices/shared-expertise/",
    "/fr/formations/",
    "/en/display/",
    "/fr/pas-de-page/",
]


def text(node) -> str:
    """The node's text with spaces normalised (French puts a no-break space before ':')."""
    return " ".join(node.get_text(" ").replace("\u202f", " ").replace("\xa0", " ").split())


def soup(client, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def statement(language: str) -> AccessibilityStatementPage:
    return AccessibilityStatementPage.objects.get(locale__language_code=language)


def footer_links(page: BeautifulSoup) -> list:
    return page.select("footer.site-footer a")


def test_page_tree_rules():
    assert AccessibilityStatementPage.allowed_parent_page_models() == [HomePage]
    assert AccessibilityStatementPage.allowed_subpage_models() == []
    assert AccessibilityStatementPage in HomePage.allowed_subpage_models()
    assert AccessibilityStatementPage not in StandardPage.allowed_subpage_models()


def test_the_demo_has_one_statement_per_language_linked_as_translations():
    french, english = statement("fr"), statement("en")
    assert french.live and english.live
    assert english.translation_key == french.translation_key
    assert (french.slug, english.slug) == ("accessibilite", "accessibility")
    assert english.conformance_status == french.conformance_status == "partial"


def test_only_one_statement_per_language_tree():
    french_home = HomePage.objects.get(locale__language_code="fr")
    english_home = HomePage.objects.get(locale__language_code="en")
    assert not AccessibilityStatementPage.can_create_at(french_home)
    assert not AccessibilityStatementPage.can_create_at(english_home)
    statement("en").delete()
    assert AccessibilityStatementPage.can_create_at(english_home)
    assert not AccessibilityStatementPage.can_create_at(french_home)


def test_the_admin_offers_a_new_statement_only_where_there_is_none(client):
    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    home = HomePage.objects.get(locale__language_code="en")
    add = reverse("wagtailadmin_pages:add", args=["portal", "accessibilitystatementpage", home.pk])
    refused = client.get(add)
    assert (refused.status_code, refused.get("Location")) == (302, reverse("wagtailadmin_home"))
    statement("en").delete()
    response = client.get(add)
    assert response.status_code == 200
    assert 'name="recourse"' in response.content.decode()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_statement_has_the_sections_of_the_rgaa_model(client, language):
    page = soup(client, URL[language])
    main = page.find("main")
    assert page.html["lang"] == language
    assert [text(h) for h in main.find_all("h1")] == [statement(language).title]
    assert [text(h) for h in main.find_all("h2")] == SECTIONS[language]


@pytest.mark.parametrize(
    ("language", "status", "limitation_headings"),
    [
        (
            "fr",
            "Passerelles est partiellement conforme avec le référentiel général "
            "d'amélioration de l'accessibilité (RGAA), version 4.1.2",
            ["Non-conformités", "Contenus non soumis à l'obligation d'accessibilité"],
        ),
        (
            "en",
            "Passerelles is partially compliant with the French accessibility standard RGAA",
            ["Non-compliant content", "Content outside the scope of the law"],
        ),
    ],
)
def test_the_statement_gives_the_status_and_the_known_limitations(
    client, language, status, limitation_headings
):
    main = soup(client, URL[language]).find("main")
    assert status in text(main.select_one(".statement__status"))
    assert [text(h) for h in main.select("#statement-limitations ~ h3")] == limitation_headings
    items = [text(item) for item in main.select(".statement__limitations > li")]
    assert len(items) == 3
    assert any("H5P" in item for item in items)
    assert any("PDF/UA" in item for item in items)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_statement_says_how_to_complain(client, language):
    main = soup(client, URL[language]).find("main")
    contact = main.find(id="statement-contact").parent
    assert contact.select_one('a[href="mailto:accessibilite@example.org"]')
    recourse = main.find(id="statement-recourse").parent
    assert recourse.select_one('a[href="https://formulaire.defenseurdesdroits.fr/"]')
    assert recourse.select_one('a[href^="tel:"]')
    assert "Défenseur des droits – Libre réponse 71120 – 75342 Paris CEDEX 07" in text(recourse)


def test_an_external_audit_is_shown_with_its_results(client):
    AccessibilityStatementPage.objects.filter(locale__language_code="en").update(
        auditor="Audit Lab", audit_date=date(2027, 3, 1), compliance_rate=87
    )
    results = soup(client, URL["en"]).find(id="statement-results").parent
    assert "Audit by Audit Lab" in text(results)
    assert "Self-assessment" not in text(results)
    assert "2027" in text(results)
    assert "87% of the criteria" in text(results)


@pytest.mark.parametrize("url", EVERY_KIND_OF_PAGE)
def test_every_page_links_to_the_statement_with_its_status(client, url):
    language = url.split("/")[1]
    status = 404 if "pas-de-page" in url else 200
    links = [a for a in footer_links(soup(client, url, status)) if a["href"] == URL[language]]
    assert [text(a) for a in links] == [FOOTER_LINK[language]]


def test_the_footer_follows_the_status_of_the_statement(client):
    AccessibilityStatementPage.objects.update(conformance_status="full")
    links = footer_links(soup(client, "/en/about/"))
    assert "Accessibility: fully compliant" in [text(a) for a in links]


def test_no_footer_link_without_a_published_statement(client):
    statement("en").unpublish()
    links = footer_links(soup(client, "/en/about/"))
    assert all("accessibility" not in a["href"] for a in links)
    assert soup(client, "/fr/a-propos/").find("a", href=URL["fr"])


def test_fully_compliant_needs_every_criterion_met():
    page = statement("fr")
    page.conformance_status = AccessibilityStatementPage.ConformanceStatus.FULL
    with pytest.raises(ValidationError) as error:
        page.clean()  # the demo statement lists non-compliant content
    assert "conformance_status" in error.value.message_dict
    page.limitations = [
        (block.block_type, block.value)
        for block in page.limitations
        if block.block_type != "non_compliance"
    ]
    page.compliance_rate = 96
    with pytest.raises(ValidationError):
        page.clean()
    page.compliance_rate = 100
    page.clean()


def test_the_update_cannot_come_before_the_statement():
    page = statement("en")
    page.updated_on = date(2026, 1, 1)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "updated_on" in error.value.message_dict


def test_query_count_does_not_grow_with_the_limitations(client):
    page = statement("fr")
    listed = [{"type": b["type"], "value": b["value"]} for b in page.limitations.raw_data]
    before = queries_for(client, URL["fr"])
    page.limitations = [*listed, *listed, *listed, *listed]
    page.save_revision().publish()
    assert queries_for(client, URL["fr"]) == before
