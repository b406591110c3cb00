"""Reads for course pages, lessons and the learner's dashboard.

Each builds what a page shows with a fixed number of queries, however many modules,
lessons or courses there are: the tree is read in one query per page type and progress in
one query per learner.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    ReflectionAnswer,
)
from courses.selectors.h5p import lesson_h5p_blocks
from courses.services.quizzes import quiz_score
from portal.models import User


@dataclass
class LessonEntry:
    page: LessonPage
    progress: LessonProgress | None = None
    locked: bool = False

    @property
    def status(self) -> str:
        if self.progress is None:
            return LessonProgress.Status.NOT_STARTED
        return self.progress.status

    @property
    def completed(self) -> bool:
        return self.status == LessonProgress.Status.COMPLETED


@dataclass
class ModuleEntry:
    page: ModulePage
    lessons: list[LessonEntry] = field(default_factory=list)

    @property
    def required(self) -> list[LessonEntry]:
        return [lesson for lesson in self.lessons if not lesson.page.is_optional]

    @property
    def completed_count(self) -> int:
        return sum(lesson.completed for lesson in self.required)

    @property
    def status(self) -> str:
        required = self.required
        if required and all(lesson.completed for lesson in required):
            return LessonProgress.Status.COMPLETED
        if any(lesson.progress for lesson in self.lessons):
            return LessonProgress.Status.IN_PROGRESS
        return LessonProgress.Status.NOT_STARTED

    @property
    def score(self) -> int | None:
        """The mean of the lessons' scores (quizzes, H5P activities), once any was tried."""
        scores = [
            lesson.progress.best_score
            for lesson in self.lessons
            if lesson.progress and lesson.progress.best_score is not None
        ]
        return round(sum(scores) / len(scores)) if scores else None


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[ModuleEntry]
    enrolment: Enrolment | None = None

    @property
    def lessons(self) -> list[LessonEntry]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def required_total(self) -> int:
        return sum(len(module.required) for module in self.modules)

    @property
    def required_completed(self) -> int:
        return sum(module.completed_count for module in self.modules)

    @property
    def percent(self) -> int:
        total = self.required_total
        return round(100 * self.required_completed / total) if total else 0

    @property
    def is_completed(self) -> bool:
        return bool(self.enrolment and self.enrolment.completed_at)

    @property
    def started(self) -> bool:
        return any(lesson.progress for lesson in self.lessons)

    @property
    def next_lesson(self) -> LessonEntry | None:
        """Where to continue: the lesson last worked on, or the first undone one after it."""
        lessons = self.lessons
        touched = [lesson for lesson in lessons if lesson.progress]
        start = 0
        if touched:
            latest = max(touched, key=lambda lesson: lesson.progress.last_activity_at)
            start = lessons.index(latest)
        # A locked lesson is never the way on: in a sequential course that would send the
        # learner back and forth when a lesson was added before their place.
        undone = [
            lesson
            for lesson in lessons[start:] + lessons[:start]
            if not lesson.completed and not lesson.locked
        ]
        required = [lesson for lesson in undone if not lesson.page.is_optional]
        return (required or undone or [None])[0]


def _lesson_path_prefixes(pages: Iterable[Page]) -> Q:
    prefixes = Q()
    for page in pages:
        prefixes |= Q(path__startswith=page.path)
    return prefixes


def course_outlines(
    *,
    courses: list[CoursePage],
    user: User | None,
    enrolments: dict[UUID, Enrolment] | None = None,
) -> list[CourseOutline]:
    """The module and lesson tree of each course, with the user's progress when signed in."""
    if not courses:
        return []
    prefixes = _lesson_path_prefixes(courses)
    # An outline shows titles and progress, never the pages' content: reading and parsing
    # every lesson's body took most of the time of the pages and writes that need one.
    modules = ModulePage.objects.live().filter(prefixes, depth=courses[0].depth + 1)
    modules = modules.defer_streamfields()
    lessons = LessonPage.objects.live().filter(prefixes).order_by("path").defer_streamfields()
    modules_by_path = {module.path: ModuleEntry(module) for module in modules.order_by("path")}
    for lesson in lessons:
        module = modules_by_path.get(lesson.path[: -Page.steplen])
        if module is not None:
            module.lessons.append(LessonEntry(lesson))

    progress = {}
    if user is not None and user.is_authenticated:
        keys = [course.translation_key for course in courses]
        progress = {
            row.lesson_key: row
            for row in LessonProgress.objects.filter(user=user, course_key__in=keys)
        }
        if enrolments is None:
            enrolments = {
                enrolment.course_key: enrolment
                for enrolment in Enrolment.objects.filter(user=user, course_key__in=keys)
            }
    enrolments = enrolments or {}

    outlines = []
    for course in courses:
        course_modules = [
            module for path, module in modules_by_path.items() if path.startswith(course.path)
        ]
        outline = CourseOutline(course, course_modules, enrolments.get(course.translation_key))
        blocked = False
        for lesson in outline.lessons:
            lesson.progress = progress.get(lesson.page.translation_key)
            lesson.locked = course.is_sequential and blocked
            if not lesson.completed and not lesson.page.is_optional:
                blocked = True
        outlines.append(outline)
    return outlines


def course_outline(*, course: CoursePage, user: User | None) -> CourseOutline:
    return course_outlines(courses=[course], user=user)[0]


def course_cards(*, index: CourseIndexPage, user: User) -> list[CourseOutline]:
    """The index's live courses, with the visitor's progress in each."""
    courses = list(CoursePage.objects.live().public().child_of(index).order_by("path"))
    return course_outlines(courses=courses, user=user)


def course_page_context(*, course: CoursePage, user: User) -> dict:
    outline = course_outline(course=course, user=user)
    return {
        "outline": outline,
        # Shown in the course's language when the case study is translated.
        "case_studies": _in_locale(list(course.related_case_studies.all()), course.locale),
        "languages": _languages(course),
    }


def _in_locale(pages: list[Page], locale: Locale) -> list[Page]:
    """Each page's live translation in ``locale``, or the page itself when there is none."""
    if not pages:
        return []
    model = type(pages[0])
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            translation_key__in=[page.translation_key for page in pages], locale=locale
        )
    }
    return [translations.get(page.translation_key, page) for page in pages if page.live]


def _languages(page: Page) -> list[Locale]:
    """The languages a page is published in."""
    locale_ids = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .values_list("locale_id", flat=True)
    )
    return list(Locale.objects.filter(pk__in=locale_ids).order_by("language_code"))


@dataclass
class LessonAccess:
    allowed: bool
    course: CoursePage | None = None
    outline: CourseOutline | None = None
    reason: str = ""
    redirect_to: Page | None = None

    @property
    def enrolled(self) -> bool:
        return bool(self.outline and self.outline.enrolment)


def _routed_course(lesson: LessonPage) -> CoursePage | None:
    """The course the request's routing already read on its way to the lesson, if any.

    Routing keeps each page's parent on the child (treebeard's ``_cached_parent_obj``,
    which ``get_parent`` itself reads): lesson, module, course.
    """
    module = getattr(lesson, "_cached_parent_obj", None)
    course = getattr(module, "_cached_parent_obj", None)
    return course if isinstance(course, CoursePage) and course.live else None


def lesson_access(*, lesson: LessonPage, user: User) -> LessonAccess:
    """Whether a signed-in user may open the lesson, and where to send them if not."""
    course = _routed_course(lesson) or CoursePage.objects.live().ancestor_of(lesson).first()
    if course is None:
        return LessonAccess(False, reason=_("This lesson is not part of a published course."))
    outline = course_outline(course=course, user=user)
    if outline.enrolment is None:
        if user.has_perm("wagtailadmin.access_admin"):
            # Editors check lessons without enrolling; nothing they do is recorded.
            return LessonAccess(True, course, outline)
        return LessonAccess(
            False,
            course,
            outline,
            _("Enrol in the course to open its lessons."),
            redirect_to=course,
        )
    entry = next((e for e in outline.lessons if e.page.pk == lesson.pk), None)
    if entry is not None and entry.locked:
        target = outline.next_lesson
        return LessonAccess(
            False,
            course,
            outline,
            _("This course is followed in order: finish this lesson first."),
            redirect_to=target.page if target else course,
        )
    return LessonAccess(True, course, outline)


@dataclass
class QuizChoiceView:
    position: int
    text: str
    checked: bool


@dataclass
class QuizQuestionView:
    position: int
    kind: str
    text: str
    choices: list[QuizChoiceView]
    error: str = ""

    @property
    def multiple(self) -> bool:
        return self.kind == "multiple"


def quiz_form(quiz, *, picked: dict[str, list[str]] | None = None, errors=None) -> list:
    """The quiz's questions as a form, keeping what the learner picked when it is resent."""
    picked, errors = picked or {}, errors or {}
    return [
        QuizQuestionView(
            position,
            question["kind"],
            question["text"],
            [
                QuizChoiceView(i, choice["text"], str(i) in picked.get(f"q{position}", []))
                for i, choice in enumerate(question["choices"])
            ],
            errors.get(position, ""),
        )
        for position, question in enumerate(quiz["questions"])
    ]


def quiz_feedback(quiz, attempt: QuizAttempt | None) -> list[dict] | None:
    """What the learner's last attempt got right and wrong, with each picked answer's feedback."""
    if attempt is None:
        return None
    answers = {int(position): tuple(picked) for position, picked in attempt.answers.items()}
    _score, results = quiz_score(quiz=quiz, answers=answers)
    feedback = []
    for result, question in zip(results, quiz["questions"], strict=False):
        choices = question["choices"]
        feedback.append(
            {
                "text": question["text"],
                "correct": result.correct,
                "picked": [choices[i] for i in result.picked if i < len(choices)],
            }
        )
    return feedback


def lesson_page_context(*, lesson: LessonPage, user: User, access: LessonAccess | None) -> dict:
    """Everything a lesson page shows besides its content."""
    if access is None:  # a preview in the admin: editors check the quiz's questions too
        context = {"preview": True}
        if lesson.h5p_blocks:
            context["h5p_blocks"] = lesson_h5p_blocks(lesson=lesson, language=get_language())
        if lesson.quiz is not None:
            context["quiz_questions"] = quiz_form(lesson.quiz.value)
        return context
    outline = access.outline
    lessons = outline.lessons
    index = next((i for i, entry in enumerate(lessons) if entry.page.pk == lesson.pk), None)
    entry = lessons[index] if index is not None else LessonEntry(lesson)
    following = lessons[index + 1 :] if index is not None else []
    context = {
        "course": access.course,
        "outline": outline,
        "entry": entry,
        "enrolled": access.enrolled,
        "previous_lesson": lessons[index - 1] if index else None,
        "next_lesson": following[0] if following else None,
        "module": next((module for module in outline.modules if entry in module.lessons), None),
        "reflections": {},
        "quiz_token": uuid.uuid4(),
    }
    if access.enrolled and lesson.has_reflections:
        context["reflections"] = {
            str(answer.block_id): answer.text
            for answer in ReflectionAnswer.objects.filter(
                user=user, lesson_key=lesson.translation_key
            )
        }
    if lesson.quiz is not None and access.enrolled:
        attempt = QuizAttempt.objects.filter(user=user, lesson_key=lesson.translation_key).first()
        context["last_attempt"] = attempt
        context["quiz_feedback"] = quiz_feedback(lesson.quiz.value, attempt)
    if lesson.quiz is not None:
        context["quiz_questions"] = quiz_form(lesson.quiz.value)
    if lesson.h5p_blocks:
        context["h5p_blocks"] = lesson_h5p_blocks(
            lesson=lesson, language=get_language(), user=user if access.enrolled else None
        )
    return context


@dataclass
class Dashboard:
    in_progress: list[CourseOutline]
    completed: list[CourseOutline]


def learner_dashboard(*, user: User, locale: Locale) -> Dashboard:
    """The learner's courses in ``locale`` (or their own language when not translated)."""
    enrolments = {e.course_key: e for e in Enrolment.objects.filter(user=user)}
    pages = CoursePage.objects.live().filter(translation_key__in=enrolments)
    by_key: dict[UUID, CoursePage] = {}
    for page in pages.order_by("path"):
        if page.translation_key not in by_key or page.locale_id == locale.pk:
            by_key[page.translation_key] = page
    outlines = course_outlines(courses=list(by_key.values()), user=user, enrolments=enrolments)
    return Dashboard(
        in_progress=[outline for outline in outlines if not outline.is_completed],
        completed=[outline for outline in outlines if outline.is_completed],
    )


def courses_drawing_on(*, case_study: Page) -> list[CoursePage]:
    """The live courses in the case study's language that build on it."""
    return list(
        CoursePage.objects.live()
        .public()
        .filter(
            locale_id=case_study.locale_id,
            related_case_studies__translation_key=case_study.translation_key,
        )
        .distinct()
        .order_by("title")
    )
