from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.countries import COUNTRY_CHOICES


class Organisation(index.Indexed, models.Model):
    """A body that leads or takes part in a practice, shared by every language and case study.

    Names stay in their own language, as they are cited.
    """

    class Kind(models.TextChoices):
        TRAINING_PROVIDER = "training", _("Training provider")
        REHABILITATION_CENTRE = "rehabilitation", _("Vocational rehabilitation centre")
        ASSOCIATION = "association", _("Association or network")
        EMPLOYER = "employer", _("Company or employers' group")
        PUBLIC_BODY = "public", _("Public authority or agency")
        FUNDER = "funder", _("Funder")
        UNIVERSITY = "university", _("University or research centre")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("country"),
        FieldPanel("kind"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name
