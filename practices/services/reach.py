"""Counting a case study's readers: views and PDF downloads, by language and month.

Counted: a GET answered 200, for the published page or its PDF, whether it is rendered
or served from the page cache. Not counted: HEAD and other methods, errors, not-found
and redirects, the admin's previews, staff who can reach the admin, and robots (no
User-Agent, or one naming itself a bot, crawler, spider or link preview). Nothing is
kept about the reader and no cookie is set: each request adds one to a monthly count.

A count is never worth a failed page: a database error while counting is logged and the
page is answered all the same.
"""

import logging
import time
from datetime import date
from uuid import UUID

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from portal.accounts import user_is_staff
from portal.cache import hit_hook_ask
from portal.queries import connection_lost
from practices.models import CaseStudyPage, CaseStudyReach

logger = logging.getLogger(__name__)

# A User-Agent holding one of these is a program, not a reader (lower case).
ROBOT_MARKERS = ("bot", "crawler", "spider", "preview")
# The page cache's hook that counts a stored case study or PDF on each hit.
HIT_HOOK = "case_study_reach"
COUNTERS = frozenset({"views", "pdf_downloads"})
# Once the database is out of reach, this process stops counting for a while: pages
# served from the cache during an outage then don't each wait for a connection to fail.
OUTAGE_PAUSE_SECONDS = 30.0
_paused_until = 0.0


def month_start(day: date) -> date:
    return day.replace(day=1)


def reach_countable(*, request: HttpRequest, response: HttpResponse) -> bool:
    """Whether this answer is a page read by a person, as the module docstring defines."""
    if request.method != "GET" or response.status_code != 200:
        return False
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    agent = request.headers.get("User-Agent", "").lower()
    if not agent.strip() or any(marker in agent for marker in ROBOT_MARKERS):
        return False
    # Absent on a page-cache hit, which only visitors without a session get.
    user = getattr(request, "user", None)
    return user is None or not user_is_staff(user)


def _reach_upsert(*, translation_key: UUID, locale_id: int, month: date, counts: dict) -> None:
    """Add ``counts`` to the month's row, creating it the first time: one query usually."""
    rows = CaseStudyReach.objects.filter(
        translation_key=translation_key, locale_id=locale_id, month=month
    )
    increments = {field: F(field) + number for field, number in counts.items()}
    if rows.update(**increments):
        return
    try:
        with transaction.atomic():
            CaseStudyReach.objects.create(
                translation_key=translation_key, locale_id=locale_id, month=month, **counts
            )
    except IntegrityError:  # created by another request at the same moment
        rows.update(**increments)


def reach_add(
    *,
    translation_key: UUID | str,
    locale_id: int,
    views: int = 0,
    pdf_downloads: int = 0,
    month: date | None = None,
) -> bool:
    """Add to a case study's counts for this month; False when they could not be stored.

    A database error is logged and swallowed. Inside a transaction a savepoint keeps the
    failed statement from spoiling it; outside one (autocommit, as pages are served) a
    failed statement spoils nothing, and a transaction would only add round trips.
    """
    global _paused_until  # noqa: PLW0603 - one flag per process, set only on an outage
    counts = {
        field: number
        for field, number in (("views", views), ("pdf_downloads", pdf_downloads))
        if number
    }
    if not counts or time.monotonic() < _paused_until:
        return False
    arguments = {
        "translation_key": translation_key,
        "locale_id": locale_id,
        "month": month_start(month or timezone.localdate()),
        "counts": counts,
    }
    try:
        if connection.in_atomic_block:
            with transaction.atomic():
                _reach_upsert(**arguments)
        else:
            _reach_upsert(**arguments)
    except DatabaseError:
        if connection_lost():
            _paused_until = time.monotonic() + OUTAGE_PAUSE_SECONDS
        logger.warning("Case study reach not counted", exc_info=True)
        return False
    return True


def case_study_view_count(*, page: CaseStudyPage) -> bool:
    """Count one view of the case study in its language, this month."""
    return reach_add(translation_key=page.translation_key, locale_id=page.locale_id, views=1)


def case_study_pdf_download_count(*, page: CaseStudyPage) -> bool:
    """Count one download of the case study's PDF in its language, this month."""
    return reach_add(
        translation_key=page.translation_key, locale_id=page.locale_id, pdf_downloads=1
    )


def case_study_reach_follow(*, response: HttpResponse, page: CaseStudyPage, counter: str) -> None:
    """Have the page cache count ``counter`` on each hit of this response once stored."""
    hit_hook_ask(
        response,
        HIT_HOOK,
        translation_key=str(page.translation_key),
        locale_id=page.locale_id,
        counter=counter,
    )


def case_study_reach_cache_hit(
    request: HttpRequest,
    response: HttpResponse,
    *,
    translation_key: str,
    locale_id: int,
    counter: str,
) -> None:
    """The page cache's hook: count a stored case study or PDF served to a reader."""
    if counter in COUNTERS and reach_countable(request=request, response=response):
        reach_add(translation_key=translation_key, locale_id=locale_id, **{counter: 1})
