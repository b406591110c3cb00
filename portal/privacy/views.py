"""The privacy page, "My data" with its download, and deleting one's own account."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from courses.models import Certificate
from portal.privacy.erasure import (
    AccountDeletionRefused,
    account_delete,
    account_deletion_email_send,
    account_deletion_refusal,
)
from portal.privacy.export import personal_data_export
from portal.privacy.forms import AccountDeleteForm
from portal.privacy.notice import privacy_facts


@require_safe
def privacy_notice_view(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "portal/privacy/notice.html", privacy_facts())


@require_safe
@login_required
def my_data_view(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "portal/privacy/my_data.html")


@never_cache
@require_safe
@login_required
def my_data_download_view(request: HttpRequest) -> JsonResponse:
    """Every piece of personal data held about the signed-in person, as a JSON file."""
    response = JsonResponse(
        personal_data_export(user=request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    filename = f"passerelles-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _is_staff(user) -> bool:
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def account_delete_view(request: HttpRequest) -> HttpResponse:
    """Confirm with the password, choose the certificates' fate, then erase the account."""
    user = request.user
    certificates = list(Certificate.objects.filter(learner=user).order_by("-issued_at"))
    form = AccountDeleteForm(request.POST or None, user=user, has_certificates=bool(certificates))
    refusal = account_deletion_refusal(user=user)
    status = 200
    if request.method == "POST" and not refusal:
        if form.is_valid():
            try:
                erasure = account_delete(user=user, certificate_fate=form.certificate_fate_chosen)
            except AccountDeletionRefused as error:
                refusal = str(error)
            else:
                # The person is gone: end this session without the log-out signals, whose
                # receivers would look the account up.
                request.session.flush()
                request.user = AnonymousUser()
                account_deletion_email_send(erasure=erasure)
                return redirect("account_deleted")
        status = 400
    if refusal:
        status = 409 if request.method == "POST" else 200
    context = {
        "form": form,
        "certificates": certificates,
        "refusal": refusal,
        "is_staff": _is_staff(user),
    }
    return TemplateResponse(request, "portal/privacy/account_delete.html", context, status=status)


@require_safe
def account_deleted_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("account_delete")
    return TemplateResponse(request, "portal/privacy/account_deleted.html")
