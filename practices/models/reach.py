"""How many times each case study was read and downloaded: bare monthly counts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStudyReach(models.Model):
    """Views and PDF downloads of one case study in one language during one month.

    A case study is named by its translation key, which its versions in every language
    share and which survives moves and slug changes; the language keeps the versions'
    readers apart. Only the counts are kept: nothing about who read, from where or with
    what, so there is nothing personal to protect, erase or consent to.
    """

    translation_key = models.UUIDField(_("case study"))
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    views = models.PositiveIntegerField(_("views"), default=0)
    pdf_downloads = models.PositiveIntegerField(_("PDF downloads"), default=0)

    class Meta:
        verbose_name = _("case study reach")
        verbose_name_plural = _("case study reach")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale", "month"],
                name="practices_reach_one_row_per_month",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.translation_key} · {self.month:%Y-%m} · {self.views} / {self.pdf_downloads}"
