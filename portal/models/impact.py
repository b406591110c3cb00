"""The permission to read the impact reports, which have no table of their own."""

from django.db import models
from django.utils.translation import gettext_lazy as _

READ_PERMISSION = "portal.view_impactreport"


class ImpactReport(models.Model):
    """No rows: the model only carries ``portal.view_impactreport``."""

    class Meta:
        managed = False
        default_permissions = ("view",)
        verbose_name = _("impact report")

    def __str__(self):
        return str(self._meta.verbose_name)
