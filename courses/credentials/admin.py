"""Certificates in the admin: issue one by hand, revoke it, download its three forms.

A certificate's content never changes once issued: "editing" one means revoking it.
"""

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_required
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import CreateView, EditView, HistoryView, SnippetViewSet

from courses.models import Certificate, CoursePage
from courses.services.certificates import CertificateError, certificate_issue, certificate_revoke
from portal.models import User
from portal.models.audit import learner_log_readable


class CertificateIssueForm(WagtailAdminModelForm):
    learner_email = forms.EmailField(label=_("Learner's e-mail address"))
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), empty_label=None
    )
    learner_name = forms.CharField(
        label=_("Name printed"),
        required=False,
        max_length=150,
        help_text=_("Leave empty to print the account's name."),
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=settings.LANGUAGES, initial=settings.LANGUAGE_CODE
    )

    class Meta:
        model = Certificate
        fields = ["learner_email", "course", "learner_name", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = (
            CoursePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        ).order_by("title")

    def clean_learner_email(self):
        email = self.cleaned_data["learner_email"]
        learner = User.objects.filter(email__iexact=email, is_active=True).first()
        if learner is None:
            raise forms.ValidationError(_("No active account has this e-mail address."))
        self.learner = learner
        return email


class CertificateRevokeForm(WagtailAdminModelForm):
    class Meta:
        model = Certificate
        fields = ["revocation_reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["revocation_reason"].required = True
        self.fields["revocation_reason"].help_text = _(
            "Shown to anyone who checks the certificate. Revoking cannot be undone."
        )
        if self.instance.is_revoked:
            self.fields["revocation_reason"].disabled = True

    def clean(self):
        if self.instance.is_revoked:
            raise forms.ValidationError(_("This certificate is already revoked."))
        return super().clean()


class CertificateIssueView(CreateView):
    def get_panel(self):
        panels = [FieldPanel(name) for name in CertificateIssueForm.Meta.fields]
        return ObjectList(panels, base_form_class=CertificateIssueForm).bind_to_model(Certificate)

    def get_form_class(self):
        return self.panel.get_form_class()

    def save_instance(self):
        data = self.form.cleaned_data
        certificate, _created = certificate_issue(
            learner=self.form.learner,
            course=data["course"],
            issued_by=self.request.user,
            learner_name=data["learner_name"],
            language=data["language"],
        )
        return certificate

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except CertificateError as error:
            form.add_error(None, str(error))
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class CertificateRevokeView(EditView):
    def get_last_updated_info(self):
        # Who last acted on the certificate is in the learner data log: not for everyone.
        if not learner_log_readable(self.request.user):
            return None
        return super().get_last_updated_info()

    def save_instance(self):
        certificate_revoke(
            certificate=self.object,
            reason=self.form.cleaned_data["revocation_reason"],
            revoked_by=self.request.user,
        )
        return self.object


class CertificateHistoryView(HistoryView):
    """Issued by hand, revoked, renamed: shown to those who may read the learner data log."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return queryset if learner_log_readable(self.request.user) else queryset.none()


def _downloads(certificate: Certificate) -> str:
    def url(form, query=""):
        return reverse("certificate_download", args=[certificate.pk, form]) + query

    links = [(url("pdf", f"?language={code}"), f"PDF ({code})") for code in certificate.texts]
    links += [(url("obv3"), "Open Badge"), (url("edc"), "Europass")]
    return format_html_join(" · ", '<a href="{}" download>{}</a>', links)


def _status(certificate: Certificate) -> str:
    if certificate.is_revoked:
        return format_html("{} {}", _("Revoked on"), certificate.revoked_at.date().isoformat())
    return _("Valid")


class CertificateChooserViewSet(SnippetChooserViewSet):
    """Wagtail's choosers check no permission, and certificates name learners: this one
    answers only those who manage certificates."""

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        return permission_required("courses.view_certificate")(view)


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "tick-inverse"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 260
    add_view_class = CertificateIssueView
    edit_view_class = CertificateRevokeView
    chooser_viewset_class = CertificateChooserViewSet
    history_view_class = CertificateHistoryView
    edit_handler = ObjectList(
        [FieldPanel("revocation_reason")], base_form_class=CertificateRevokeForm
    )
    list_display = [
        "learner_name",
        Column("title", label=_("Course")),
        "issued_at",
        Column("status", label=_("Status"), accessor=_status),
        Column("downloads", label=_("Download"), accessor=_downloads),
    ]
    search_fields = ["learner_name", "learner__email"]
    search_backend_name = None  # certificates are not in the search index
    inspect_view_enabled = True
    inspect_view_fields = [
        "id",
        "learner_name",
        "learner",
        "language",
        "workload_hours",
        "level",
        "eqf_level",
        "course_url",
        "issued_at",
        "issuer_name",
        "issued_by",
        "revoked_at",
        "revocation_reason",
        "revoked_by",
    ]
    ordering = ["-issued_at"]
