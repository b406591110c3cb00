"""How far the practice library reaches: views and downloads per case study and language."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Sum
from django.http import HttpRequest
from django.utils.translation import gettext

from wagtail.models import Locale, Page

from practices.models import CaseStudyPage, CaseStudyReach


@dataclass(frozen=True)
class ReachRow:
    """One case study in one language, with its counts over a period."""

    title: str
    url: str  # "" when the case study has no live page in this language
    language_code: str
    language_name: str
    views: int
    pdf_downloads: int


def case_study_reach(
    *, start: date, end: date, request: HttpRequest | None = None
) -> list[ReachRow]:
    """Counts summed over the months whose first day falls from ``start`` to before ``end``.

    Most read first, then by title. Three queries however many case studies there are:
    the sums, the pages (titles and addresses) and the languages. A case study deleted
    since it was read keeps its counts, under its title in another language if one is left.
    ``request``, when given, lends its site to the addresses.
    """
    if start >= end:
        return []
    sums = list(
        CaseStudyReach.objects.filter(month__gte=start, month__lt=end)
        .values("translation_key", "locale_id")
        .annotate(views=Sum("views"), pdf_downloads=Sum("pdf_downloads"))
        .order_by()
    )
    if not sums:
        return []
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    pages = {}
    any_title = {}
    keys = {row["translation_key"] for row in sums}
    # The base page table only: titles and addresses, not the case studies' bodies.
    for page in Page.objects.type(CaseStudyPage).filter(translation_key__in=keys):
        page.locale = locales[page.locale_id]
        pages[page.translation_key, page.locale_id] = page
        any_title.setdefault(page.translation_key, page.title)

    rows = []
    for row in sums:
        locale = locales[row["locale_id"]]
        page = pages.get((row["translation_key"], row["locale_id"]))
        title = (
            page.title
            if page is not None
            else any_title.get(row["translation_key"], gettext("Deleted case study"))
        )
        url = (page.get_url(request) or "") if page is not None and page.live else ""
        rows.append(
            ReachRow(
                title=title,
                url=url,
                language_code=locale.language_code,
                language_name=str(locale.get_display_name()),
                views=row["views"],
                pdf_downloads=row["pdf_downloads"],
            )
        )
    rows.sort(key=lambda r: (-r.views, r.title.casefold(), r.language_code))
    return rows
