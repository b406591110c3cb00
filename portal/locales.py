"""Keep Wagtail's locales in step with the languages the settings declare."""

from typing import Any

from django.conf import settings


def locales_sync(**kwargs: Any) -> None:
    """Create a Wagtail locale for every content language (runs after each migrate).

    Adding a language to ``WAGTAIL_CONTENT_LANGUAGES`` is then enough for editors to
    translate pages into it. Locales are never deleted here: pages may still use them.
    """
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
