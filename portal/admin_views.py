"""Admin views of the portal: the translation status report."""

from collections import Counter
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.translation_status import TranslationState, translation_status_rows

TRANSLATION_STATUS_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
)


def translation_status_allowed(user: Any) -> bool:
    """Editors and moderators: whoever may use the admin and submit translations."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.has_perms(TRANSLATION_STATUS_PERMISSIONS)


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Every translatable page and snippet, with its state in each locale."""

    template_name = "portal/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # Wagtail's admin URL wrapper already sends anonymous users to the login page and
        # users without admin access away. A plain 403 here: raising PermissionDenied would
        # be turned into a redirect to the dashboard by that same wrapper.
        if not translation_status_allowed(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        rows = translation_status_rows()
        locales = [status.locale for status in rows[0].statuses] if rows else []
        counts = Counter(status.state for row in rows for status in row.statuses)
        context.update(
            rows=rows,
            locales=locales,
            missing_count=counts[TranslationState.MISSING],
            changed_count=counts[TranslationState.SOURCE_CHANGED],
            up_to_date_count=counts[TranslationState.UP_TO_DATE],
        )
        return context


translation_status_view = TranslationStatusView.as_view()
