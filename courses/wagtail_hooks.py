"""H5P activities in the admin (upload a package, preview it, choose it in any lesson) and
certificates (see ``courses.credentials.admin``)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from courses import audit
from courses.credentials.admin import CertificateViewSet
from courses.h5p.package import H5PPackageError, package_read
from courses.models import Certificate, Cohort, H5PActivity
from courses.services.h5p import h5p_activity_create
from portal.models import LearnerLogEntry


class H5PActivityForm(WagtailAdminModelForm):
    """Editing keeps the package; a new package means a new activity."""

    class Meta:
        model = H5PActivity
        fields = ["title", "translation_of"]


class H5PUploadForm(H5PActivityForm):
    package_file = forms.FileField(
        label=_("H5P package"),
        help_text=_("A .h5p file exported from any H5P authoring tool."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    class Meta(H5PActivityForm.Meta):
        fields = ["package_file", "title", "translation_of"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the title inside the package.")

    def clean_package_file(self):
        upload = self.cleaned_data["package_file"]
        if upload.size > settings.H5P_MAX_UPLOAD_SIZE:
            raise ValidationError(
                _("The file is %(size)s; the limit is %(limit)s.")
                % {
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.H5P_MAX_UPLOAD_SIZE),
                }
            )
        try:
            self.package_title = package_read(upload).package["title"]
        except H5PPackageError as error:
            raise ValidationError(error.errors) from error
        upload.seek(0)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("title") and hasattr(self, "package_title"):
            cleaned_data["title"] = self.package_title[:255]
        return cleaned_data


class H5PActivityCreateView(CreateView):
    def get_panel(self):
        panels = [FieldPanel("package_file"), FieldPanel("title"), FieldPanel("translation_of")]
        return ObjectList(panels, base_form_class=H5PUploadForm).bind_to_model(H5PActivity)

    def get_form_class(self):
        # The viewset hands every view the editing form; adding needs the upload form.
        return self.panel.get_form_class()

    def save_instance(self):
        data = self.form.cleaned_data
        activity = h5p_activity_create(
            upload=data["package_file"],
            title=data["title"],
            user=self.request.user,
            may_install_libraries=self.request.user.has_perm("courses.install_h5plibrary"),
        )
        if data["translation_of"]:
            activity.translation_of = data["translation_of"]
            activity.save(update_fields=["translation_of"])
        return activity

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except H5PPackageError as error:
            # What depends on installed libraries and on the user's rights.
            for message in error.errors:
                form.add_error("package_file", message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "media"
    menu_label = _("H5P activities")
    add_to_admin_menu = True
    menu_order = 250
    add_view_class = H5PActivityCreateView
    base_form_class = H5PActivityForm
    list_display = ["title", "language", "main_library", "translation_of", "created_at"]
    list_filter = ["language"]
    panels = [FieldPanel("title"), FieldPanel("translation_of")]


register_snippet(H5PActivityViewSet)
register_snippet(CertificateViewSet)


@hooks.register("register_log_actions")
def register_learner_log(actions):
    """Cohorts and certificates are learners' data: their entries go to the restricted log."""
    actions.register_model(Cohort, LearnerLogEntry)
    actions.register_model(Certificate, LearnerLogEntry)
    audit.log_actions_register(actions)
