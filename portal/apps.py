from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from portal.locales import locales_sync
        from portal.signals import page_cache_signals_connect
        from portal.spreadsheets import admin_exports_protect

        post_migrate.connect(locales_sync, sender=self)
        page_cache_signals_connect()
        admin_exports_protect()
