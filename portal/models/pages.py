from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, LimitationStreamBlock


class SingleChildTypeRouting:
    """Route to a child page in one query when the page allows one type of child only.

    Wagtail finds the child by slug, then loads its specific type in a second query. A
    library, course or module holds one type of child, so the child is read as that type
    at once, with the rows its own page shows (``child_route_related``). Each level of a
    lesson's address saves a query. A child of another type (left from an older
    ``subpage_types``) is still found by Wagtail's own routing.
    """

    child_route_related: tuple[str, ...] = ("locale",)

    def route(self, request, path_components):
        child_models = self.specific_class.allowed_subpage_models()
        if not path_components or len(child_models) != 1:
            return super().route(request, path_components)
        child_model = child_models[0]
        try:
            child = (
                child_model.objects.child_of(self)
                .select_related(*self.child_route_related)
                .get(slug=path_components[0])
            )
        except child_model.DoesNotExist:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])


class BasePage(Page):
    """Fields every content page shares: a short introduction and a flexible body."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two plain sentences shown under the title and in listings."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root of one language's tree; every locale has its own translation of it."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.StandardPage",
        "portal.AccessibilityStatementPage",
        "practices.PracticeIndexPage",
        "courses.CourseIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A plain content page: about, privacy notice."""

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class AccessibilityStatementPage(BasePage):
    """The site's accessibility statement in one language, in the sections of the RGAA model.

    French law (article 47 of law 2005-102, RGAA) and the European web accessibility
    directive ask for these sections; the footer of every page links here with the status.
    """

    class ConformanceStatus(models.TextChoices):
        FULL = "full", pgettext_lazy("accessibility conformance", "fully compliant")
        PARTIAL = "partial", pgettext_lazy("accessibility conformance", "partially compliant")
        NONE = "none", pgettext_lazy("accessibility conformance", "not compliant")

    # The kinds of inaccessible content, in the order the statement lists them.
    LIMITATION_HEADINGS = {
        "non_compliance": _("Non-compliant content"),
        "disproportionate_burden": _("Exemptions for disproportionate burden"),
        "outside_scope": _("Content outside the scope of the law"),
    }

    entity_name = models.CharField(
        _("site or organisation"),
        max_length=200,
        help_text=_("Who answers for the site, as it reads in 'X is partially compliant'."),
    )
    standard = models.CharField(
        _("standard"),
        max_length=255,
        help_text=_(
            "The standard the site is measured against, as it reads after 'compliant with': "
            "'the French accessibility standard RGAA, version 4.1.2'."
        ),
    )
    target_level = models.CharField(
        _("level aimed at"), max_length=200, help_text=_("For example: WCAG 2.2, level AA.")
    )
    conformance_status = models.CharField(
        _("conformance status"),
        max_length=7,
        choices=ConformanceStatus.choices,
        default=ConformanceStatus.PARTIAL,
        help_text=_("Fully compliant only when an audit finds every criterion met."),
    )
    audit_date = models.DateField(_("date of the assessment"), null=True, blank=True)
    auditor = models.CharField(
        _("audited by"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that audited the site; leave empty for a self-assessment."),
    )
    compliance_rate = models.PositiveSmallIntegerField(
        _("criteria met (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("The percentage of the standard's criteria met, when an audit counted them."),
    )
    results = RichTextField(
        _("results"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the tests found, in a few sentences."),
    )
    limitations = StreamField(
        LimitationStreamBlock(), blank=True, verbose_name=_("non-accessible content")
    )
    technologies = RichTextField(
        _("technologies relied upon"), features=RICH_TEXT_FEATURES, blank=True
    )
    test_environment = RichTextField(
        _("user agents and assistive technologies tested"),
        features=RICH_TEXT_FEATURES,
        blank=True,
    )
    evaluation_tools = RichTextField(
        _("tools and methods used"), features=RICH_TEXT_FEATURES, blank=True
    )
    pages_checked = RichTextField(_("pages checked"), features=RICH_TEXT_FEATURES, blank=True)
    contact_email = models.EmailField(_("e-mail address"), blank=True)
    contact_url = models.URLField(_("contact form"), blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    recourse = RichTextField(
        _("enforcement procedure"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "How to refer the matter to the Défenseur des droits: online form, delegates, "
            "telephone and the free postal address."
        ),
    )
    statement_date = models.DateField(_("statement date"))
    updated_on = models.DateField(_("last updated"), null=True, blank=True)

    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    # One per language: each language's tree has its own home page.
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel(
            "body",
            heading=_("Commitment and scope"),
            help_text=_("Who commits to what, and which site or part of it this covers."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("standard"),
                FieldPanel("target_level"),
                FieldPanel("conformance_status"),
            ],
            heading=_("Compliance status"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audit_date"), FieldPanel("auditor")]),
                FieldPanel("compliance_rate"),
                FieldPanel("results"),
            ],
            heading=_("Test results"),
        ),
        FieldPanel("limitations"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("statement_date"), FieldPanel("updated_on")]),
                FieldPanel("technologies"),
                FieldPanel("test_environment"),
                FieldPanel("evaluation_tools"),
                FieldPanel("pages_checked"),
            ],
            heading=_("Preparation of this statement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_url"),
                FieldPanel("contact_address"),
            ],
            heading=_("Feedback and contact"),
        ),
        FieldPanel("recourse"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("entity_name"),
        TranslatableField("standard"),
        TranslatableField("target_level"),
        TranslatableField("results"),
        TranslatableField("limitations"),
        TranslatableField("technologies"),
        TranslatableField("test_environment"),
        TranslatableField("evaluation_tools"),
        TranslatableField("pages_checked"),
        TranslatableField("recourse"),
        SynchronizedField("conformance_status"),
        SynchronizedField("audit_date"),
        SynchronizedField("auditor"),
        SynchronizedField("compliance_rate"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_url"),
        SynchronizedField("contact_address"),
        SynchronizedField("statement_date"),
        SynchronizedField("updated_on"),
    ]

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def limitation_groups(self) -> list[tuple[str, list]]:
        """(heading, blocks) for each kind of inaccessible content the page lists."""
        groups = []
        for kind, heading in self.LIMITATION_HEADINGS.items():
            blocks = [block for block in self.limitations if block.block_type == kind]
            if blocks:
                groups.append((heading, blocks))
        return groups

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.conformance_status == self.ConformanceStatus.FULL:
            if self.compliance_rate is not None and self.compliance_rate < 100:
                errors["conformance_status"] = _(
                    "A site is fully compliant only when every criterion is met."
                )
            elif any(block.block_type == "non_compliance" for block in self.limitations):
                errors["conformance_status"] = _(
                    "A fully compliant site has no non-compliant content: remove it from "
                    "the list or choose another status."
                )
        if self.updated_on and self.statement_date and self.updated_on < self.statement_date:
            errors["updated_on"] = _("The update cannot come before the statement.")
        if errors:
            raise ValidationError(errors)
