"""Numbered copies of the four demo courses with their modules and lessons, in every language.

A course copy links to the case study copies of the same number, and is titled after a
town like them: "Tutorat à distance — Lyon 7".
"""

from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage
from portal.demo.page_copies import copies_in_every_locale, copy_key, demo_originals


def demo_courses(locale: Locale) -> list[CoursePage]:
    """The demo's own courses in ``locale``: those that are no copy."""
    from courses.demo.seed import COURSES

    slugs = [data["slug"] for data in COURSES]
    return demo_originals(CoursePage, slugs=slugs, locale=locale)


def course_keys(*, copy: int) -> list:
    """The translation keys of copy ``copy`` of the demo courses (1 is the demo itself)."""
    keys = [page.translation_key for page in demo_courses(Locale.get_default())]
    return keys if copy == 1 else [copy_key(key, copy) for key in keys]


def courses_copy(*, copy: int, case_studies: dict[int, int]) -> dict[int, int]:
    """Copy ``copy`` of every demo course in every language; return source id: copy id."""
    return copies_in_every_locale(
        index_model=CourseIndexPage, sources_for=demo_courses, copy=copy, remap=case_studies
    )
