"""Load the four demo courses in French, with English as their wagtail-localize translation.

Safe to run again: what exists is left alone, and what is missing is added.
"""

from collections.abc import Iterator

from wagtail.models import Locale, Page

from courses.demo import (
    course_disability_awareness,
    course_distance_tutoring,
    course_preventing_drop_out,
    course_social_enterprise,
)
from courses.demo.h5p_activities import h5p_activities_seed
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from portal.demo.stream import rich_text_strings
from portal.demo.translation import translate
from portal.models import HomePage
from portal.site import stream
from practices.models import CaseStudyPage

SOURCE, TARGET = "fr", "en"
COURSES = [
    course_distance_tutoring.COURSE,
    course_disability_awareness.COURSE,
    course_social_enterprise.COURSE,
    course_preventing_drop_out.COURSE,
]

INDEX = {
    "slug": ("formations", "courses"),
    "title": ("Formations", "Courses"),
    "intro": (
        "Des parcours courts pour les formateurs, les tuteurs et les éducateurs : chacun "
        "s'appuie sur une pratique de la bibliothèque et se termine par un quiz par module.",
        "Short courses for trainers, tutors and educators: each builds on a practice from "
        "the library and ends every module with a quiz.",
    ),
}


def _string_pairs(source, target) -> Iterator[tuple[str, str]]:
    """Walk the French and English versions of the same data side by side."""
    if isinstance(source, str):
        if source.startswith("<"):
            yield from zip(rich_text_strings(source), rich_text_strings(target), strict=True)
        else:
            yield source, target
    elif isinstance(source, dict):
        for key, value in source.items():
            if key != "id":
                yield from _string_pairs(value, target[key])
    elif isinstance(source, list | tuple):
        for source_item, target_item in zip(source, target, strict=True):
            yield from _string_pairs(source_item, target_item)


def _translate(page: Page, data: dict) -> None:
    """Give ``page`` its English translation from the demo data, unless it has one."""
    locale = Locale.objects.get(language_code=TARGET)
    if page.get_translation_or_none(locale) is not None:
        return
    strings = {data["slug"]: data["slug_en"]}
    text, text_en = {**data[SOURCE]}, {**data[TARGET]}
    if "outcomes" in text:  # stored as one line per outcome
        text["outcomes"], text_en["outcomes"] = (
            "\n".join(text["outcomes"]),
            "\n".join(text_en["outcomes"]),
        )
    strings.update((fr, en) for fr, en in _string_pairs(text, text_en) if fr)
    translate(Page.objects.get(pk=page.pk).specific, strings, locale)


def _child(parent: Page, model, slug: str, build) -> Page:
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = build()
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def _index_seed(home: HomePage) -> CourseIndexPage:
    slug, title, intro = (INDEX[key][0] for key in ("slug", "title", "intro"))
    index = _child(
        home,
        CourseIndexPage,
        slug,
        lambda: CourseIndexPage(title=title, slug=slug, intro=intro, show_in_menus=True),
    )
    locale = Locale.objects.get(language_code=TARGET)
    if index.get_translation_or_none(locale) is None:
        translate(index, dict(INDEX.values()), locale)
    return index


def _with_activities(body: list, activities: dict[str, int]) -> list:
    """The lesson body with each H5P block's activity key replaced by the activity's id."""
    resolved = []
    for kind, value in body:
        if kind == "h5p":
            value = {**value, "activity": activities[value["activity"]]}
        resolved.append((kind, value))
    return resolved


def _course_seed(index: CourseIndexPage, data: dict, activities: dict[str, int]) -> None:
    text = data[SOURCE]

    def build_course():
        course = CoursePage(
            title=text["title"],
            slug=data["slug"],
            intro=text["intro"],
            audience=text["audience"],
            learning_outcomes="\n".join(text["outcomes"]),
            prerequisites=text["prerequisites"],
            workload_hours=data["workload_hours"],
            level=data["level"],
            navigation=data["navigation"],
            outcome_skills=data.get("outcome_skills", ""),
        )
        course.related_case_studies = CaseStudyPage.objects.filter(
            slug__in=data["case_studies"], locale__language_code=SOURCE
        )
        return course

    course = _child(index, CoursePage, data["slug"], build_course)
    _translate(course, data)
    for module_data in data["modules"]:
        module_text = module_data[SOURCE]
        module = _child(
            course,
            ModulePage,
            module_data["slug"],
            lambda module_data=module_data, module_text=module_text: ModulePage(
                title=module_text["title"], slug=module_data["slug"], intro=module_text["intro"]
            ),
        )
        _translate(module, module_data)
        for lesson_data in module_data["lessons"]:
            lesson_text = lesson_data[SOURCE]
            lesson = _child(
                module,
                LessonPage,
                lesson_data["slug"],
                lambda lesson_data=lesson_data, lesson_text=lesson_text: LessonPage(
                    title=lesson_text["title"],
                    slug=lesson_data["slug"],
                    intro=lesson_text["intro"],
                    estimated_minutes=lesson_data["minutes"],
                    body=stream(_with_activities(lesson_text["body"], activities)),
                    easy_read_body=lesson_text.get("easy_read_body", ""),
                ),
            )
            _translate(lesson, lesson_data)


def courses_seed(home: HomePage) -> CourseIndexPage:
    """Create whatever is missing of the demo courses, in French and English."""
    index = _index_seed(home)
    activities = h5p_activities_seed()
    for data in COURSES:
        _course_seed(index, data, activities)
    return index
