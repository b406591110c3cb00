"""Every route of the URL configuration, walked from the resolver, and what a request to
one answered, in the terms the permission matrix states its expectations in."""

import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

LANGUAGE_PREFIX = "<lang>/"


@dataclass(frozen=True)
class Route:
    """One URL pattern, with the prefixes of the resolvers it is included under."""

    name: str  # "namespace:name", or the pattern itself when the route has no name
    pattern: str  # the whole pattern; LANGUAGE_PREFIX stands for /fr/, /en/...
    parameters: tuple[str, ...]  # named parameters, or "0", "1"... for unnamed groups
    view: str  # the view's dotted path

    @property
    def languages(self) -> list[str | None]:
        if self.pattern.startswith(LANGUAGE_PREFIX):
            return [code for code, _name in settings.LANGUAGES]
        return [None]

    def address(self, arguments: dict | tuple, language: str | None) -> str:
        """The route reversed with ``arguments`` (keyword or positional), in ``language``."""
        with translation.override(language or settings.LANGUAGE_CODE):
            if isinstance(arguments, dict):
                return reverse(self.name, kwargs=arguments)
            return reverse(self.name, args=arguments)


def routes() -> list[Route]:
    """Every route the project answers, in the order the resolver tries them."""
    return list(_walk(get_resolver(), "", (), ()))


def _walk(resolver, prefix: str, namespaces: tuple, parameters: tuple) -> Iterator[Route]:
    for entry in resolver.url_patterns:
        pattern = entry.pattern
        text = LANGUAGE_PREFIX if isinstance(pattern, LocalePrefixPattern) else str(pattern)
        found = parameters + _parameters(pattern)
        if isinstance(entry, URLResolver):
            inner = namespaces + ((entry.namespace,) if entry.namespace else ())
            yield from _walk(entry, prefix + text, inner, found)
            continue
        full = prefix + text
        name = ":".join((*namespaces, entry.name)) if entry.name else full
        view = getattr(entry.callback, "view_class", entry.callback)
        yield Route(name, full, found, f"{view.__module__}.{view.__qualname__}")


def _parameters(pattern) -> tuple[str, ...]:
    if isinstance(pattern, RoutePattern):
        return tuple(pattern.converters)
    if isinstance(pattern, RegexPattern):
        named = tuple(pattern.regex.groupindex)
        return named or tuple(str(n) for n in range(pattern.regex.groups))
    return ()


def is_glob(key: str) -> bool:
    """Whether a table key is a glob over route names (the patterns of routes without a
    name, also used as keys, hold a "/")."""
    return "*" in key and "/" not in key


def first_match(name: str, table: dict):
    """The entry of ``table`` for ``name``: its own key, else the first glob matching it."""
    if name in table:
        return table[name]
    for key, value in table.items():
        if is_glob(key) and fnmatch.fnmatchcase(name, key):
            return value
    return None


@dataclass(frozen=True)
class Expect:
    """A status, and for a redirect where it goes: "login", "admin" (Wagtail's "no
    permission" page, the dashboard), "elsewhere" (anywhere else), or a path, in which
    <lang>/ stands for the language of the request."""

    status: int
    to: str = ""

    def __str__(self) -> str:
        return f"{self.status} to {self.to}" if self.to else str(self.status)

    def matches(self, answer: "Expect", language: str | None) -> bool:
        if self.status != answer.status:
            return False
        if self.to == "elsewhere":
            return answer.to not in {"login", "admin"}
        return self.to.replace(LANGUAGE_PREFIX, f"{language}/") == answer.to


def answer_of(response: HttpResponse) -> Expect:
    """The response as the matrix states it: a status, and where a redirect goes."""
    if response.status_code not in {301, 302, 303, 307, 308}:
        return Expect(response.status_code)
    path = urlsplit(response["Location"]).path
    if path == reverse("wagtailadmin_login"):  # itself sends people to the site's log-in
        return Expect(response.status_code, "login")
    try:
        name = resolve(path).view_name
    except Resolver404:
        return Expect(response.status_code, path)
    if name == "account_login":
        return Expect(response.status_code, "login")
    if name == "wagtailadmin_home":
        return Expect(response.status_code, "admin")
    return Expect(response.status_code, path)
