"""Account rules beyond allauth's own: log-in refusals, and stricter rules for staff.

Staff are the accounts that can reach the Wagtail admin. Before it, they must have an
authenticator app and have used it in this session (``STAFF_MFA_REQUIRED``); their
sessions end after ``STAFF_SESSION_IDLE_SECONDS`` without a request. Learners keep
Django's session length and may add two-factor authentication.
"""

from collections.abc import Callable
from functools import cache
from http import HTTPStatus

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from allauth.account import views as allauth_views
from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator

# Set on a staff member's session when they log in or open the admin: from then on the
# session expires when idle. Kept in the session so that learners' pages never pay for
# the permission lookup.
STAFF_SESSION_KEY = "portal_staff"


class LoginView(allauth_views.LoginView):
    """allauth's log-in page, answering 429 while too many failed attempts lock it.

    allauth shows its message in the form with a 200; the status tells scripts too.
    """

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "too_many_login_attempts"):
            response.status_code = HTTPStatus.TOO_MANY_REQUESTS
        return response


@cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


@cache
def admin_paths_open_without_mfa() -> frozenset[str]:
    """Admin addresses a staff member without two-factor authentication may still use."""
    return frozenset({reverse("wagtailadmin_logout")})


def user_is_staff(user: AbstractBaseUser) -> bool:
    """Whether the user can reach the Wagtail admin: superusers, editors, moderators."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def staff_session_mark(request: HttpRequest) -> None:
    """Give a staff member's session the short idle timeout from now on."""
    request.session[STAFF_SESSION_KEY] = True
    request.session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)


def second_factor_proven(request: HttpRequest) -> bool:
    """Whether this session has shown the user's authenticator app.

    Either the log-in passed the two-factor step (or a later code check), or the app was
    activated after the session began, which took a code from it too.
    """
    records = get_authentication_records(request, request.user)
    if any(record.get("method") == "mfa" for record in records):
        return True
    totp = Authenticator.objects.filter(
        user_id=request.user.pk, type=Authenticator.Type.TOTP
    ).first()
    session_began = min((record["at"] for record in records if "at" in record), default=None)
    return bool(totp and session_began and totp.created_at.timestamp() >= session_began)


def second_factor_redirect(request: HttpRequest) -> HttpResponse | None:
    """Where a staff member goes instead of the admin, if they have not passed 2FA."""
    has_totp = Authenticator.objects.filter(
        user_id=request.user.pk, type=Authenticator.Type.TOTP
    ).exists()
    if not has_totp:
        messages.warning(
            request,
            _(
                "The administration holds learners' personal data, so staff accounts need "
                "two-factor authentication. Activate an authenticator app here, then open "
                "the administration again."
            ),
        )
        return HttpResponseRedirect(reverse("mfa_index"))
    if second_factor_proven(request):
        return None
    messages.warning(
        request,
        _("To open the administration, enter a code from your authenticator app."),
    )
    query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
    return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}".rstrip("?"))


class StaffAccountMiddleware:
    """Two-factor authentication before the admin, and a short idle timeout, for staff."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path.startswith(admin_prefix()) and user_is_staff(request.user):
            staff_session_mark(request)
            if settings.STAFF_MFA_REQUIRED and path not in admin_paths_open_without_mfa():
                redirect = second_factor_redirect(request)
                if redirect:
                    return redirect
        response = self.get_response(request)
        # After the view: logging in (which resets the expiry) and out both happen there.
        if request.session.get(STAFF_SESSION_KEY):
            request.session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)
        return response
