from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.cache import hit_hook_register
        from practices import signals
        from practices.services.reach import HIT_HOOK, case_study_reach_cache_hit

        signals.connect()
        hit_hook_register(HIT_HOOK, case_study_reach_cache_hit)
