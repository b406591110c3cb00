from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from portal.models import AccessibilityStatementPage, FooterText

register = template.Library()


def _site_root_translations(request) -> dict[str, Page]:
    """The home page of each language, keyed by language code (cached on the request)."""
    cached = getattr(request, "_portal_homes", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = {}
        if site is not None:
            homes = site.root_page.get_translations(inclusive=True).live()
            cached = {home.locale.language_code: home for home in homes.select_related("locale")}
        request._portal_homes = cached
    return cached


@register.simple_tag(takes_context=True)
def localized_home(context) -> Page | None:
    """The home page in the active language, or the site's root when it has no translation."""
    request = context["request"]
    homes = _site_root_translations(request)
    return homes.get(get_language()) or next(iter(homes.values()), None)


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """Links to the same page in every other language.

    A Wagtail page links to its translation, or to that language's home page when it has
    none yet; any other view swaps the language prefix of its URL.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations: dict[str, Page] = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations().live().select_related("locale")
        }
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        if isinstance(page, Page):
            target = translations.get(code) or _site_root_translations(request).get(code)
            if target is None:
                continue
            url = target.get_url(request)
            exact = code in translations
        else:
            url = translate_url(request.get_full_path(), code)
            exact = True
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "exact": exact,
            }
        )
    return links


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    """The live pages marked 'show in menus' directly under the active language's home."""
    home = localized_home(context)
    items = home.get_children().live().in_menu() if home else Page.objects.none()
    return {"items": items, "request": context["request"], "current": context.get("page")}


@register.inclusion_tag("includes/footer_text.html", takes_context=True)
def footer_text(context) -> dict:
    """The published footer text of the active language."""
    footer = FooterText.objects.filter(locale=Locale.get_active(), live=True).first()
    return {"footer": footer}


@register.simple_tag(takes_context=True)
def accessibility_statement(context) -> AccessibilityStatementPage | None:
    """The live accessibility statement of the active language, for the footer link."""
    home = localized_home(context)
    if home is None:
        return None
    return AccessibilityStatementPage.objects.child_of(home).live().first()
