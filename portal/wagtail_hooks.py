"""The portal's additions to the Wagtail admin."""

from django.contrib.auth.models import Permission
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.admin_views import translation_status_allowed, translation_status_view
from portal.models import LearnerLogEntry, User


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return translation_status_allowed(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            translation_status_view,
            name="portal_translation_status",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("portal_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=650,
    )


@hooks.register("register_log_actions")
def register_account_log(actions):
    """Accounts are learners' data: what staff do to them goes to the restricted log."""
    actions.register_model(User, LearnerLogEntry)


@hooks.register("register_permissions")
def register_learner_log_permission():
    """Offered on the group form, so an administrator can let a group read that log."""
    return Permission.objects.filter(content_type__app_label="portal", codename="view_learner_log")
