"""Load the demo site: pages in every language, footer, and one account per role.

Safe to run again: whatever already exists is left exactly as it is.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale, Page, Site

from allauth.account.models import EmailAddress

from portal import roles
from portal.demo import content
from portal.models import FooterText, HomePage, StandardPage

DEMO_PASSWORD = "passerelles-demo"  # noqa: S105 - demo accounts only, refused in production


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    role: str | None
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin@example.org", "Alex", None, superuser=True),
    DemoAccount("trainer@example.org", "Camille", roles.TRAINERS),
    DemoAccount("tutor@example.org", "Sami", roles.TUTORS),
    DemoAccount("editor@example.org", "Inès", roles.EDITORS),
    DemoAccount("moderator@example.org", "Jules", roles.MODERATORS),
    DemoAccount("ministry@example.org", "Nora", roles.MINISTRY_READERS),
)


def _stream(blocks: list[tuple[str, object]]) -> list[dict]:
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _home_get_or_create() -> HomePage:
    """The French home page, made the default site's root in place of Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific

    fr = Locale.objects.get(language_code="fr")
    root = Page.get_first_root_node()
    text = content.HOME["fr"]
    home = HomePage(
        title=text["title"],
        slug="accueil",
        seo_title=text["seo_title"],
        intro=text["intro"],
        body=_stream(text["body"]),
        locale=fr,
    )
    root.add_child(instance=home)
    _publish(home)

    if site is None:
        site = Site(is_default_site=True)
    # Full URLs (sitemap, API) point at where the demo is served.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    old_root = site.root_page if site.pk else None
    site.root_page = home
    site.site_name = "Passerelles"
    site.save()
    if old_root is not None and not isinstance(old_root.specific, HomePage):
        old_root.delete()
    return home


def _translation_get_or_create(page: Page, code: str, text: dict, slug: str | None = None):
    """The page's translation into ``code``, created with ``text`` when missing."""
    locale = Locale.objects.get(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    translation.title = text["title"]
    translation.seo_title = text.get("seo_title", "")
    translation.intro = text["intro"]
    translation.body = _stream(text["body"])
    if slug:
        translation.slug = slug
    translation.save()
    _publish(translation)
    return translation


def _pages_seed(home: HomePage) -> None:
    _translation_get_or_create(home, "en", content.HOME["en"])
    for entry in content.STANDARD_PAGES:
        page = home.get_children().filter(slug=entry["slug"]).first()
        if page is None:
            text = entry["fr"]
            page = StandardPage(
                title=text["title"],
                slug=entry["slug"],
                intro=text["intro"],
                body=_stream(text["body"]),
                show_in_menus=True,
            )
            home.add_child(instance=page)
            _publish(page)
        _translation_get_or_create(page, "en", entry["en"], slug=entry["slug_en"])


def _footer_seed() -> None:
    for code, body in content.FOOTER.items():
        locale = Locale.objects.get(language_code=code)
        if not FooterText.objects.filter(locale=locale).exists():
            footer = FooterText.objects.create(body=body, locale=locale, live=True)
            footer.save_revision().publish()


def _accounts_seed() -> list[DemoAccount]:
    user_model = get_user_model()
    for account in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            email=account.email,
            defaults={
                "username": account.email.split("@")[0],
                "first_name": account.first_name,
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            EmailAddress.objects.create(
                user=user, email=account.email, verified=True, primary=True
            )
            if account.role:
                user.groups.add(Group.objects.get(name=account.role))
    return list(DEMO_ACCOUNTS)


@transaction.atomic
def demo_seed() -> list[DemoAccount]:
    """Create whatever part of the demo site is missing; return the demo accounts."""
    # Locales normally come from post_migrate; make sure before pages need them.
    from portal.locales import locales_sync

    locales_sync()
    home = _home_get_or_create()
    _pages_seed(home)
    _footer_seed()
    return _accounts_seed()
