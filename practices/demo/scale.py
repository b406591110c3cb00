"""Numbered copies of the five demo case studies, in French and English, for scale tests.

Copy ``n`` of a case study keeps its facts, taxonomy and organisations (so the library's
filters and search find it) and is titled after a town: "SQHM — Bordeaux 7".
"""

from wagtail.models import Locale

from portal.demo.page_copies import copies_in_every_locale, demo_originals
from practices.models import CaseStudyPage, PracticeIndexPage


def demo_case_studies(locale: Locale) -> list[CaseStudyPage]:
    """The demo's own case studies in ``locale``: those that are no copy."""
    from practices.demo.seed import CASE_STUDIES

    slugs = [data["slug"] for data in CASE_STUDIES]
    return demo_originals(CaseStudyPage, slugs=slugs, locale=locale)


def case_studies_copy(*, copy: int) -> dict[int, int]:
    """Copy ``copy`` of every demo case study in every language; return source id: copy id."""
    return copies_in_every_locale(
        index_model=PracticeIndexPage, sources_for=demo_case_studies, copy=copy
    )
