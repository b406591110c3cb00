"""Numbered copies of the five demo case studies, in French and English, for scale tests.

Copy ``n`` of a case study keeps its facts, taxonomy and organisations (so the library's
filters and search find it) and is titled after a town: "SQHM — Bordeaux 7".
"""

import random

from django.utils.text import slugify

from wagtail.models import Locale, Page

from portal.demo.page_copies import subtrees_copy
from practices.models import CaseStudyPage, PracticeIndexPage

TOWNS = (
    "Bordeaux", "Lyon", "Lille", "Nantes", "Rennes", "Toulouse", "Marseille", "Strasbourg",
    "Montpellier", "Dijon", "Grenoble", "Limoges", "Brest", "Tours", "Metz", "Rouen",
    "Amiens", "Poitiers", "Nancy", "Caen", "Liège", "Namur", "Gent", "Porto", "Valencia",
    "Torino", "Gdańsk", "Brno", "Graz", "Tartu",
)  # fmt: skip


def town_names(*, keys: list, copy: int) -> dict:
    """A town for each source translation key in copy ``copy``, the same in every language."""
    rng = random.Random(f"towns-{copy}")  # noqa: S311 - reproducible demo data
    return {key: rng.choice(TOWNS) for key in sorted(keys, key=str)}


def renamer(towns: dict, copy: int):
    """``rename`` for ``subtrees_copy``: "Title — Town n" and "slug-town-n"."""

    def rename(page: Page) -> tuple[str, str]:
        town = towns[page.translation_key]
        return f"{page.title} — {town} {copy}", f"{page.slug}-{slugify(town)}-{copy}"

    return rename


def demo_case_studies(locale: Locale) -> list[CaseStudyPage]:
    """The demo's own case studies in ``locale``: those that are no copy."""
    from practices.demo.seed import CASE_STUDIES

    slugs = [data["slug"] for data in CASE_STUDIES]
    originals = CaseStudyPage.objects.filter(slug__in=slugs, locale__language_code="fr")
    keys = originals.values_list("translation_key", flat=True)
    return list(
        CaseStudyPage.objects.filter(translation_key__in=keys, locale=locale).order_by("path")
    )


def case_studies_copy(*, copy: int) -> dict[int, int]:
    """Copy ``copy`` of every demo case study in every language; return source id: copy id."""
    copies = {}
    for locale in Locale.objects.order_by("pk"):
        index = PracticeIndexPage.objects.filter(locale=locale).first()
        sources = demo_case_studies(locale)
        if index is None or not sources:
            continue
        towns = town_names(keys=[page.translation_key for page in sources], copy=copy)
        copies |= subtrees_copy(
            roots=sources, parent=index, copy=copy, rename=renamer(towns, copy), remap=copies
        )
    return copies
