"""Marking up text in another language than the page's (WCAG 3.1.2, language of parts).

Titles, terms and certificates fall back to the language they were written in when they
have no translation yet; a quotation may be in any language. Screen readers then need a
``lang`` attribute to read them with the right voice and pronunciation.
"""

from django import template
from django.http import HttpRequest
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from wagtail.models import Locale

register = template.Library()


def _language_codes(request: HttpRequest | None) -> dict[int, str]:
    """The language code of each locale, by id: one query, then kept on the request."""
    codes = getattr(request, "_portal_language_codes", None)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        if request is not None:
            request._portal_language_codes = codes
    return codes


def _page_language(context) -> str:
    """The language <html lang> declares: the page's locale, else the active language."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is not None:
        return _language_codes(context.get("request")).get(locale_id, "")
    return get_language() or ""


@register.simple_tag(takes_context=True)
def other_lang(context, subject, link: bool = False) -> str:
    """` lang="…"` when ``subject`` is in another language than the page, else nothing.

    ``subject`` is a language code, or an object of a locale (a page, a snippet). On a link
    to it, ``link=True`` adds ``hreflang``: the page it opens is in that language too.
    """
    if isinstance(subject, str):
        code = subject
    else:
        locale_id = getattr(subject, "locale_id", None)
        if locale_id is None:
            return ""
        page = context.get("page")
        if getattr(page, "locale_id", None) == locale_id:
            return ""  # the common case, known without a query
        code = _language_codes(context.get("request")).get(locale_id, "")
    if not code or code.lower() == _page_language(context).lower():
        return ""
    if link:
        return format_html(' lang="{}" hreflang="{}"', code, code)
    return format_html(' lang="{}"', code)


@register.simple_tag(takes_context=True)
def in_language(context, text, subject) -> str:
    """``text``, in a <span lang> when ``subject``'s language is not the page's: for a
    passage inside a sentence of the page's own language."""
    attribute = other_lang(context, subject)
    if not attribute:
        return conditional_escape(text)
    return format_html("<span{}>{}</span>", attribute, text)
