"""Who issues the portal's credentials, and where its public documents are published.

Every address is absolute and built from ``WAGTAILADMIN_BASE_URL``, the portal's public
address, so that a credential keeps pointing at the right place wherever it travels.
"""

from urllib.parse import quote, urlsplit

from django.conf import settings

SIGNING_KEY_FRAGMENT = "key-1"


def base_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def issuer_did() -> str:
    """The issuer's ``did:web`` identifier; its document is at /.well-known/did.json."""
    # did:web percent-encodes the port's colon (did:web:example.org%3A8000).
    return "did:web:" + quote(urlsplit(base_url()).netloc, safe="")


def verification_method() -> str:
    return f"{issuer_did()}#{SIGNING_KEY_FRAGMENT}"


def issuer_name() -> str:
    return settings.CREDENTIALS_ISSUER["name"]


def issuer_profile_url() -> str:
    return f"{base_url()}/credentials/issuer"


def status_list_url() -> str:
    return f"{base_url()}/credentials/status/revocation"


def verify_url(identifier: str) -> str:
    """The public verification page; the reader's language is chosen on arrival."""
    return f"{base_url()}/verify/{identifier}/"
