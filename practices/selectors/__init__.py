"""Read-side queries for practices: case-study facts and listing cards."""

from django.db.models import Prefetch, QuerySet

from wagtail.models import Locale

from portal.translations import translations_in
from practices.models import CaseStudyPage, CaseStudyPlace, KeyFigure


def case_studies_with_facts(queryset: QuerySet[CaseStudyPage]) -> QuerySet[CaseStudyPage]:
    """Case studies with everything their cards and fact sheets show, prefetched."""
    return queryset.select_related("locale", "lead_organisation", "programme").prefetch_related(
        "partners",
        "themes",
        "target_groups",
        Prefetch("places", queryset=CaseStudyPlace.objects.order_by("sort_order")),
        Prefetch("key_figures", queryset=KeyFigure.objects.order_by("sort_order")),
    )


def case_study_facts(*, page: CaseStudyPage, locale: Locale, with_related: bool = True) -> dict:
    """The structured facts of a case study, with taxonomy terms in ``locale``."""
    programme = page.programme
    if programme is not None:
        programme = translations_in([programme], locale=locale)[0]
    related = (
        []
        if not with_related
        else CaseStudyPage.objects.live()
        .public()
        .filter(
            translation_key__in=page.related_case_studies.values("translation_key"),
            locale=locale,
        )
        .order_by("title")
    )
    return {
        "themes": translations_in(page.themes.all(), locale=locale),
        "target_groups": translations_in(page.target_groups.all(), locale=locale),
        "programme": programme,
        "partners": list(page.partners.all()),
        "places": list(page.places.all()),
        "key_figures": list(page.key_figures.all()),
        "related": list(related),
    }


def case_study_cards(*, pages: list[CaseStudyPage], locale: Locale) -> list[dict]:
    """Listing cards for case studies fetched with ``case_studies_with_facts``."""
    themes = {
        theme.translation_key: theme
        for theme in translations_in(
            {t.pk: t for page in pages for t in page.themes.all()}.values(), locale=locale
        )
    }
    return [
        {
            "page": page,
            "places": list(page.places.all()),
            "themes": [themes[t.translation_key] for t in page.themes.all()],
        }
        for page in pages
    ]
