"""Load the demo site: pages in every language, footer, and one account per role.

Safe to run again: whatever already exists is left exactly as it is.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale

from allauth.account.models import EmailAddress

from portal import roles
from portal.demo import accessibility, content
from portal.models import AccessibilityStatementPage, FooterText, HomePage, StandardPage
from portal.site import site_setup, stream, translation_get_or_create

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
    # Trainees of the demo cohort that tutor@ follows (courses.demo.learners).
    DemoAccount("lea@example.org", "Léa", roles.TRAINERS),
    DemoAccount("marc@example.org", "Marc", roles.TRAINERS),
    DemoAccount("yanis@example.org", "Yanis", roles.TRAINERS),
)


def _pages_seed(home: HomePage) -> None:
    for entry in content.STANDARD_PAGES:
        page = home.get_children().filter(slug=entry["slug"]).first()
        if page is None:
            text = entry["fr"]
            page = StandardPage(
                title=text["title"],
                slug=entry["slug"],
                intro=text["intro"],
                body=stream(text["body"]),
                show_in_menus=True,
            )
            home.add_child(instance=page)
            page.save_revision().publish()
        translation_get_or_create(page, "en", entry["en"], slug=entry["slug_en"])


def _statement_fields(text: dict) -> dict:
    """The statement's translatable fields from its demo text, as the model takes them."""
    fields = {name: value for name, value in text.items() if name not in {"body", "limitations"}}
    fields["body"] = stream(text["body"])
    fields["limitations"] = stream(text["limitations"])
    return fields


def _accessibility_statement_seed(home: HomePage) -> None:
    """The statement in French, and its English translation.

    An older demo database may hold a standard page at the same address; it is left alone.
    """
    page = home.get_children().filter(slug=accessibility.SLUG["fr"]).specific().first()
    if page is None:
        page = AccessibilityStatementPage(
            slug=accessibility.SLUG["fr"],
            **accessibility.FACTS,
            **_statement_fields(accessibility.TEXT["fr"]),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    if not isinstance(page, AccessibilityStatementPage):
        return
    locale = Locale.objects.get(language_code="en")
    if page.get_translation_or_none(locale) is None:
        translation = page.copy_for_translation(locale)
        for name, value in _statement_fields(accessibility.TEXT["en"]).items():
            setattr(translation, name, value)
        translation.slug = accessibility.SLUG["en"]
        translation.save()
        translation.save_revision().publish()


def _footer_seed() -> None:
    """The French footer, and the other languages' footers as its translations."""
    source_locale = Locale.objects.get(language_code="fr")
    source = FooterText.objects.filter(locale=source_locale).first()
    if source is None:
        source = FooterText.objects.create(body=content.FOOTER["fr"], locale=source_locale)
        source.save_revision().publish()
    for code, body in content.FOOTER.items():
        locale = Locale.objects.get(language_code=code)
        if source.get_translation_or_none(locale) is None:
            footer = source.copy_for_translation(locale)
            footer.body = body
            footer.save()
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


def demo_seed() -> list[DemoAccount]:
    """Create whatever part of the demo site is missing; return the demo accounts.

    Not one transaction: translations are published as each step commits (see
    ``portal.demo.translation.translate``); every step is safe to run again after a failure.
    """
    from courses.demo.learners import learners_seed
    from courses.demo.seed import courses_seed
    from practices.demo.seed import practices_seed

    home = site_setup()
    _pages_seed(home)
    _accessibility_statement_seed(home)
    practices_seed(home)
    courses_seed(home)
    _footer_seed()
    accounts = _accounts_seed()
    learners_seed()
    return accounts
