"""Security headers (portal/security.py) on the test client's answers: the policy of the
public site and of the admin, views that keep their own, the nonce and the page cache,
media and video origins. tests/security/test_security_headers_server.py checks a real
server on production settings."""

import os
import secrets
import subprocess
import sys

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template import engines
from django.test import RequestFactory, override_settings
from django.urls import resolve

from wagtail.embeds.finders import get_finders
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail.users.utils import get_gravatar_url

import pytest

from courses.h5p.views import PLAYER_CSP
from courses.models import H5PActivity, LessonPage
from portal.cache import response_storable
from portal.security import LazyNonce, csp_nonce_used, media_origins
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, str]:
    """The Content-Security-Policy as {directive: sources}."""
    rules = {}
    for directive in response["Content-Security-Policy"].split(";"):
        name, _, sources = directive.strip().partition(" ")
        rules[name] = sources
    return rules


def nonce(response) -> str:
    sources = policy(response)["script-src"].split()
    return next(source for source in sources if source.startswith("'nonce-"))


def log_in(client, email: str):
    client.force_login(get_user_model().objects.get(email=email))


def test_the_public_site_allows_its_own_scripts_and_those_with_the_nonce_only(client):
    response = client.get("/en/")
    rules = policy(response)
    assert rules["default-src"] == "'self'"
    assert rules["script-src"] == f"'self' {nonce(response)}"
    assert rules["style-src"] == "'self'"
    assert rules["img-src"] == "'self' data:"
    assert rules["object-src"] == "'none'"
    assert rules["base-uri"] == "'self'"
    assert rules["form-action"] == "'self'"
    assert rules["frame-ancestors"] == "'none'"
    assert rules["frame-src"].split() == [
        "'self'",
        "https://www.youtube.com",
        "https://player.vimeo.com",
        "https://www.dailymotion.com",
        "https://geo.dailymotion.com",
    ]
    assert response["X-Frame-Options"] == "DENY"


def test_every_answer_has_a_nonce_of_its_own(client):
    nonces = {nonce(client.get("/en/")) for _ in range(3)}
    assert len(nonces) == 3
    assert all(len(value) > len("'nonce-'") + 20 for value in nonces)


@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_page_from_the_cache_gets_a_fresh_nonce(client):
    first, second = client.get("/en/"), client.get("/en/")
    assert second["X-Cache"] == "hit"
    assert nonce(first) != nonce(second)


def cacheable_request():
    request = RequestFactory().get("/en/")
    request.resolver_match = resolve("/en/")
    request.csp_nonce = LazyNonce()
    return request


def test_a_page_that_printed_the_nonce_is_never_stored():
    request = cacheable_request()
    assert response_storable(request, HttpResponse("<p>No script.</p>"))
    html = f'<script nonce="{request.csp_nonce}">start()</script>'
    assert csp_nonce_used(request)
    assert not response_storable(request, HttpResponse(html))


def test_templates_get_the_nonce_of_the_header(client):
    response = client.get("/en/")
    template = engines["django"].from_string("{{ csp_nonce }}")
    request = response.wsgi_request
    assert f"'nonce-{template.render({}, request)}'" == nonce(response)


def test_every_answer_turns_off_the_browser_features_the_site_never_uses(client):
    response = client.get("/en/")
    features = dict(part.strip().split("=") for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/static/css/site.css", "/fr/no-such-page/", "/healthz"])
def test_static_files_errors_and_plain_views_get_the_policy_too(client, path):
    response = client.get(path)
    assert policy(response)["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert "Permissions-Policy" in response


def test_the_admin_allows_its_inline_scripts_and_nothing_else_more(client):
    log_in(client, "editor@example.org")
    response = client.get("/admin/")
    assert response.status_code == 200
    rules = policy(response)
    # Inline scripts run only with no nonce in the list: a nonce would turn them off.
    assert rules["script-src"] == "'self' 'unsafe-inline'"
    assert rules["object-src"] == "'none'"
    assert rules["base-uri"] == "'self'"
    assert rules["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_the_public_site_never_allows_inline_scripts(client):
    log_in(client, "trainer@example.org")
    lesson = LessonPage.objects.live().filter(locale__language_code="en").first()
    for path in ("/en/", lesson.url, "/en/learning/", "/en/accounts/email/"):
        assert "unsafe" not in client.get(path)["Content-Security-Policy"], path


def test_the_editor_may_frame_its_previews_only(client):
    log_in(client, "editor@example.org")
    # French: the English lessons are translations, edited in wagtail-localize's editor.
    lesson = LessonPage.objects.live().filter(locale__language_code="fr").first()
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/")
    form = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    form.update(nested_form_data({"body": streamfield([])}))  # drawn by script in a browser
    preview_url = f"/admin/pages/{lesson.pk}/edit/preview/"
    assert client.post(preview_url, form).json()["is_valid"]
    response = client.get(preview_url + "?mode=")
    assert lesson.title in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == "'self'"


def test_the_h5p_player_keeps_its_own_policy_and_same_origin_framing(client):
    log_in(client, "trainer@example.org")
    activity = H5PActivity.objects.first()
    response = client.get(activity.get_player_url())
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == PLAYER_CSP
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in response["Permissions-Policy"]


def test_media_from_this_site_need_no_other_origin():
    assert media_origins() == []


def s3(**options) -> dict:
    storage = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
    return {"default": storage}


@pytest.mark.parametrize(
    ("storages", "media_url", "origins"),
    [
        (
            s3(bucket_name="b", custom_domain="media.example.org"),
            "/media/",
            ["https://media.example.org"],
        ),
        (
            s3(bucket_name="b", endpoint_url="https://s3.fr-par.scw.cloud"),
            "/media/",
            ["https://s3.fr-par.scw.cloud", "https://b.s3.fr-par.scw.cloud"],
        ),
        (
            s3(bucket_name="b", region_name="eu-west-3"),
            "/media/",
            ["https://b.s3.amazonaws.com", "https://b.s3.eu-west-3.amazonaws.com"],
        ),
        (None, "https://cdn.example.org/media/", ["https://cdn.example.org"]),
    ],
)
def test_media_in_object_storage_or_on_a_cdn_are_allowed_as_images_and_sound(
    client, settings, storages, media_url, origins
):
    if storages:
        settings.STORAGES = {**settings.STORAGES, **storages}
    settings.MEDIA_URL = media_url
    assert media_origins() == origins
    rules = policy(client.get("/en/"))
    assert rules["img-src"] == " ".join(["'self'", "data:", *origins])
    assert rules["media-src"] == " ".join(["'self'", *origins])


def test_video_blocks_accept_the_services_the_policy_lets_pages_frame():
    def finds(url: str) -> bool:
        return any(finder.accept(url) for finder in get_finders())

    assert finds("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    assert finds("https://vimeo.com/76979871")
    assert finds("https://www.dailymotion.com/video/x7tgad0")
    # Services whose embeds run scripts in the page itself are refused.
    assert not finds("https://twitter.com/wagtail/status/1")
    assert not finds("https://www.instagram.com/p/B1/")


def test_the_admin_asks_no_other_site_for_avatars():
    assert get_gravatar_url("editor@example.org") is None


def test_check_deploy_finds_nothing_on_production_settings():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "WAGTAILADMIN_BASE_URL": "https://example.org",
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    # Set by the browser tests for Playwright, when they run in the same session.
    for name in ("SECURE_SSL_REDIRECT", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        environment.pop(name, None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr
