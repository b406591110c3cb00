"""Every page type of the site, for visitors, learners and tutors, in French and English.

One list, walked by the accessibility scan, the reflow test and `make screenshots`. Each
address is looked up in the page tree (or with ``reverse``) in the language asked for, so
the translated slugs are always the right ones; a page type whose state comes from a form
(a quiz result, a log-in error, a verified upload) opens its page and then sends the form.

The walk of a role runs in one browser context signed in once as that role's account, in
the order of its list: later page types rely on earlier ones (the recovery codes are shown
once the authenticator app is activated).
"""

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from playwright.sync_api import Page, expect

from courses.credentials.documents import certificate_file
from courses.demo.learners import COHORT_NAME, COURSE_SLUGS, FINISHED_COURSE_SLUG
from courses.models import Certificate, Cohort, CourseIndexPage, CoursePage, LessonPage
from courses.services.certificates import certificate_issue, certificate_revoke
from portal.demo.seed import DEMO_PASSWORD
from portal.models import AccessibilityStatementPage, HomePage, StandardPage, User
from practices.models import CaseStudyPage, PracticeIndexPage

LANGUAGES = ("fr", "en")
VISITOR, LEARNER, TUTOR, READER = "visitor", "learner", "tutor", "reader"
ACCOUNTS = {
    LEARNER: "trainer@example.org",
    TUTOR: "tutor@example.org",
    READER: "ministry@example.org",
}
UNKNOWN_CERTIFICATE = "00000000-0000-0000-0000-000000000000"
SEARCH_WORDS = {"fr": "formation", "en": "training"}
H5P_FRAMES = "iframe.h5p-activity__frame"


@dataclass(frozen=True)
class PageType:
    """One kind of page, or one state of a page, as a role sees it."""

    name: str
    path: Callable[[str], str]  # the address in a language
    status: int = 200
    # Brings the opened page into the state to check (sends its form); returns the
    # status of the page it leads to.
    then: Callable[[Page], int] | None = None
    # Called with the browser page and the server's address before the page is opened.
    before: Callable[[Page, str], None] | None = None
    # Iframes whose documents are part of the page (H5P activities).
    frames: str = ""
    # Whether the address leads elsewhere (a link from an e-mail to the form it opens).
    redirects: bool = False


# Looking pages up -------------------------------------------------------------------


def _locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def _url(page) -> str:
    return page.get_url()


def _in(model, language: str, **filters):
    pages = model.objects.live().filter(locale=_locale(language), **filters)
    return pages.order_by("path").first()


def url_name(name: str, *args, query: str = "") -> Callable[[str], str]:
    """The address of a Django view, in the language asked for."""

    def path(language: str) -> str:
        with translation.override(language):
            return reverse(name, args=args) + query

    return path


def url_key(name: str, **kwargs) -> Callable[[str], str]:
    def path(language: str) -> str:
        with translation.override(language):
            return reverse(name, kwargs=kwargs)

    return path


def _translation_of(model, slug: str, language: str):
    source = model.objects.get(slug=slug, locale__language_code="fr")
    return source.get_translation(_locale(language))


def home(language: str) -> str:
    return _url(_in(HomePage, language))


def standard_page(language: str) -> str:
    return _url(_in(StandardPage, language, depth=3))


def accessibility_statement(language: str) -> str:
    return _url(_in(AccessibilityStatementPage, language))


def _case_studies(language: str) -> list:
    return list(CaseStudyPage.objects.live().filter(locale=_locale(language)).order_by("path")[:2])


def practice_index(language: str) -> str:
    return _url(_in(PracticeIndexPage, language))


def practice_index_filtered(language: str) -> str:
    theme = _case_studies(language)[0].themes.first()
    return _url(_in(PracticeIndexPage, language)) + f"?theme={theme.slug}&sort=title"


def practice_index_bad_filter(language: str) -> str:
    return _url(_in(PracticeIndexPage, language)) + "?year_from=abc"


def case_study(language: str) -> str:
    return _url(_case_studies(language)[0])


def easy_read_case_study(language: str) -> str:
    pages = (
        CaseStudyPage.objects.live().filter(locale=_locale(language)).exclude(easy_read_summary="")
    )
    return _url(pages.order_by("path").first()) + "?version=easy-read"


def comparison(language: str) -> str:
    first, second = _case_studies(language)
    return url_name("case_studies_compare", query=f"?cs={first.pk}&cs={second.pk}")(language)


def comparison_of_one(language: str) -> str:
    first = _case_studies(language)[0]
    return url_name("case_studies_compare", query=f"?cs={first.pk}")(language)


def course_index(language: str) -> str:
    return _url(_in(CourseIndexPage, language))


def _course(language: str, slug: str = COURSE_SLUGS[0]):
    """A demo course; by default the demo cohort's first, which the demo trainer follows."""
    return _translation_of(CoursePage, slug, language)


def course(language: str) -> str:
    return _url(_course(language))


def other_course(language: str) -> str:
    """A course the demo trainer has not enrolled in."""
    taken = {*COURSE_SLUGS, FINISHED_COURSE_SLUG}
    source = (
        CoursePage.objects.live()
        .filter(locale__language_code="fr")
        .exclude(slug__in=taken)
        .order_by("path")
        .first()
    )
    return _url(source.get_translation(_locale(language)))


def module(language: str) -> str:
    return _url(_course(language).get_children().live().first())


def _lessons(language: str, slug: str) -> list[LessonPage]:
    first_module = _course(language, slug).get_children().live().first()
    return list(LessonPage.objects.live().child_of(first_module).order_by("path"))


# The cohort's course is followed in order, and opens on its H5P lesson; the course the
# demo trainer has finished has every lesson open, and a quiz she passed.
def h5p_lesson(language: str) -> str:
    return _url(next(p for p in _lessons(language, COURSE_SLUGS[0]) if p.h5p_blocks))


def text_lesson(language: str) -> str:
    lessons = _lessons(language, FINISHED_COURSE_SLUG)
    return _url(next(p for p in lessons if not p.quiz and not p.h5p_blocks))


def easy_read_lesson(language: str) -> str:
    course = _course(language, FINISHED_COURSE_SLUG)
    lessons = LessonPage.objects.live().descendant_of(course).exclude(easy_read_body="")
    return _url(lessons.order_by("path").first()) + "?version=easy-read"


def quiz_lesson(language: str) -> str:
    return _url(next(p for p in _lessons(language, FINISHED_COURSE_SLUG) if p.quiz))


def search(language: str) -> str:
    return url_name("search", query=f"?q={SEARCH_WORDS[language]}")(language)


def cohort(language: str) -> str:
    return url_name("cohort_detail", Cohort.objects.get(name=COHORT_NAME).pk)(language)


def cohort_edit(language: str) -> str:
    return url_name("cohort_update", Cohort.objects.get(name=COHORT_NAME).pk)(language)


def _trainer_certificate() -> Certificate:
    return Certificate.objects.valid().get(learner__email=ACCOUNTS[LEARNER])


def certificate(language: str) -> str:
    return url_name("certificate_verify", str(_trainer_certificate().pk))(language)


def revoked_certificate(language: str) -> str:
    """Léa's certificate for a course, issued and revoked for the occasion."""
    learner = User.objects.get(email="lea@example.org")
    revoked = Certificate.objects.filter(learner=learner, revoked_at__isnull=False).first()
    if revoked is None:
        revoked, _ = certificate_issue(learner=learner, course=_course("fr", COURSE_SLUGS[1]))
        certificate_revoke(certificate=revoked, reason="Issued by mistake.")
    return url_name("certificate_verify", str(revoked.pk))(language)


def password_reset_key(language: str) -> str:
    """The link of a password reset e-mail, for an account nobody is signed in to."""
    user = User.objects.get(email="marc@example.org")
    key = default_token_generator.make_token(user)
    return url_key("account_reset_password_from_key", uidb36=user_pk_to_url_str(user), key=key)(
        language
    )


def password_reset_bad_key(language: str) -> str:
    return url_key("account_reset_password_from_key", uidb36="1", key="not-a-token")(language)


def email_confirmation(language: str) -> str:
    """The link of a confirmation e-mail, for an address added but not yet confirmed."""
    user = User.objects.get(email="marc@example.org")
    address, _ = EmailAddress.objects.get_or_create(
        user=user, email="marc.martin@example.org", defaults={"verified": False}
    )
    key = EmailConfirmationHMAC(address).key
    return url_key("account_confirm_email", key=key)(language)


# Sending forms ----------------------------------------------------------------------


def submit(page: Page, button: str = "main form button[type=submit]") -> int:
    """Click the form's button and wait for the page the server answers with."""
    with page.expect_navigation() as navigation:
        page.locator(button).first.click()
    return navigation.value.status


def send_empty(page: Page) -> int:
    return submit(page)


def log_in_wrongly(page: Page) -> int:
    page.locator("#id_login").fill(ACCOUNTS[LEARNER])
    page.locator("#id_password").fill("not-the-password")
    return submit(page)


def send_quiz_empty(page: Page) -> int:
    return submit(page, "#quiz form button[type=submit]")


def send_quiz(page: Page) -> int:
    for fieldset in page.locator("#quiz fieldset").all():
        fieldset.locator("input").first.check()
    status = submit(page, "#quiz form button[type=submit]")
    expect(page.locator("#quiz-result")).to_be_visible()
    return status


def enrol(page: Page) -> int:
    status = submit(page, "form[action*='/enrol/'] button[type=submit]")
    expect(page.locator("form[action*='/leave/']")).to_be_attached()
    return status


def _credential() -> bytes:
    return certificate_file(_trainer_certificate(), "obv3").content


def upload(page: Page, content: bytes, verdict: str) -> int:
    page.locator(".verify-form input[type=file]").set_input_files(
        files=[{"name": "badge.json", "mimeType": "application/json", "buffer": content}]
    )
    status = submit(page, ".verify-form button[type=submit]")
    expect(page.locator(f".verdict--{verdict}")).to_be_visible()
    return status


def upload_credential(page: Page) -> int:
    return upload(page, _credential(), "valid")


def upload_altered_credential(page: Page) -> int:
    credential = json.loads(_credential())
    credential["credentialSubject"]["name"] = "Someone Else"
    return upload(page, json.dumps(credential).encode(), "invalid")


def send_expired_form(page: Page) -> int:
    """A form whose security token no longer matches, as after a long pause."""
    page.locator("main input[name=csrfmiddlewaretoken]").evaluate("input => input.value = 'x'")
    return log_in_wrongly(page)


def clear_password(page: Page) -> int:
    page.locator("#id_oldpassword").fill("not-the-password")
    return submit(page)


def clear_cohort_name(page: Page) -> int:
    page.locator("#id_name").fill("")
    return submit(page)


def totp_code(secret: str) -> str:
    """The code an authenticator app shows now for ``secret``."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


def reauthenticate(page: Page) -> int:
    """Type the password again, as allauth asks before adding an authenticator."""
    page.locator("#id_password").fill(DEMO_PASSWORD)
    status = submit(page)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    return status


def send_wrong_code(page: Page) -> int:
    page.locator("#id_code").fill("000000")
    return submit(page)


def activate_totp(page: Page) -> int:
    """Read the secret written beside the QR code, as a person would type it into an app."""
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("#id_code").fill(totp_code(secret))
    status = submit(page)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/$"))
    return status


def log_out_and_in_again(page: Page) -> int:
    """Log out, then in: with an authenticator app, the password leads to a code form."""
    submit(page)
    language = page.evaluate("document.documentElement.lang")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    page.goto(origin + url_name("account_login")(language))
    page.locator("#id_login").fill(ACCOUNTS[LEARNER])
    page.locator("#id_password").fill(DEMO_PASSWORD)
    status = submit(page)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    return status


def serve_error_page(page: Page, site_url: str) -> None:
    """The server error page, as Django would send it, at an address of the live server."""
    body = render_to_string("500.html")
    page.route(
        f"{site_url}/server-error/",
        lambda route: route.fulfill(status=500, body=body, content_type="text/html"),
    )


# The page types ---------------------------------------------------------------------

VISITOR_PAGES = [
    PageType("home", home),
    PageType("standard page", standard_page),
    PageType("accessibility statement", accessibility_statement),
    PageType("privacy", url_name("privacy_notice")),
    PageType("practice index", practice_index),
    PageType("practice index, filtered", practice_index_filtered),
    PageType("practice index, bad filter (400)", practice_index_bad_filter, status=400),
    PageType("case study", case_study),
    # The version is kept in a cookie: no other case study comes after it.
    PageType("case study, easy to read", easy_read_case_study),
    PageType("comparison of two case studies", comparison),
    PageType("comparison of one case study (400)", comparison_of_one, status=400),
    PageType("course index", course_index),
    PageType("course", course),
    PageType("module", module),
    PageType("search results", search),
    PageType("search without results", url_name("search", query="?q=xylophone")),
    PageType("search form", url_name("search")),
    PageType("display settings", url_name("display_settings")),
    PageType("verify a certificate", url_name("credential_verify")),
    PageType("verified certificate", certificate),
    PageType("revoked certificate", revoked_certificate),
    PageType(
        "unknown certificate (404)",
        url_name("certificate_verify", UNKNOWN_CERTIFICATE),
        status=404,
    ),
    PageType("verified upload", url_name("credential_verify"), then=upload_credential),
    PageType("altered upload", url_name("credential_verify"), then=upload_altered_credential),
    PageType("sign up", url_name("account_signup")),
    PageType("sign up with errors", url_name("account_signup"), then=send_empty),
    PageType("log in", url_name("account_login")),
    PageType("log in with errors", url_name("account_login"), then=log_in_wrongly),
    PageType("password reset", url_name("account_reset_password")),
    PageType("password reset with errors", url_name("account_reset_password"), then=send_empty),
    PageType("password reset sent", url_name("account_reset_password_done")),
    PageType("new password from the e-mail link", password_reset_key, redirects=True),
    PageType("new password with errors", password_reset_key, then=send_empty),
    PageType("password reset link not valid", password_reset_bad_key),
    PageType("new password saved", url_name("account_reset_password_from_key_done")),
    PageType("confirm an e-mail address", email_confirmation),
    PageType("e-mail confirmation link not valid", url_key("account_confirm_email", key="bad")),
    PageType("verification e-mail sent", url_name("account_email_verification_sent")),
    PageType("account inactive", url_name("account_inactive")),
    PageType("account deleted", url_name("account_deleted")),
    PageType(
        "form sent after it expired (403)",
        url_name("account_login"),
        status=403,
        then=send_expired_form,
    ),
    PageType("page not found (404)", lambda language: f"/{language}/missing-page/", status=404),
    PageType(
        "server error (500)",
        lambda language: "/server-error/",
        status=500,
        before=serve_error_page,
    ),
]

LEARNER_PAGES = [
    PageType("learner dashboard", url_name("learning_dashboard")),
    PageType("certificates", url_name("certificate_list")),
    PageType("course, enrolled", course),
    PageType("course, just enrolled", other_course, then=enrol),
    PageType("module, enrolled", module),
    PageType("text lesson", text_lesson),
    PageType("H5P lesson", h5p_lesson, frames=H5P_FRAMES),
    PageType("quiz lesson", quiz_lesson),
    PageType("quiz with errors", quiz_lesson, status=400, then=send_quiz_empty),
    PageType("quiz result", quiz_lesson, then=send_quiz),
    # The version is kept in a cookie: no other lesson comes after it.
    PageType("lesson, easy to read", easy_read_lesson),
    PageType("page not allowed (403)", url_name("cohort_list"), status=403),
    PageType("log out", url_name("account_logout")),
    PageType("e-mail addresses", url_name("account_email")),
    PageType("sessions", url_name("usersessions_list")),
    PageType("my data", url_name("my_data")),
    PageType("delete my account", url_name("account_delete")),
    PageType(
        "delete my account with errors", url_name("account_delete"), status=400, then=send_empty
    ),
    PageType("password change", url_name("account_change_password")),
    PageType(
        "password change with errors", url_name("account_change_password"), then=clear_password
    ),
    PageType("reauthenticate", url_name("account_reauthenticate")),
    PageType("two-factor authentication", url_name("mfa_index")),
    # allauth asks for the password again before an authenticator is added.
    PageType("authenticator app", url_name("mfa_activate_totp"), then=reauthenticate),
    PageType("authenticator app, wrong code", url_name("mfa_activate_totp"), then=send_wrong_code),
    PageType("recovery codes", url_name("mfa_activate_totp"), then=activate_totp),
    PageType("two-factor authentication, active", url_name("mfa_index")),
    PageType("new recovery codes", url_name("mfa_generate_recovery_codes")),
    PageType("deactivate the authenticator app", url_name("mfa_deactivate_totp")),
    PageType("reauthenticate with a code", url_name("mfa_reauthenticate")),
    PageType("code at log-in", url_name("account_logout"), then=log_out_and_in_again),
    PageType("code at log-in, wrong code", url_name("mfa_authenticate"), then=send_wrong_code),
]

TUTOR_PAGES = [
    PageType("tutor dashboard", url_name("cohort_list")),
    PageType("cohort", cohort),
    PageType("cohort settings", cohort_edit),
    PageType("cohort settings with errors", cohort_edit, status=400, then=clear_cohort_name),
    PageType("new cohort", url_name("cohort_create")),
]


def impact_one_course(language: str) -> str:
    course = _in(CoursePage, language)
    return f"{url_name('impact_report')(language)}?course={course.translation_key}"


READER_PAGES = [
    PageType("impact report", url_name("impact_report")),
    PageType("impact report for one course", impact_one_course),
    PageType(
        "impact report with a malformed filter",
        url_name("impact_report", query="?year=next"),
        status=400,
    ),
]

PAGE_TYPES = {
    VISITOR: VISITOR_PAGES,
    LEARNER: LEARNER_PAGES,
    TUTOR: TUTOR_PAGES,
    READER: READER_PAGES,
}


# Walking them -----------------------------------------------------------------------


def log_in(page: Page, site_url: str, email: str, language: str = "en") -> None:
    page.goto(site_url + url_name("account_login")(language))
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    submit(page)
    expect(page.locator(".account-nav a[href$='/accounts/logout/']")).to_be_visible()


def visit(page: Page, site_url: str, page_type: PageType, language: str) -> str:
    """Open a page type; return what went wrong, or an empty string."""
    if page_type.before:
        page_type.before(page, site_url)
    path = page_type.path(language)
    status = page.goto(site_url + path).status
    if page_type.then and status == 200:
        status = page_type.then(page)
    if status != page_type.status:
        return f"{page_type.name}: {path} answered {status}, not {page_type.status}"
    landed = urlsplit(page.url).path
    if not (page_type.then or page_type.redirects) and landed != urlsplit(path).path:
        return f"{page_type.name}: {path} led to {landed}"
    for frame_element in page.locator(page_type.frames).all() if page_type.frames else []:
        frame_element.element_handle().content_frame().wait_for_selector(
            "#h5p-player[data-ready=true]"
        )
    return ""


def walk(page: Page, site_url: str, role: str, language: str) -> Iterator[tuple[PageType, str]]:
    """Open each page type of ``role`` in turn, signed in as its account; yield each with
    what went wrong opening it (nothing when it shows as it should)."""
    if role in ACCOUNTS:
        log_in(page, site_url, ACCOUNTS[role], language)
    for page_type in PAGE_TYPES[role]:
        try:
            problem = visit(page, site_url, page_type, language)
        except Exception as error:  # reported with the others, not ending the walk
            problem = f"{page_type.name}: {type(error).__name__}: {error}"
        yield page_type, problem


def frames(page: Page, page_type: PageType) -> list:
    """The documents of the page type's iframes."""
    if not page_type.frames:
        return []
    return [element.content_frame() for element in page.query_selector_all(page_type.frames)]
