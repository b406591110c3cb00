"""Who may open every address of the site: the permission matrix.

The addresses are generated, not listed by hand: every route of the URL configuration
(in each language for those under a language prefix), its parameters filled from the
demo (``matrix_arguments``), and pages taken from the page tree. Each is requested as
each role and the answer compared with the tables below. A route or a page type the
tables do not name fails the test: adding an address means deciding who may open it.

Globs group the routes of Wagtail and allauth, which hold hundreds; the site's own views
each need an entry of their own.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from wagtail.models import Page, get_page_models

import pytest

from tests.security.access_objects import ROLES, SECRET_TEXT, Demo, demo_build, lesson_text
from tests.security.matrix_arguments import NoArguments, route_address
from tests.security.url_walk import Expect, answer_of, first_match, routes

OK = Expect(200)
LOGIN = Expect(302, "login")  # to the site's log-in page, coming back afterwards
ADMIN_DENIED = Expect(302, "admin")  # Wagtail's "no permission": back to the dashboard
BAD_REQUEST = Expect(400)
FORBIDDEN = Expect(403)
NOT_FOUND = Expect(404)
NOT_ALLOWED = Expect(405)  # the route answers other methods only
ELSEWHERE = Expect(302, "elsewhere")  # on to the page the action concerns
HOME = Expect(302, "/<lang>/")

GROUPS = {
    "everyone": ROLES,
    "signed_in": [role for role in ROLES if role != "anonymous"],
    "site_users": ["trainer", "tutor", "ministry"],  # signed in, no admin
    "staff": ["editor", "moderator", "superuser"],  # the Wagtail admin
}


def who(**given: Expect) -> dict[str, Expect]:
    """A rule: the answer each role gets. Groups first, then single roles override them."""
    rule = {}
    for group, roles in GROUPS.items():
        if group in given:
            rule.update(dict.fromkeys(roles, given.pop(group)))
    rule.update(given)
    assert set(rule) == set(ROLES), f"the rule leaves out {set(ROLES) - set(rule)}"
    return rule


def admin(editor: Expect = OK, moderator: Expect = OK, superuser: Expect = OK):
    """An admin screen: everyone without admin access is sent to log in."""
    return who(everyone=LOGIN, editor=editor, moderator=moderator, superuser=superuser)


def staff(expect: Expect):
    """An admin address that answers every editorial role alike."""
    return admin(editor=expect, moderator=expect, superuser=expect)


@dataclass(frozen=True)
class Access:
    """The rule for a route, and the request that checks it."""

    rule: dict[str, Expect]
    method: str = "get"
    query: Callable[[Demo, str | None], dict] | None = None  # (demo, language)
    headers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Skip:
    """A route not requested here, and why."""

    why: str


PUBLIC = Access(who(everyone=OK))
SIGNED_IN = Access(who(everyone=OK, anonymous=LOGIN))
EVERY_STAFF = Access(admin())
MODERATORS = Access(admin(editor=ADMIN_DENIED))
SUPERUSERS = Access(admin(editor=ADMIN_DENIED, moderator=ADMIN_DENIED))
# Acts on POST only: a GET shows that the admin's access check comes first.
ADMIN_POST_ONLY = Access(staff(NOT_ALLOWED))
# Its parameters name nothing in the demo: the admin's access check comes first.
ADMIN_NOT_FOUND = Access(staff(NOT_FOUND))
PAGE_TREE = Skip("the page tree: see PAGE_TYPES and SPECIAL_PAGES")


def _post(rule: dict[str, Expect]) -> Access:
    return Access(rule, method="post")


ROUTES: dict[str, Access | Skip] = {
    # --- Public documents and services ---
    "sitemap": PUBLIC,
    "robots_txt": PUBLIC,
    "healthz": PUBLIC,
    "security_txt": Access(who(everyone=NOT_FOUND)),  # until SECURITY_CONTACT is set
    "did_document": PUBLIC,
    "issuer_profile": PUBLIC,
    "status_list": PUBLIC,
    "search": PUBLIC,
    "display_settings": PUBLIC,
    "privacy_notice": PUBLIC,
    "credential_verify": PUBLIC,
    "certificate_verify": PUBLIC,  # anyone may check a certificate by its identifier
    "case_study_permalink": Access(who(everyone=ELSEWHERE)),
    "case_study_pdf": PUBLIC,
    "case_studies_compare": Access(
        who(everyone=OK), query=lambda demo, language: {"cs": _case_studies(language)[:2]}
    ),
    "case_studies_json": PUBLIC,
    "case_studies_csv": PUBLIC,
    "wagtaildocs_serve": PUBLIC,  # no collection is private in the demo
    "wagtaildocs_authenticate_with_password": Access(who(everyone=NOT_FOUND)),
    # The public API: live, public pages only (see SPECIAL_PAGES); "find" asks nothing.
    **{f"wagtailapi:{kind}:listing": PUBLIC for kind in ("pages", "images", "documents")},
    **{f"wagtailapi:{kind}:detail": PUBLIC for kind in ("pages", "images", "documents")},
    **{
        f"wagtailapi:{kind}:find": Access(who(everyone=NOT_FOUND))
        for kind in ("pages", "images", "documents")
    },
    "wagtail_serve": PAGE_TREE,
    "wagtailcore_authenticate_with_password": PUBLIC,  # the shared password's form
    # --- H5P: activities are course material for any signed-in learner; the libraries
    # are program code. Saved state is the requester's own (test_object_access). ---
    "h5p_player": SIGNED_IN,
    "h5p_content_file": SIGNED_IN,
    "h5p_state": SIGNED_IN,
    "h5p_library_file": PUBLIC,
    # xAPI: a statement is read back by its owner only; this id is nobody's.
    "xapi_statements": Access(
        who(anonymous=Expect(401), signed_in=NOT_FOUND),
        query=lambda demo, language: {"statementId": str(uuid.uuid4())},
        headers={"X-Experience-API-Version": "1.0.3"},
    ),
    # --- Learning. Actions are POSTs; enrolling acts on a course the trainer does not
    # take, lessons on one the trainer takes and nobody else does. ---
    "learning_dashboard": SIGNED_IN,
    "course_enrol": _post(who(anonymous=LOGIN, signed_in=ELSEWHERE)),
    "course_unenrol": _post(who(anonymous=LOGIN, signed_in=ELSEWHERE)),
    # Empty forms: the trainer gets as far as their check; nobody else finds the lesson.
    "lesson_complete": _post(who(anonymous=LOGIN, signed_in=NOT_FOUND, trainer=BAD_REQUEST)),
    "lesson_time": _post(who(anonymous=LOGIN, signed_in=NOT_FOUND, trainer=BAD_REQUEST)),
    "reflection_save": _post(who(anonymous=LOGIN, signed_in=NOT_FOUND, trainer=ELSEWHERE)),
    "certificate_list": SIGNED_IN,
    # The trainer's certificate: only she sets its name; staff who manage certificates
    # may download it.
    "certificate_preferences": _post(
        who(anonymous=LOGIN, signed_in=NOT_FOUND, trainer=BAD_REQUEST)
    ),
    "certificate_download": Access(
        who(anonymous=LOGIN, signed_in=NOT_FOUND, trainer=OK, moderator=OK, superuser=OK)
    ),
    # --- Tutoring: the tutor's own cohort. The trainer is one of its trainees. ---
    "cohort_list": Access(who(anonymous=LOGIN, signed_in=FORBIDDEN, tutor=OK, superuser=OK)),
    "cohort_create": Access(who(anonymous=LOGIN, signed_in=FORBIDDEN, tutor=OK, superuser=OK)),
    # A superuser passes the permission check but is no tutor of this cohort.
    "cohort_detail": Access(
        who(anonymous=LOGIN, signed_in=FORBIDDEN, tutor=OK, superuser=NOT_FOUND)
    ),
    "cohort_update": Access(
        who(anonymous=LOGIN, signed_in=FORBIDDEN, tutor=OK, superuser=NOT_FOUND)
    ),
    "cohort_export": Access(
        who(anonymous=LOGIN, signed_in=FORBIDDEN, tutor=OK, superuser=NOT_FOUND)
    ),
    "cohort_leave": Access(who(anonymous=LOGIN, signed_in=NOT_FOUND, trainer=OK)),
    # Answering an invitation to a cohort is the invited trainee's; nobody is invited here.
    "cohort_invitation_accept": _post(who(anonymous=LOGIN, signed_in=NOT_FOUND)),
    "cohort_invitation_decline": _post(who(anonymous=LOGIN, signed_in=NOT_FOUND)),
    # --- Impact reports: ministry readers, moderators and administrators ---
    **{
        name: Access(
            who(anonymous=LOGIN, signed_in=FORBIDDEN, ministry=OK, moderator=OK, superuser=OK)
        )
        for name in ("impact_report", "impact_data", "impact_csv")
    },
    # --- The account area (allauth, and the site's own pages in it) ---
    "my_data": SIGNED_IN,
    "my_data_download": SIGNED_IN,
    "account_delete": SIGNED_IN,
    "account_deleted": Access(
        who(anonymous=OK, signed_in=Expect(302, "/<lang>/accounts/delete/"))
    ),
    "account_login": Access(who(anonymous=OK, signed_in=HOME)),
    "account_signup": Access(who(anonymous=OK, signed_in=HOME)),
    "account_logout": Access(who(anonymous=HOME, signed_in=OK)),  # a GET only asks
    "account_inactive": PUBLIC,
    "account_reauthenticate": SIGNED_IN,
    "account_email": SIGNED_IN,
    "account_email_verification_sent": PUBLIC,
    "account_change_password": SIGNED_IN,
    # Demo accounts have a password: there is none to set.
    "account_set_password": Access(
        who(anonymous=LOGIN, signed_in=Expect(302, "/<lang>/accounts/password/change/"))
    ),
    "account_reset_password": PUBLIC,
    "account_reset_password_done": PUBLIC,
    "account_reset_password_from_key": PUBLIC,  # says the link is not valid
    "account_reset_password_from_key_done": PUBLIC,
    "account_confirm_email": PUBLIC,  # says the link is not valid
    # Only in the middle of logging in by code or by a second factor.
    "account_confirm_login_code": Access(who(anonymous=LOGIN, signed_in=HOME)),
    "mfa_authenticate": Access(who(anonymous=LOGIN, signed_in=HOME)),
    "mfa_index": SIGNED_IN,
    # Changing two-factor authentication asks for the password again first.
    "mfa_reauthenticate": Access(
        who(anonymous=LOGIN, signed_in=Expect(302, "/<lang>/accounts/reauthenticate/"))
    ),
    "mfa_activate_totp": Access(
        who(anonymous=LOGIN, signed_in=Expect(302, "/<lang>/accounts/reauthenticate/"))
    ),
    "mfa_generate_recovery_codes": Access(
        who(anonymous=LOGIN, signed_in=Expect(302, "/<lang>/accounts/reauthenticate/"))
    ),
    # No demo account has an authenticator: nothing to deactivate or show.
    "mfa_deactivate_totp": Access(who(anonymous=LOGIN, signed_in=NOT_FOUND)),
    "mfa_view_recovery_codes": Access(who(anonymous=LOGIN, signed_in=NOT_FOUND)),
    "mfa_download_recovery_codes": Access(who(anonymous=LOGIN, signed_in=NOT_FOUND)),
    "usersessions_list": SIGNED_IN,
    # Wagtail's own log-in forms would skip the site's limits and two-factor step.
    "wagtailcore_login": Access(who(everyone=LOGIN)),
    "admin_login_redirect": Access(who(everyone=LOGIN)),
    "wagtailadmin_login": Access(who(everyone=LOGIN)),
    "wagtailadmin_password_reset*": Access(who(everyone=NOT_FOUND)),  # the site's instead
    # --- The admin: the site's own screens ---
    "portal_translation_status": EVERY_STAFF,
    # --- The admin: Wagtail's. Editors write; moderators also publish, move, delete and
    # lock; only superusers manage users, groups, sites, locales, collections,
    # workflows and redirects. ---
    "admin/test404/": EVERY_STAFF,
    "admin/^.*/$": ADMIN_NOT_FOUND,
    "wagtailadmin_error_test": Access(staff(Expect(500))),  # Wagtail's test of error reports
    "wagtailadmin_sprite": PUBLIC,  # the admin's icons
    "wagtailadmin_javascript_catalog": PUBLIC,  # the admin's translations
    "wagtailadmin_home": EVERY_STAFF,
    "wagtailadmin_api:*:find": ADMIN_NOT_FOUND,
    "wagtailadmin_api:pages:action": ADMIN_POST_ONLY,
    "wagtailadmin_api:*": EVERY_STAFF,
    "wagtailadmin_explore*": EVERY_STAFF,
    "wagtail_bulk_action": ADMIN_NOT_FOUND,  # no pages chosen
    # Straight on to the add form: the home page takes one type of page.
    "wagtailadmin_pages:add_subpage": Access(staff(ELSEWHERE)),
    "wagtailadmin_pages:convert_alias": ADMIN_NOT_FOUND,  # the page is no alias
    "wagtailadmin_pages:set_page_position": ADMIN_POST_ONLY,
    "wagtailadmin_pages:lock": ADMIN_POST_ONLY,
    "wagtailadmin_pages:unlock": ADMIN_POST_ONLY,
    # On to the page's history.
    "wagtailadmin_pages:revisions_index": Access(staff(ELSEWHERE)),
    "wagtailadmin_pages:delete": MODERATORS,
    "wagtailadmin_pages:unpublish": MODERATORS,
    "wagtailadmin_pages:move": MODERATORS,
    "wagtailadmin_pages:set_privacy": MODERATORS,
    "wagtailadmin_pages:workflow_action": MODERATORS,
    "wagtailadmin_pages:collect_workflow_action_data": MODERATORS,
    "wagtailadmin_pages:workflow_preview": MODERATORS,
    "wagtailadmin_pages:revisions_unschedule": MODERATORS,
    "wagtailadmin_pages:*": EVERY_STAFF,
    "wagtailadmin_choose_page*": EVERY_STAFF,
    "wagtailadmin_tag_autocomplete": EVERY_STAFF,
    "wagtailadmin_tag_model_autocomplete": ADMIN_NOT_FOUND,  # images have no tags here
    # Those without permission on the collection do not find it.
    "wagtailadmin_collections:delete": Access(admin(editor=NOT_FOUND, moderator=NOT_FOUND)),
    "wagtailadmin_collections:*": SUPERUSERS,
    "wagtailadmin_workflows:enable*": ADMIN_POST_ONLY,
    "wagtailadmin_workflows:remove": ADMIN_POST_ONLY,
    # On to the form of the only task type.
    "wagtailadmin_workflows:select_task_type": Access(
        admin(editor=ADMIN_DENIED, moderator=ADMIN_DENIED, superuser=ELSEWHERE)
    ),
    "wagtailadmin_workflows:task_cho*": EVERY_STAFF,  # to pick a task; changes nothing
    "wagtailadmin_workflows:*": SUPERUSERS,
    "wagtailadmin_reports:locked_pages*": MODERATORS,
    "wagtailadmin_reports:*": EVERY_STAFF,
    "wagtailadmin_account": EVERY_STAFF,
    "wagtailadmin_logout": ADMIN_POST_ONLY,
    "wagtailadmin_dismissibles": EVERY_STAFF,
    "wagtailadmin_editing_sessions:*": ADMIN_POST_ONLY,
    "wagtailadmin_block_preview": ADMIN_NOT_FOUND,  # no block named
    "wagtail_localize:edit_*": ADMIN_POST_ONLY,
    "wagtail_localize:upload_pofile": ADMIN_POST_ONLY,
    "wagtail_localize:machine_translate": ADMIN_POST_ONLY,
    "wagtail_localize:stop_translation": ADMIN_POST_ONLY,
    "wagtail_localize:preview_translation": ADMIN_NOT_FOUND,
    "wagtail_localize:convert_to_alias": ADMIN_NOT_FOUND,  # the page is no translation
    "wagtail_localize:*": EVERY_STAFF,
    "wagtailforms:list_submissions*": ADMIN_NOT_FOUND,  # the site has no form pages
    "wagtailforms:delete_submissions": Access(staff(ADMIN_DENIED)),
    "wagtailforms:*": EVERY_STAFF,
    "wagtailredirects:process_import": Access(
        admin(editor=ADMIN_DENIED, moderator=ADMIN_DENIED, superuser=NOT_ALLOWED)
    ),
    "wagtailredirects:*": SUPERUSERS,
    "wagtailsettings:*": ADMIN_NOT_FOUND,  # the site registers no settings
    "wagtailembeds:*": EVERY_STAFF,
    "wagtailsnippets:index": EVERY_STAFF,
    "wagtaildocs:add_multiple": EVERY_STAFF,
    "wagtaildocs:*multiple*": ADMIN_POST_ONLY,
    "wagtaildocs:*": EVERY_STAFF,
    "wagtaildocs_chooser:*": EVERY_STAFF,
    "wagtailimages:add_multiple": EVERY_STAFF,
    "wagtailimages:*multiple*": ADMIN_POST_ONLY,
    "wagtailimages:url_generator*": ADMIN_NOT_FOUND,  # dynamic image serving is off
    "wagtailimages:*": EVERY_STAFF,
    "wagtailimages_chooser:*": EVERY_STAFF,
    "wagtaillocales:*": SUPERUSERS,
    "wagtailsites:*": SUPERUSERS,
    "wagtailusers_*": SUPERUSERS,
    # --- The admin: the site's snippets. Deleting and unpublishing is the moderators'. ---
    "wagtailsnippets_portal_footertext:delete": MODERATORS,
    "wagtailsnippets_portal_footertext:unpublish": MODERATORS,
    "wagtailsnippets_portal_footertext:revisions_unschedule": MODERATORS,
    "wagtailsnippets_portal_footertext:*": EVERY_STAFF,
    "wagtailsnippetchoosers_portal_footertext:*": EVERY_STAFF,
    "wagtailsnippets_practices_*:delete": MODERATORS,
    "wagtailsnippets_practices_*": EVERY_STAFF,
    "wagtailsnippetchoosers_practices_*": EVERY_STAFF,
    # Adding libraries with a package takes install_h5plibrary (tests/courses/h5p).
    "wagtailsnippets_courses_h5pactivity:add": EVERY_STAFF,
    "wagtailsnippets_courses_h5pactivity:delete": MODERATORS,
    "wagtailsnippets_courses_h5pactivity:*": EVERY_STAFF,
    "wagtailsnippetchoosers_courses_h5pactivity:*": EVERY_STAFF,
    # Certificates name learners: moderators issue and revoke them but never delete one
    # (superusers hold every permission).
    "wagtailsnippets_courses_certificate:add": MODERATORS,  # issue one by hand
    "wagtailsnippets_courses_certificate:edit": MODERATORS,  # revoke it
    "wagtailsnippets_courses_certificate:history": MODERATORS,
    "wagtailsnippets_courses_certificate:history_results": MODERATORS,
    "wagtailsnippets_courses_certificate:delete": SUPERUSERS,
    "wagtailsnippets_courses_certificate:*": MODERATORS,
    "wagtailsnippetchoosers_courses_certificate:*": MODERATORS,
}

# Views of the site's own apps need an entry of their own: no glob decides for them.
PROJECT_MODULES = ("portal.", "courses.", "practices.")


# --- Pages. One live, public page per page type and language is requested: pages of a
# type share their code and rules. Every page that is not plainly public is requested too
# (SPECIAL_PAGES). ---

PAGE_TYPES: dict[str, Access | Skip] = {
    "Page": Skip("the tree's root: never served"),
    "HomePage": PUBLIC,
    "StandardPage": PUBLIC,
    "AccessibilityStatementPage": PUBLIC,
    "PracticeIndexPage": PUBLIC,
    "CaseStudyPage": PUBLIC,
    "CourseIndexPage": PUBLIC,
    "CoursePage": PUBLIC,
    "ModulePage": PUBLIC,
    "LessonPage": Skip("open to the learners of its course: see SPECIAL_PAGES"),
}


@dataclass(frozen=True)
class SpecialPage:
    """A page that is not plainly public: who may open it on the site, and who may read
    what it hides (``secret``) there. Its preview in the admin is the editors'."""

    page: Callable[[Demo], Page]
    rule: dict[str, Expect]
    secret: Callable[[Demo], str] = lambda demo: SECRET_TEXT
    readers: tuple[str, ...] = ()
    listed: bool = False  # in the public API for everyone (titles and metadata only)

    def api(self, role: str) -> Expect:
        """The page in the public API, which applies the page's restrictions too."""
        return OK if self.listed or role in self.readers else NOT_FOUND


LESSON_READERS = ("trainer", "editor", "moderator", "superuser")

SPECIAL_PAGES: dict[str, SpecialPage] = {
    "draft": SpecialPage(lambda demo: demo.draft, who(everyone=NOT_FOUND)),
    # The live version is served; the newer draft shows nowhere but in the admin.
    "changed": SpecialPage(
        lambda demo: demo.changed,
        who(everyone=OK),
        secret=lambda demo: demo.changed_title,
        listed=True,
    ),
    "signed-in readers": SpecialPage(
        lambda demo: demo.private,
        who(anonymous=LOGIN, signed_in=OK),
        readers=tuple(GROUPS["signed_in"]),
    ),
    # Wagtail sends those outside the group to the log-in page, as it does anonymous ones.
    "ministry readers": SpecialPage(
        lambda demo: demo.ministry_only,
        who(everyone=LOGIN, ministry=OK, superuser=OK),
        readers=("ministry", "superuser"),
    ),
    # The shared password's form, for everyone.
    "password": SpecialPage(lambda demo: demo.password, who(everyone=OK)),
    # Lessons: learners of the course; editors check them without enrolling. The API lists
    # their titles only, as the course's outline does.
    "lesson, trainer enrolled": SpecialPage(
        lambda demo: demo.enrolled_lesson,
        who(anonymous=LOGIN, site_users=ELSEWHERE, trainer=OK, staff=OK),
        secret=lambda demo: lesson_text(demo.enrolled_lesson),
        readers=LESSON_READERS,
        listed=True,
    ),
    "lesson, nobody enrolled": SpecialPage(
        lambda demo: demo.other_lesson,
        who(anonymous=LOGIN, site_users=ELSEWHERE, staff=OK),
        secret=lambda demo: lesson_text(demo.other_lesson),
        readers=("editor", "moderator", "superuser"),
        listed=True,
    ),
    "lesson, trainer enrolled, English": SpecialPage(
        lambda demo: demo.enrolled_lesson.get_translation(demo.english),
        who(anonymous=LOGIN, site_users=ELSEWHERE, trainer=OK, staff=OK),
        secret=lambda demo: lesson_text(demo.enrolled_lesson.get_translation(demo.english)),
        readers=LESSON_READERS,
        listed=True,
    ),
}


def _case_studies(language: str | None) -> list[int]:
    from practices.models import CaseStudyPage

    pages = CaseStudyPage.objects.live().public().filter(locale__language_code=language)
    return list(pages.order_by("path").values_list("pk", flat=True))


@pytest.fixture
def client(client):
    client.signed_in_as = None
    client.raise_request_exception = False  # a 500 is an answer to compare, too
    return client


@pytest.fixture
def demo(settings, tmp_path, monkeypatch) -> Demo:
    settings.MEDIA_ROOT = tmp_path  # the image and document the demo adds
    # Who may download a case study is the view's business, not the PDF renderer's: a
    # stand-in keeps the matrix fast.
    monkeypatch.setattr("practices.views.case_study_pdf_bytes", lambda **kw: b"%PDF-1.4")
    return demo_build()


def _get(client, role: str, demo: Demo, url: str, access: Access = PUBLIC, language=None):
    """The answer to ``url`` for ``role``. The client signs in again whenever its session
    changed: no earlier request (a log-out form, a session flush) changes who asks."""
    session = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if role != "anonymous" and (session is None or session.value != client.signed_in_as):
        client.force_login(demo.users[role])
        client.signed_in_as = client.cookies[settings.SESSION_COOKIE_NAME].value
    if access.query is not None:
        url = f"{url}?{urlencode(access.query(demo, language), doseq=True)}"
    return getattr(client, access.method)(url, headers=access.headers)


def _mismatch(what: str, url: str, expected: Expect, answer: Expect) -> str:
    return f"{what}  {url}: expected {expected}, got {answer}"


def test_every_route_has_an_expectation():
    names, problems = set(), []
    for route in routes():
        names.add(route.name)
        entry = first_match(route.name, ROUTES)
        if entry is None:
            problems.append(f"{route.name}  ({route.pattern}, {route.view}): no expectation")
        elif route.name not in ROUTES and route.view.startswith(PROJECT_MODULES):
            problems.append(f"{route.name}  ({route.view}): the site's view needs its own entry")
    for key in ROUTES:
        matched = any(first_match(name, {key: True}) for name in names)
        if not matched:
            problems.append(f"{key}: no route has this name any more")
    assert not problems, "Decide who may open each route, in ROUTES:\n" + "\n".join(problems)


def test_every_page_type_has_an_expectation():
    missing = [m.__name__ for m in get_page_models() if m.__name__ not in PAGE_TYPES]
    assert not missing, f"Decide who may open these page types, in PAGE_TYPES: {missing}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.django_db
def test_routes_answer_each_role_as_the_matrix_says(client, demo, role):
    mismatches = []
    for route in routes():
        access = first_match(route.name, ROUTES)
        if not isinstance(access, Access):
            continue
        for language in route.languages:
            try:
                url = route_address(route, language, demo)
            except NoArguments as error:
                mismatches.append(f"{route.name}: {error}; add it to matrix_arguments")
                continue
            answer = answer_of(_get(client, role, demo, url, access, language))
            if not access.rule[role].matches(answer, language):
                mismatches.append(_mismatch(route.name, url, access.rule[role], answer))
    assert not mismatches, f"As {role}:\n" + "\n".join(mismatches)


def page_samples() -> list[Page]:
    """The first live, public page of each page type in each language."""
    pages = Page.objects.live().public().exclude(depth=1).specific().order_by("path")
    key = lambda page: (type(page).__name__, page.locale_id)  # noqa: E731
    return [next(group) for _key, group in groupby(sorted(pages, key=key), key=key)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.django_db
def test_pages_answer_each_role_as_the_matrix_says(client, demo, role):
    mismatches = []
    for page in page_samples():
        access = PAGE_TYPES[type(page).__name__]
        if not isinstance(access, Access):
            continue
        answer = answer_of(_get(client, role, demo, page.url))
        if not access.rule[role].matches(answer, None):
            mismatches.append(_mismatch(type(page).__name__, page.url, access.rule[role], answer))

    for name, special in SPECIAL_PAGES.items():
        page = special.page(demo)
        url = page.get_url() or page.url_path  # a draft has no address of its own yet
        response = _get(client, role, demo, url)
        answer, expected = answer_of(response), special.rule[role]
        if not expected.matches(answer, None):
            mismatches.append(_mismatch(name, url, expected, answer))
        shown = special.secret(demo) in response.content.decode()
        if shown != (role in special.readers and expected == OK):
            mismatches.append(f"{name}  {url}: what it hides is shown to {role}: {shown}")
        api_url = reverse("wagtailapi:pages:detail", args=[page.pk])
        response = _get(client, role, demo, api_url)
        if answer_of(response) != special.api(role):
            answer = answer_of(response)
            mismatches.append(_mismatch(f"{name} in the API", api_url, special.api(role), answer))
        if special.secret(demo) in response.content.decode():
            mismatches.append(f"{name}  {api_url}: the API shows what it hides to {role}")
        preview_url = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
        expected = admin()[role]
        answer = answer_of(_get(client, role, demo, preview_url))
        if not expected.matches(answer, None):
            mismatches.append(_mismatch(f"{name}, admin preview", preview_url, expected, answer))
    assert not mismatches, f"As {role}:\n" + "\n".join(mismatches)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "trainer"])
def test_hidden_pages_stay_out_of_search_sitemap_and_api(client, demo, role):
    hidden = [
        special.page(demo) for special in SPECIAL_PAGES.values() if special.api(role) == NOT_FOUND
    ]
    for url in [
        f"{reverse('search')}?q={SECRET_TEXT}",
        reverse("sitemap"),
        f"{reverse('wagtailapi:pages:listing')}?limit=100&order=-id",
    ]:
        body = _get(client, role, demo, url).content.decode()
        shown = [page.title for page in hidden if page.title in body or page.url_path in body]
        assert not shown, f"{url} lists hidden pages to {role}: {shown}"
