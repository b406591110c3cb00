"""Certificates: the learner's own, their downloads, public verification and the issuer's
public documents (did:web, issuer profile, revocation list)."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from courses.credentials import openbadges
from courses.credentials.documents import FORMATS, certificate_file
from courses.credentials.forms import CertificatePreferencesForm, CredentialVerifyForm
from courses.credentials.verification import credential_verify
from courses.models import Certificate
from courses.selectors.certificates import learner_certificates, revoked_status_indexes
from courses.services.certificates import CertificateError, certificate_preferences_update


def _own_certificate(request: HttpRequest, pk: UUID) -> Certificate:
    """The certificate, for its learner or for staff who manage certificates."""
    certificate = get_object_or_404(Certificate, pk=pk)
    if certificate.learner_id != request.user.pk and not request.user.has_perm(
        "courses.view_certificate"
    ):
        raise Http404
    return certificate


def _certificate_list(
    request: HttpRequest, *, sent: CertificatePreferencesForm | None = None
) -> TemplateResponse:
    """My certificates; ``sent`` is a preferences form that came back with errors."""
    certificates = learner_certificates(user=request.user)
    forms = {
        certificate.pk: CertificatePreferencesForm(
            languages=certificate.languages,
            initial={"learner_name": certificate.learner_name, "language": certificate.language},
            prefix=str(certificate.pk),
        )
        for certificate in certificates
    }
    context = {}
    if sent is not None:
        forms[UUID(sent.prefix)] = sent
        # Named "form", the page title starts with "Error:" (base.html).
        context["form"] = sent
    context["certificates"] = [(c, c.text(get_language()), forms[c.pk]) for c in certificates]
    return TemplateResponse(
        request,
        "courses/certificates/certificate_list.html",
        context,
        status=200 if sent is None else 400,
    )


@require_safe
@login_required
def certificate_list_view(request: HttpRequest) -> HttpResponse:
    return _certificate_list(request)


@require_POST
@login_required
def certificate_preferences_view(request: HttpRequest, pk: UUID) -> HttpResponse:
    certificate = get_object_or_404(Certificate, pk=pk, learner=request.user)
    form = CertificatePreferencesForm(
        request.POST, languages=certificate.languages, prefix=str(certificate.pk)
    )
    if form.is_valid():
        try:
            certificate_preferences_update(certificate=certificate, **form.cleaned_data)
        except CertificateError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your certificate is updated."))
        return redirect("certificate_list")
    # Shown again in place, each error next to its field and listed above the form.
    return _certificate_list(request, sent=form)


@require_safe
@login_required
def certificate_download_view(request: HttpRequest, pk: UUID, form: str) -> HttpResponse:
    certificate = _own_certificate(request, pk)
    if form not in FORMATS:
        raise Http404
    language = request.GET.get("language")
    document = certificate_file(
        certificate, form, language=language if language in certificate.texts else None
    )
    response = HttpResponse(document.content, content_type=document.content_type)
    response["Content-Disposition"] = f'attachment; filename="{document.filename}"'
    return response


@require_safe
def certificate_verify_view(request: HttpRequest, identifier: str) -> HttpResponse:
    """Anyone may check a certificate by its identifier; an unknown one is a 404."""
    try:
        certificate = Certificate.objects.filter(pk=UUID(identifier)).first()
    except ValueError:
        certificate = None
    context = {"certificate": certificate, "identifier": identifier[:100]}
    if certificate:
        context["text"] = certificate.text(get_language())
    return TemplateResponse(
        request,
        "courses/certificates/verify_identifier.html",
        context,
        status=200 if certificate else 404,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def credential_verify_view(request: HttpRequest) -> HttpResponse:
    """Check an uploaded or pasted credential, field by field."""
    form = CredentialVerifyForm(request.POST or None, request.FILES or None)
    result = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            result = credential_verify(form.cleaned_data["credential"])
        else:
            status = 400
    context = {"form": form, "result": result}
    if result and result.certificate:
        context["certificate_text"] = result.certificate.text(get_language())
    return TemplateResponse(
        request, "courses/certificates/verify_credential.html", context, status=status
    )


def _public_json(document: dict, content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(document, content_type=content_type, json_dumps_params={"indent": 2})
    # Verifiers running in a browser on other sites must be able to read these.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def did_document_view(request: HttpRequest) -> JsonResponse:
    return _public_json(openbadges.did_document(), "application/did+json")


@require_safe
def issuer_profile_view(request: HttpRequest) -> JsonResponse:
    return _public_json(openbadges.issuer_profile(), "application/ld+json")


@require_safe
def status_list_view(request: HttpRequest) -> JsonResponse:
    """The revocation list, built on every request: a revocation shows at once."""
    revoked, changed_at = revoked_status_indexes()
    credential = openbadges.status_list_credential(
        revoked_indexes=revoked, valid_from=changed_at or timezone.now()
    )
    response = _public_json(credential, "application/vc+ld+json")
    response["Cache-Control"] = "no-cache"
    return response
