"""The site's skeleton: a home page in every language, and the default Site pointing at it.

Needed by every installation, demo or not (``manage.py setup_site``); safe to rerun.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from portal.locales import locales_sync
from portal.models import HomePage

# The home page text of each language; editors change it in the admin afterwards.
HOME = {
    "fr": {
        "title": "Passerelles",
        "seo_title": "Passerelles : former celles et ceux qui forment",
        "intro": (
            "Passerelles aide les formateurs, les tuteurs de proximité et les éducateurs "
            "spécialisés à faire entrer dans l'emploi des personnes qui en sont éloignées."
        ),
        "body": [
            ("heading", {"text": "Des pratiques qui ont fait leurs preuves", "level": "h2"}),
            (
                "paragraph",
                "<p>La bibliothèque des bonnes pratiques décrit des projets européens "
                "de formation professionnelle inclusive : formation ouverte et à distance "
                "en alternance pour des personnes handicapées, prévention des ruptures de "
                "parcours, mobilité d'éducateurs spécialisés, passerelles entre milieu "
                "protégé et entreprise, accès à la formation pour les personnes peu "
                "scolarisées. Chaque fiche donne les acteurs, la méthode et les résultats "
                "chiffrés, pour s'en inspirer ou la citer.</p>",
            ),
            ("heading", {"text": "Des modules pour se former à son rythme", "level": "h2"}),
            (
                "paragraph",
                "<p>Les parcours de formation portent sur le tutorat à distance, "
                "l'accueil des personnes en situation de handicap et l'entreprise sociale. "
                "Les activités interactives enregistrent votre progression ; votre tuteur "
                "peut la suivre, et une attestation vérifiable est délivrée à la fin.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Former un formateur, c'est ouvrir une porte à toutes les personnes "
                        "qu'il accompagnera ensuite."
                    ),
                    "attribution": "L'équipe Passerelles",
                },
            ),
        ],
    },
    "en": {
        "title": "Passerelles",
        "seo_title": "Passerelles: training the people who train others",
        "intro": (
            "Passerelles helps vocational trainers, local tutors and social-work educators "
            "bring people who are far from work into employment."
        ),
        "body": [
            ("heading", {"text": "Practices that have proved themselves", "level": "h2"}),
            (
                "paragraph",
                "<p>The good-practice library describes European projects in inclusive "
                "vocational training: open and distance learning combined with work-based "
                "training for disabled people, preventing trainees from dropping out, "
                "mobility for social-work educators, bridges between sheltered work and "
                "ordinary companies, and access to training for adults with little "
                "schooling. Each case study names the partners, the method and the "
                "measured results, so that you can adapt it or cite it.</p>",
            ),
            ("heading", {"text": "Modules to learn at your own pace", "level": "h2"}),
            (
                "paragraph",
                "<p>The courses cover distance tutoring, welcoming disabled learners and "
                "social enterprise. Interactive activities record your progress; your "
                "tutor can follow it, and a certificate that anyone can verify is issued "
                "when you finish.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Training one trainer opens a door for every person they will "
                        "go on to support."
                    ),
                    "attribution": "The Passerelles team",
                },
            ),
        ],
    },
}


def stream(blocks: list[tuple[str, object]]) -> list[dict]:
    """StreamField data from (block type, value) pairs."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def translation_get_or_create(page: Page, code: str, text: dict, slug: str | None = None):
    """The page's translation into ``code``, created with ``text`` when missing."""
    locale = Locale.objects.get(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    translation.title = text["title"]
    translation.seo_title = text.get("seo_title", "")
    translation.intro = text["intro"]
    translation.body = stream(text["body"])
    if slug:
        translation.slug = slug
    translation.save()
    translation.save_revision().publish()
    return translation


def _default_site_point_at(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        site = Site(is_default_site=True, root_page=home)
    old_root = site.root_page if site.root_page_id != home.pk else None
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.root_page = home
    site.site_name = "Passerelles"
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.save()
    # Wagtail's installation leaves a welcome page; it has no place in the portal.
    if old_root is not None and not isinstance(old_root.specific, HomePage):
        old_root.delete()


@transaction.atomic
def site_setup() -> HomePage:
    """Create whatever is missing of the home pages and the default Site; return the home."""
    locales_sync()
    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        text = HOME[settings.LANGUAGE_CODE]
        home = HomePage(
            title=text["title"],
            slug="accueil",
            seo_title=text["seo_title"],
            intro=text["intro"],
            body=stream(text["body"]),
            locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        )
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    _default_site_point_at(home)
    for code, text in HOME.items():
        if code != settings.LANGUAGE_CODE:
            translation_get_or_create(home, code, text, slug=f"accueil-{code}")
    return home
