"""The anonymous page cache: whole public pages kept in Django's cache for visitors.

A visitor who is not signed in sees the same page as every other visitor with the same
address, language, display preferences and easy-to-read choice, so that page is rendered
once and then served from the cache (Redis when REDIS_URL is set, so that every
application server shares it) without touching the database or the session.

Invalidation is by generation: every stored page carries the site's current generation
token, and publishing anything a page may show replaces the token, which retires every
stored page at once on every server. Whole-site invalidation is chosen over tracking
which pages show what: a page shows other pages (menus, the library's lists and counts,
related practices, a course's lessons, the language switcher's translations) and
snippets (footer, taxonomy terms, organisations), so a precise dependency graph would be
large and easy to get wrong, while edits are rare next to reads and a page renders again
in a few tens of milliseconds.

A page whose hits must still be counted (a case study's readers) asks for a hook when it
is rendered (``hit_hook_ask``); each hit then runs it with the data stored beside the
page: one small write, and no reading of the page.
"""

import hashlib
import uuid
from collections.abc import Callable

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language_from_path

from portal import display, easy_read
from portal.security import csp_nonce_used

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:page:"
HEADER = "X-Cache"

# The views whose answer depends only on the content and the key below.
CACHEABLE_VIEWS = frozenset(
    {
        "wagtail_serve",
        "case_study_pdf",
        "case_studies_compare",
        "case_studies_json",
        "case_studies_csv",
    }
)
# Headers the inner middleware may add that the key already accounts for.
ALLOWED_VARY = frozenset({"cookie", "accept-language"})
# Work a stored page asks for on each hit, by name (counting a case study's readers).
# Apps register theirs when they start, so that a server that never rendered the page
# still runs them: the entry holds the name and its data, never code.
HIT_HOOKS: dict[str, Callable[..., None]] = {}


def hit_hook_register(name: str, function: Callable[..., None]) -> None:
    """Run ``function(request, response, **data)`` on hits of pages that ask for ``name``."""
    HIT_HOOKS[name] = function


def hit_hook_ask(response: HttpResponse, name: str, **data) -> None:
    """Ask for the hook ``name`` on each hit of this response, once it is stored.

    The data is stored with the page, so a hit needs neither the view nor the database
    to know what it served. The view itself does the work on a miss.
    """
    response.page_cache_hit_hook = (name, data)


def page_cache_seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def current_generation() -> str:
    """The token every cached page and fragment is stored with, created when missing."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Never set, or evicted: a fresh token, so that nothing stored before can match.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def generation_bump() -> None:
    """Retire every stored page, on every server sharing the cache."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def generation_bump_on_commit(**kwargs) -> None:
    """Signal receiver: bump now, and again once the change is committed.

    The bump after the commit is the one that matters: a request that read the old rows
    before the commit may have stored them under the first new token. The bump now keeps
    the pages fresh inside the transaction itself (and in tests, which never commit).
    """
    generation_bump()
    transaction.on_commit(generation_bump)


def request_cacheable(request: HttpRequest) -> bool:
    """Whether this request may be answered from, or stored in, the page cache."""
    if request.method not in {"GET", "HEAD"}:
        return False
    cookies = request.COOKIES
    # A session may hold a signed-in user; resolving it would cost the queries the cache
    # saves, so any session means no cache. Pending messages belong to one visitor.
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    return get_language_from_path(request.path_info) is not None


def page_key(request: HttpRequest) -> str:
    """The cache key: what an anonymous page depends on, normalised where cheap."""
    cookies = request.COOKIES
    preferences = display.cookie_value(display.cookie_parse(cookies.get(display.COOKIE, "")))
    easy = "1" if cookies.get(easy_read.COOKIE) == "1" else "0"
    parts = (
        request.scheme,
        request.get_host().lower(),
        request.get_full_path(),
        get_language_from_path(request.path_info),
        preferences,
        easy,
    )
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return KEY_PREFIX + digest


def response_storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the rendered response is the same for every visitor with this key."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name not in CACHEABLE_VIEWS:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # get_token() was called: the page carries this visitor's CSRF token.
    if "CSRF_COOKIE_NEEDS_UPDATE" in request.META:
        return False
    # The page prints this request's script nonce, which the next policy will not allow.
    if csp_nonce_used(request):
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and (
        getattr(messages, "_loaded_data", None) or messages._queued_messages
    ):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if "private" in cache_control or "no-store" in cache_control:
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= ALLOWED_VARY


class PageCacheMiddleware:
    """Serve anonymous visitors' public pages from the cache, and store them there.

    Place it after SecurityMiddleware and WhiteNoise (their headers apply to every answer,
    and static files never reach it) and before the session: a hit then skips everything
    else. The stored response carries the headers the inner middleware added (Vary,
    Content-Language, X-Frame-Options).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = page_cache_seconds()
        if seconds <= 0 or not request_cacheable(request):
            return self.get_response(request)
        key = page_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        # One round trip for both; the generation is created only when it is missing.
        generation = found.get(GENERATION_KEY) or current_generation()
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            response = self.response_from(entry)
            self.hit_hook_run(request, response, entry)
            return response

        response = self.get_response(request)
        if request.method == "GET" and response_storable(request, response):
            headers = [(name, value) for name, value in response.items()]
            hook = getattr(response, "page_cache_hit_hook", None)
            entry = (generation, response.status_code, headers, response.content, hook)
            cache.set(key, entry, timeout=seconds)
        response[HEADER] = "miss"
        return response

    @staticmethod
    def response_from(entry: tuple) -> HttpResponse:
        _generation, status, headers, content = entry[:4]
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = "hit"
        return response

    @staticmethod
    def hit_hook_run(request: HttpRequest, response: HttpResponse, entry: tuple) -> None:
        # Entries stored before hooks existed have four items.
        hook = entry[4] if len(entry) > 4 else None
        if hook is None:
            return
        name, data = hook
        function = HIT_HOOKS.get(name)
        if function is not None:
            function(request, response, **data)
