"""Demo reach: modest monthly views and downloads for the demo case studies.

Without them the impact page would open empty on a fresh demo. The counts are made up
but the same on every run: each month's figures come from a generator seeded with the
case study, the language and the month. Rows already there are left as they are.
"""

import random
from datetime import date

from django.utils import timezone

from practices.models import CaseStudyPage, CaseStudyReach

MONTHS = 6
SEED = "passerelles-demo-reach"
# French is the source language and the larger audience.
VIEWS = {"fr": (60, 240), "en": (15, 90)}
DOWNLOAD_SHARE = (0.04, 0.18)


def _months_before(day: date, count: int) -> list[date]:
    """The first days of the ``count`` whole months before ``day``'s month, oldest first."""
    year, month = day.year, day.month
    months = []
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        months.append(date(year, month, 1))
    return months[::-1]


def reach_seed(*, slugs: list[str], today: date | None = None) -> int:
    """Counts for the case studies whose source pages have ``slugs``, in every language.

    Return how many rows were added.
    """
    months = _months_before(today or timezone.localdate(), MONTHS)
    keys = CaseStudyPage.objects.filter(slug__in=slugs).values("translation_key")
    pages = CaseStudyPage.objects.filter(translation_key__in=keys).select_related("locale")
    rows = []
    for page in pages.order_by("translation_key", "locale__language_code"):
        code = page.locale.language_code
        low, high = VIEWS.get(code, VIEWS["en"])
        for month in months:
            rng = random.Random(f"{SEED}:{page.translation_key}:{code}:{month:%Y-%m}")  # noqa: S311
            views = rng.randint(low, high)
            rows.append(
                CaseStudyReach(
                    translation_key=page.translation_key,
                    locale=page.locale,
                    month=month,
                    views=views,
                    pdf_downloads=round(views * rng.uniform(*DOWNLOAD_SHARE)),
                )
            )
    before = CaseStudyReach.objects.count()
    CaseStudyReach.objects.bulk_create(rows, ignore_conflicts=True)
    return CaseStudyReach.objects.count() - before
