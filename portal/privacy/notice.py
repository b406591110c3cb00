"""The facts the privacy page states, read from the settings so that it never drifts."""

from django.conf import settings
from django.utils.translation import ngettext

from portal import display, easy_read

DAY = 24 * 60 * 60


def duration_text(seconds: int) -> str:
    """A duration in the largest whole unit that fits: "2 weeks", "30 minutes"."""
    days, rest = divmod(seconds, DAY)
    if days and not rest:
        if days % 365 == 0:
            return ngettext("%(count)d year", "%(count)d years", days // 365) % {
                "count": days // 365
            }
        if days % 7 == 0:
            return ngettext("%(count)d week", "%(count)d weeks", days // 7) % {"count": days // 7}
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, seconds // 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


def privacy_facts() -> dict[str, str]:
    """Who runs the portal, how to reach them, and how long each kind of data lasts."""
    staff_idle = getattr(settings, "STAFF_SESSION_IDLE_SECONDS", 0)
    return {
        "operator": settings.CREDENTIALS_ISSUER["name"],
        "contact_email": settings.PRIVACY_CONTACT_EMAIL,
        "session_age": duration_text(settings.SESSION_COOKIE_AGE),
        "staff_idle": duration_text(staff_idle) if staff_idle else "",
        "display_cookie_age": duration_text(display.COOKIE_MAX_AGE),
        "easy_read_cookie_age": duration_text(easy_read.COOKIE_MAX_AGE),
    }
