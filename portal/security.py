"""Security headers on every response: a Content-Security-Policy with a fresh nonce per
request, a Permissions-Policy that turns off what the site never uses, and frame
protection on answers that no inner middleware saw (static files, cached pages).

A view that sets its own Content-Security-Policy keeps it: the H5P player and package
files (courses/h5p/views.py), Wagtail's image and document files.
"""

import secrets
from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty

ADMIN_PREFIX = "/admin/"

# Browser features no page of the site needs, off for the site and anything it frames.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class LazyNonce(SimpleLazyObject):
    """The request's nonce, made when first read: the page cache can tell whether a page
    printed it, since such a page must never be served again with another request's policy."""

    def __init__(self):
        super().__init__(lambda: secrets.token_urlsafe(16))

    @property
    def used(self) -> bool:
        return self._wrapped is not empty


def csp_nonce_used(request: HttpRequest) -> bool:
    nonce = getattr(request, "csp_nonce", None)
    return isinstance(nonce, LazyNonce) and nonce.used


def media_origins() -> list[str]:
    """Where media files come from when not from this site: a bucket or its own domain."""
    origins = []
    media_url = urlsplit(settings.MEDIA_URL)
    if media_url.netloc:
        origins.append(f"{media_url.scheme or 'https'}://{media_url.netloc}")
    storage = settings.STORAGES["default"]
    if storage["BACKEND"].startswith("storages.backends.s3"):
        options = storage.get("OPTIONS", {})
        bucket = options.get("bucket_name", "")
        if options.get("custom_domain"):
            origins.append(f"https://{options['custom_domain']}")
        elif options.get("endpoint_url"):
            endpoint = urlsplit(options["endpoint_url"])
            # Path-style (endpoint/bucket/...) or virtual-hosted (bucket.endpoint/...).
            origins.append(f"{endpoint.scheme}://{endpoint.netloc}")
            origins.append(f"{endpoint.scheme}://{bucket}.{endpoint.netloc}")
        else:
            origins.append(f"https://{bucket}.s3.amazonaws.com")
            if options.get("region_name"):
                origins.append(f"https://{bucket}.s3.{options['region_name']}.amazonaws.com")
    return origins


def content_security_policy(*, nonce: str, admin: bool, framed_by_site: bool) -> str:
    """The policy of one response; ``framed_by_site`` when only this site may frame it."""
    media = " ".join(media_origins())
    ancestors = "'self'" if framed_by_site else "'none'"
    frames = " ".join(settings.VIDEO_PLAYER_ORIGINS)
    if admin:
        # Wagtail's admin and wagtail-localize's editor print inline scripts and style
        # attributes that carry no nonce (inline panels, date pickers, the translation
        # editor's settings): they are allowed here, and only here. Editors are signed in
        # staff, and every other directive stays as strict as on the public site.
        scripts, styles = "'self' 'unsafe-inline'", "'self' 'unsafe-inline'"
        images, sounds = f"'self' data: blob: {media}", f"'self' blob: {media}"
    else:
        scripts, styles = f"'self' 'nonce-{nonce}'", "'self'"
        images, sounds = f"'self' data: {media}", f"'self' {media}"
    directives = [
        "default-src 'self'",
        f"script-src {scripts}",
        f"style-src {styles}",
        f"img-src {images}",
        f"media-src {sounds}",
        # The H5P player (this site) and the video services a video block embeds.
        f"frame-src 'self' {frames}",
        f"frame-ancestors {ancestors}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    # Without media origins a directive would end in a space.
    return "; ".join(" ".join(directive.split()) for directive in directives)


class SecurityHeadersMiddleware:
    """Add the Content-Security-Policy, Permissions-Policy and frame protection.

    Place it right after SecurityMiddleware: outside WhiteNoise, so that static files get
    the headers, and outside the page cache, so that a cached page gets a fresh nonce.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.csp_nonce = LazyNonce()
        response = self.get_response(request)
        if getattr(request, "is_dummy", False):
            # Wagtail's preview renders the page through the middleware with a made-up
            # request; the admin's own request around it sets the headers the browser sees.
            return response
        if "X-Frame-Options" not in response and not getattr(
            response, "xframe_options_exempt", False
        ):
            response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
        if "Content-Security-Policy" not in response:
            # Wagtail's previews are framed by its editor: SAMEORIGIN there, DENY elsewhere.
            framed = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
            response["Content-Security-Policy"] = content_security_policy(
                nonce=str(request.csp_nonce),
                admin=request.path_info.startswith(ADMIN_PREFIX),
                framed_by_site=framed,
            )
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def csp(request: HttpRequest) -> dict:
    """Template context processor: ``csp_nonce`` for a ``<script nonce="…">``."""
    nonce = getattr(request, "csp_nonce", None)
    return {"csp_nonce": nonce} if nonce is not None else {}
