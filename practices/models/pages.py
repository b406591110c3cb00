from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.countries import COUNTRY_CHOICES
from portal.easy_read import EasyReadMixin
from portal.models import BasePage, SingleChildTypeRouting
from practices.api import OrganisationField, TaxonomyField
from practices.blocks import CaseStudyStreamBlock, SourcesStreamBlock


class PracticeIndexPage(SingleChildTypeRouting, BasePage):
    """The library of good practices of one language; lists and filters its case studies."""

    # A case study's page shows these; reading them with it saves a query each.
    child_route_related = ("locale", "lead_organisation", "programme")

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["practices.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice library")

    def get_context(self, request, *args, **kwargs):
        from practices.filters import library_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(library_listing(index=self, params=request.GET))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data.get("errors"):
            response.status_code = 400
        return response


class CaseStudyPageForm(WagtailAdminPageForm):
    """Offer only the taxonomy terms of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else None
        if locale is None and self.parent_page is not None:
            locale = self.parent_page.locale
        if locale is not None:
            for name in ("themes", "target_groups", "programme"):
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale=locale)


class CaseStudyPage(EasyReadMixin, Page):
    """A good practice in inclusive vocational training, told as facts and as a story."""

    class PeriodPrecision(models.TextChoices):
        DAY = "day", _("Exact dates")
        YEAR = "year", _("Years only")

    summary = models.TextField(
        _("summary"), help_text=_("One paragraph: who did what, for whom, with what result.")
    )
    easy_read_summary = models.TextField(
        _("easy-to-read summary"),
        blank=True,
        help_text=_(
            "Short sentences, everyday words, one idea per sentence, for readers who find "
            "reading hard. Readers choose it with the 'Easy to read' link under the title; "
            "it replaces the summary and the story, and the facts stay."
        ),
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    period_precision = models.CharField(
        _("precision of the dates"),
        max_length=4,
        choices=PeriodPrecision.choices,
        default=PeriodPrecision.DAY,
    )
    lead_organisation = models.ForeignKey(
        "practices.Organisation",
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partners = ParentalManyToManyField(
        "practices.Organisation", verbose_name=_("partners"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(
        "practices.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    programme = models.ForeignKey(
        "practices.FundingProgramme",
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reference = models.CharField(
        _("reference number"),
        max_length=80,
        blank=True,
        help_text=_("The programme's identifier for the project, such as an ECDB number."),
    )
    contact = models.TextField(_("contact"), blank=True)
    website = models.URLField(_("website"), blank=True)
    related_case_studies = ParentalManyToManyField(
        "self", verbose_name=_("related case studies"), blank=True, symmetrical=False
    )
    body = StreamField(CaseStudyStreamBlock(), blank=True, verbose_name=_("body"))
    sources = StreamField(SourcesStreamBlock(), blank=True, verbose_name=_("sources"))

    api_fields = [
        APIField("summary"),
        APIField("easy_read_summary"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("period_precision"),
        APIField("key_figures"),
        APIField("places"),
        APIField("lead_organisation", serializer=OrganisationField()),
        APIField("partners", serializer=OrganisationField()),
        APIField("taxonomy", serializer=TaxonomyField(source="*")),
        APIField("reference"),
        APIField("contact"),
        APIField("website"),
        APIField("body"),
        APIField("sources"),
    ]

    base_form_class = CaseStudyPageForm
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("easy_read_summary"),
        InlinePanel("key_figures", label=_("Key figures"), heading=_("Key figures")),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("period_precision"),
            ],
            heading=_("Period"),
        ),
        InlinePanel("places", label=_("Place"), heading=_("Countries and regions")),
        FieldPanel("lead_organisation"),
        FieldPanel("partners"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("programme"), FieldPanel("reference")], heading=_("Funding")),
        MultiFieldPanel([FieldPanel("contact"), FieldPanel("website")], heading=_("Contact")),
        FieldPanel("related_case_studies"),
        FieldPanel("sources"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("easy_read_summary"),
        index.SearchField("body"),
        index.SearchField("reference"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("easy_read_summary"),
        TranslatableField("key_figures"),
        TranslatableField("places"),
        TranslatableField("body"),
        TranslatableField("sources"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("period_precision"),
        SynchronizedField("lead_organisation"),
        SynchronizedField("partners"),
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("programme"),
        SynchronizedField("reference"),
        SynchronizedField("contact"),
        SynchronizedField("website"),
        SynchronizedField("related_case_studies"),
    ]

    easy_read_field = "easy_read_summary"

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    @property
    def easy_read_html(self) -> SafeString:
        return linebreaks_filter(self.easy_read_summary, autoescape=True)

    @property
    def permalink_path(self) -> str:
        """The short address that survives slug and tree changes."""
        with translation.override(self.locale.language_code):
            return reverse("case_study_permalink", args=[self.pk])

    @property
    def citation_year(self) -> int | None:
        when = self.end_date or self.start_date or self.first_published_at
        return when.year if when else None

    def get_context(self, request, *args, **kwargs):
        from practices.selectors import case_study_facts

        context = super().get_context(request, *args, **kwargs)
        context["facts"] = case_study_facts(page=self, locale=self.locale)
        context["permalink"] = request.build_absolute_uri(self.permalink_path)
        return context

    def serve(self, request, *args, **kwargs):
        from practices.services.reach import (
            case_study_reach_follow,
            case_study_view_count,
            reach_countable,
        )

        response = super().serve(request, *args, **kwargs)
        # Only at the page's own address: the PDF view renders the page too, and counts a
        # download instead.
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != "wagtail_serve":
            return response
        # Hits of the page cache are counted by the cache; this counts the rendering, once
        # it has succeeded.
        case_study_reach_follow(response=response, page=self, counter="views")
        if reach_countable(request=request, response=response):

            def counted(_rendered):
                case_study_view_count(page=self)  # returns None: the response stays

            response.add_post_render_callback(counted)
        return response

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end cannot come before the start.")})


class KeyFigure(TranslatableMixin, Orderable):
    """A number that tells the practice's scale or result, such as '353 trainees'."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="key_figures")
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    unit = models.CharField(
        _("unit"), max_length=20, blank=True, help_text=_("For example % or €.")
    )
    label = models.CharField(
        _("label"),
        max_length=160,
        help_text=_("What is counted: 'trainees who used the check-list'."),
    )

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]
    api_fields = [APIField("value"), APIField("unit"), APIField("label")]
    translatable_fields = [
        TranslatableField("unit"),
        TranslatableField("label"),
        SynchronizedField("value"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self) -> str:
        return f"{self.value} {self.unit} {self.label}".strip()


class CaseStudyPlace(TranslatableMixin, Orderable):
    """A country, and optionally a region, where the practice took place."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="places")
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    region = models.CharField(_("region"), max_length=120, blank=True)

    panels = [FieldRowPanel([FieldPanel("country"), FieldPanel("region")])]
    api_fields = [APIField("country"), APIField("region")]
    translatable_fields = [TranslatableField("region"), SynchronizedField("country")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
