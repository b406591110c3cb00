"""The course tree: an index of courses, each made of modules, each made of lessons.

Pages hold content only. What a learner did is kept in ``courses.models.progress``,
keyed by the lesson's ``translation_key`` so that it belongs to the lesson in every
language at once.
"""

import re

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.blocks import LessonStreamBlock
from portal.easy_read import EasyReadMixin
from portal.models.pages import BasePage, SingleChildTypeRouting


class CourseIndexPage(SingleChildTypeRouting, BasePage):
    """Lists the courses of one language."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards(index=self, user=request.user)
        return context


ESCO_SKILL = re.compile(r"http://data\.europa\.eu/esco/skill/[0-9a-f-]{36}")


def esco_skill_lines_validator(value: str) -> None:
    for number, line in enumerate(value.splitlines(), start=1):
        if line.strip() and not ESCO_SKILL.fullmatch(line.strip()):
            raise ValidationError(
                _("Line %(number)s is not an ESCO skill address: %(line)s"),
                params={"number": number, "line": line.strip()[:100]},
            )


class CoursePage(SingleChildTypeRouting, BasePage):
    """A course: what it teaches, to whom, and how it is laid out."""

    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    class Navigation(models.TextChoices):
        FREE = "free", _("Free: lessons in any order")
        SEQUENTIAL = "sequential", _("Sequential: each lesson opens when the one before is done")

    audience = models.TextField(_("audience"), help_text=_("Who the course is for."))
    learning_outcomes = models.TextField(
        _("learning outcomes"),
        help_text=_("What learners will be able to do afterwards, one per line."),
    )
    workload_hours = models.PositiveSmallIntegerField(
        _("workload in hours"), help_text=_("The time a learner needs for the whole course.")
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    prerequisites = models.TextField(
        _("prerequisites"), blank=True, help_text=_("What learners should know beforehand.")
    )
    eqf_level = models.PositiveSmallIntegerField(
        _("EQF level"),
        null=True,
        blank=True,
        choices=[(number, number) for number in range(1, 9)],
        help_text=_("The European Qualifications Framework level, printed on certificates."),
    )
    outcome_skills = models.TextField(
        _("ESCO skills of the learning outcomes"),
        blank=True,
        validators=[esco_skill_lines_validator],
        help_text=_(
            "One line per learning outcome, in the same order: the address of the ESCO skill "
            "it matches (http://data.europa.eu/esco/skill/…), or an empty line."
        ),
    )
    navigation = models.CharField(
        _("navigation"), max_length=20, choices=Navigation.choices, default=Navigation.FREE
    )
    related_case_studies = ParentalManyToManyField(
        "practices.CaseStudyPage",
        verbose_name=_("case studies it draws on"),
        blank=True,
        related_name="+",
    )

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("learning_outcomes"),
                FieldPanel("prerequisites"),
                FieldPanel("workload_hours"),
                FieldPanel("level"),
                FieldPanel("eqf_level"),
                FieldPanel("outcome_skills"),
            ],
            heading=_("About the course"),
        ),
        FieldPanel("navigation"),
        FieldPanel("related_case_studies"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("audience"),
        index.SearchField("learning_outcomes"),
    ]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("audience"),
        TranslatableField("learning_outcomes"),
        TranslatableField("prerequisites"),
        SynchronizedField("workload_hours"),
        SynchronizedField("level"),
        SynchronizedField("eqf_level"),
        SynchronizedField("outcome_skills"),
        SynchronizedField("navigation"),
        SynchronizedField("related_case_studies"),
    ]

    class Meta:
        verbose_name = _("course")

    @property
    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        skill_lines = self.outcome_skills.rstrip().splitlines()
        if len(skill_lines) > len(self.outcomes):
            raise ValidationError(
                {
                    "outcome_skills": _(
                        "There are more skill lines (%(skills)s) than learning outcomes "
                        "(%(outcomes)s)."
                    )
                    % {"skills": len(skill_lines), "outcomes": len(self.outcomes)}
                }
            )

    @property
    def skills(self) -> list[str | None]:
        """The ESCO skill of each learning outcome, by position (None where none is given)."""
        lines = [line.strip() for line in self.outcome_skills.splitlines()]
        return [(lines[i] or None) if i < len(lines) else None for i in range(len(self.outcomes))]

    @property
    def is_sequential(self) -> bool:
        return self.navigation == self.Navigation.SEQUENTIAL

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(course=self, user=request.user))
        return context


class ModulePage(SingleChildTypeRouting, BasePage):
    """A chapter of a course, grouping a few lessons and usually ending with a quiz."""

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_page_context

        context = super().get_context(request, *args, **kwargs)
        course = CoursePage.objects.ancestor_of(self).live().first()
        if course is not None:
            context.update(course_page_context(course=course, user=request.user))
        context["course"] = course
        return context


# Headings, lists and pictures are what easy-to-read guidelines ask for; italics, which
# are harder to read, are left out.
EASY_READ_FEATURES = ["h2", "h3", "bold", "ol", "ul", "link", "image"]
# Blocks that record the learner's work: an easy-to-read lesson keeps them.
ACTIVITY_BLOCK_TYPES = {"reflection", "quiz", "h5p"}


class LessonPage(EasyReadMixin, BasePage):
    """One sitting's worth of learning. Reading it needs an account and an enrolment."""

    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("content"))
    easy_read_body = RichTextField(
        _("easy-to-read version"),
        blank=True,
        features=EASY_READ_FEATURES,
        help_text=_(
            "Optional. The lesson's text for readers who find reading hard: short "
            "sentences, everyday words, one idea per sentence, and headings and lists "
            "rather than long paragraphs. Readers choose it with the 'Easy to read' "
            "link under the title; it replaces the lesson's text, and the reflections, "
            "quiz and H5P activities are shown under it."
        ),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time in minutes"), default=15
    )
    is_optional = models.BooleanField(
        _("optional"),
        default=False,
        help_text=_("Optional lessons do not count towards completing the course."),
    )

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("is_optional"),
        FieldPanel("body"),
        FieldPanel("easy_read_body"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("easy_read_body")]

    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("easy_read_body"),
        SynchronizedField("estimated_minutes"),
        SynchronizedField("is_optional"),
    ]

    easy_read_field = "easy_read_body"

    class Meta:
        verbose_name = _("lesson")

    @property
    def easy_read_html(self) -> SafeString:
        return RichText(self.easy_read_body).__html__()

    @cached_property
    def activity_blocks(self) -> list:
        """What an easy-to-read lesson keeps of the standard one: the learner's activities."""
        return [block for block in self.body if block.block_type in ACTIVITY_BLOCK_TYPES]

    @cached_property
    def quiz(self):
        """The lesson's quiz block, or None: a lesson with a quiz is completed by passing it."""
        return next((block for block in self.body if block.block_type == "quiz"), None)

    @cached_property
    def has_reflections(self) -> bool:
        return any(block.block_type == "reflection" for block in self.body)

    @cached_property
    def h5p_blocks(self) -> list:
        """The lesson's H5P activities. Without a quiz, doing them completes the lesson.

        A block whose activity was deleted is left out: it shows and requires nothing.
        """
        return [
            block
            for block in self.body
            if block.block_type == "h5p" and block.value["activity"] is not None
        ]

    def serve(self, request, *args, **kwargs):
        from courses.selectors import lesson_access

        if request.method not in {"GET", "HEAD", "POST"}:
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            # The full address, so that a chosen version (?version=easy-read) survives log-in.
            return redirect_to_login(request.get_full_path())
        access = lesson_access(lesson=self, user=request.user)
        if not access.allowed:
            if access.redirect_to is None:  # its course was unpublished: nowhere to send them
                raise Http404(access.reason)
            messages.info(request, access.reason)
            return redirect(access.redirect_to.get_url(request))
        request.lesson_access = access
        if request.method == "POST":
            from courses.views import lesson_quiz_post

            return lesson_quiz_post(request, self, access)
        if access.enrolled:
            from courses.services.progress import lesson_visit

            entry = next((e for e in access.outline.lessons if e.page.pk == self.pk), None)
            progress = lesson_visit(
                user=request.user,
                lesson=self,
                course=access.course,
                known=entry.progress if entry else None,
            )
            if entry is not None:
                entry.progress = progress
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        access = getattr(request, "lesson_access", None)
        context.update(lesson_page_context(lesson=self, user=request.user, access=access))
        context["body_blocks"] = self.activity_blocks if context["easy_read"] else self.body
        return context

    def get_sitemap_urls(self, request=None):
        # Lessons need an account: search engines get the course outlines instead.
        return []

    def get_admin_display_title(self):
        optional = gettext(" (optional)") if self.is_optional else ""
        return f"{super().get_admin_display_title()}{optional}"
