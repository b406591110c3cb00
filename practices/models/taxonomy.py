from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term that case studies are filtered by; one row per language, linked by translation.

    The slug is shared by every translation of a term, so a filter link such as
    ``?theme=distance-learning`` works in every language.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Used in filter links; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(app_label)s_%(class)s_slug_locale"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Theme(TaxonomyTerm):
    """What a practice is about: distance learning, drop-out prevention, social economy…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(TaxonomyTerm):
    """Who a practice serves: disabled people, low-literacy job seekers, educators…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class FundingProgramme(TaxonomyTerm):
    """The programme that funded a practice: Erasmus+, EQUAL, a regional agreement…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
