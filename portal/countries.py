"""Country codes (ISO 3166-1 alpha-2) with names in the reader's language, from Babel's data."""

from django.utils.functional import lazy
from django.utils.translation import get_language, to_locale

from babel import Locale, UnknownLocaleError

# Countries a European good practice is likely to involve; extend as projects need.
COUNTRY_CODES = (
    "AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
    "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MD", "ME", "MK",
    "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "TR", "UA",
)  # fmt: skip


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in ``language`` (default: the active language)."""
    try:
        locale = Locale.parse(to_locale(language or get_language() or "en"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    return locale.territories.get(code, code)


country_name_lazy = lazy(country_name, str)

COUNTRY_CHOICES = [(code, country_name_lazy(code)) for code in COUNTRY_CODES]
