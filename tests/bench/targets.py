"""What each benchmark scenario requests, and as whom, read from the bench database.

``bench_targets`` takes the scaled demo's list (``portal.demo.scale.bench_targets``) when
the database was seeded with ``seed_demo --scale``, and otherwise finds the pages in the
plain demo (``seed_demo``), which has every kind of page, only a small cohort.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import translation

from courses.models import (
    Certificate,
    Cohort,
    CoursePage,
    H5PActivity,
    LessonPage,
    LessonProgress,
)
from portal.models import User
from practices.models import CaseStudyPage, PracticeIndexPage

LANGUAGE = "fr"
# The demo learner whose work is under way (see courses/demo/learners.py).
DEMO_LEARNER = "lea@example.org"
STATIC_FILE = "css/site.css"


@dataclass(frozen=True)
class Targets:
    home: str
    practice_search: str  # the practice library with two filters and words to look for
    case_study: str
    course: str
    lesson: str
    learner: str  # e-mail address: who reads the lesson and the dashboard, sends xAPI
    dashboard: str
    cohort: str
    cohort_size: int
    tutor: str
    activity: str  # path of an H5P activity of the learner's lesson, the xAPI object
    certificate_pdf: str
    certificate_owner: str
    static_file: str


def bench_targets() -> Targets:
    try:
        from portal.demo.scale import bench_targets as scaled_targets
    except ImportError:
        return demo_targets()
    try:
        return Targets(**scaled_targets())
    except LookupError:  # not seeded at scale: the plain demo
        return demo_targets()


def demo_targets() -> Targets:
    with translation.override(LANGUAGE):
        learner, lesson = _learner_and_lesson()
        cohort = Cohort.objects.annotate(size=Count("trainees")).order_by("-size", "pk").first()
        if cohort is None:
            raise LookupError("the bench database holds no cohort: run seed_demo")
        certificate = Certificate.objects.valid().select_related("learner").first()
        if certificate is None:
            raise LookupError("the bench database holds no certificate: run seed_demo")
        return Targets(
            home=f"/{LANGUAGE}/",
            practice_search=_practice_search(),
            case_study=_live(CaseStudyPage).first().url,
            course=_live(CoursePage).first().url,
            lesson=lesson.url,
            learner=learner.email,
            dashboard=reverse("learning_dashboard"),
            cohort=reverse("cohort_detail", args=[cohort.pk]),
            cohort_size=cohort.size,
            tutor=cohort.tutors.order_by("pk").first().email,
            activity=_activity_path(lesson),
            certificate_pdf=reverse("certificate_download", args=[certificate.pk, "pdf"]),
            certificate_owner=certificate.learner.email,
            static_file=static_url(STATIC_FILE),
        )


def static_url(name: str) -> str:
    """The collected, hashed address of a static file (after collectstatic)."""
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():  # not collected (tests): the file under its own name
        return settings.STATIC_URL + name
    return settings.STATIC_URL + json.loads(manifest.read_text())["paths"][name]


def _live(model):
    return model.objects.live().filter(locale__language_code=LANGUAGE).order_by("path")


def _learner_and_lesson() -> tuple[User, LessonPage]:
    """The demo learner, else anyone with work in progress, and the lesson they last opened."""
    progress = LessonProgress.objects.select_related("user").order_by("-last_activity_at")
    mine = progress.filter(user__email=DEMO_LEARNER)
    for row in (mine if mine.exists() else progress)[:50]:
        lesson = _live(LessonPage).filter(translation_key=row.lesson_key).first()
        if lesson is not None:
            return row.user, lesson
    raise LookupError("the bench database holds no lesson in progress: run seed_demo")


def _activity_path(lesson: LessonPage) -> str:
    """An H5P activity played in the learner's course, preferably in the lesson itself."""
    course = lesson.get_parent().get_parent()
    for page in [lesson, *_live(LessonPage).descendant_of(course)]:
        for block in page.specific.body.raw_data:
            key = (block.get("value") or {}).get("activity") if block["type"] == "h5p" else None
            activity = H5PActivity.objects.filter(pk=key).first() if key else None
            if activity is not None:
                return reverse("h5p_player", args=[activity.uuid])
    raise LookupError("no H5P activity in the learner's course: run seed_demo")


def _practice_search() -> str:
    """The library filtered by a theme and a target group, and a word of a matching title."""
    index = _live(PracticeIndexPage).first()
    for page in _live(CaseStudyPage).prefetch_related("themes", "target_groups"):
        themes, groups = list(page.themes.all()), list(page.target_groups.all())
        if themes and groups:
            word = max(page.title.split(), key=len)
            return f"{index.url}?theme={themes[0].slug}&target={groups[0].slug}&q={word}"
    raise LookupError("no case study has both a theme and a target group: run seed_demo")
