"""Display preferences: text size, line spacing and contrast, chosen by the reader.

They are kept in a cookie for everyone, and on the account of a signed-in reader so that
they follow them to any browser. The server applies them as classes on <html>, so they
work without JavaScript.
"""

from django.http import HttpRequest

COOKIE = "display"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
DEFAULT = "normal"
# Each setting and its values; the first is the default.
SETTINGS = {
    "text": ("normal", "large", "larger"),
    "spacing": ("normal", "wide"),
    "contrast": ("normal", "high"),
}


def preferences_clean(values) -> dict[str, str]:
    """Known settings with known values only; anything else is left at the default."""
    values = values if isinstance(values, dict) else {}
    return {
        name: values.get(name) if values.get(name) in choices else DEFAULT
        for name, choices in SETTINGS.items()
    }


def cookie_value(preferences: dict[str, str]) -> str:
    return ".".join(f"{name}-{value}" for name, value in preferences.items())


def cookie_parse(text: str) -> dict[str, str]:
    pairs = (part.partition("-") for part in text.split(".")[: len(SETTINGS)])
    return preferences_clean({name: value for name, _sep, value in pairs})


def display_preferences(request: HttpRequest) -> dict[str, str]:
    """The account's preferences when signed in and set, otherwise the browser's."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.display_preferences:
        return preferences_clean(user.display_preferences)
    return cookie_parse(request.COOKIES.get(COOKIE, ""))


def display_classes(preferences: dict[str, str]) -> str:
    return " ".join(
        f"display-{name}-{value}" for name, value in preferences.items() if value != DEFAULT
    )


def context(request: HttpRequest) -> dict:
    return {"display_classes": display_classes(display_preferences(request))}
