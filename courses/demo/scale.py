"""Numbered copies of the four demo courses with their modules and lessons, in every language.

A course copy links to the case study copies of the same number, and is titled after a
town like them: "Tutorat à distance — Lyon 7".
"""

from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage
from portal.demo.page_copies import copy_key, subtrees_copy
from practices.demo.scale import renamer, town_names


def demo_courses(locale: Locale) -> list[CoursePage]:
    """The demo's own courses in ``locale``: those that are no copy."""
    from courses.demo.seed import COURSES

    slugs = [data["slug"] for data in COURSES]
    originals = CoursePage.objects.filter(slug__in=slugs, locale__language_code="fr")
    keys = originals.values_list("translation_key", flat=True)
    return list(
        CoursePage.objects.filter(translation_key__in=keys, locale=locale).order_by("path")
    )


def course_keys(*, copy: int) -> list:
    """The translation keys of copy ``copy`` of the demo courses (1 is the demo itself)."""
    keys = [page.translation_key for page in demo_courses(Locale.get_default())]
    return keys if copy == 1 else [copy_key(key, copy) for key in keys]


def courses_copy(*, copy: int, case_studies: dict[int, int]) -> dict[int, int]:
    """Copy ``copy`` of every demo course in every language; return source id: copy id."""
    copies = {}
    for locale in Locale.objects.order_by("pk"):
        index = CourseIndexPage.objects.filter(locale=locale).first()
        sources = demo_courses(locale)
        if index is None or not sources:
            continue
        towns = town_names(keys=[page.translation_key for page in sources], copy=copy)
        copies |= subtrees_copy(
            roots=sources, parent=index, copy=copy, rename=renamer(towns, copy), remap=case_studies
        )
    return copies
