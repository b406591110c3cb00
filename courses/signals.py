"""Keep learners' course completion right when editors change a course's lessons."""

from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from courses.models import CoursePage, LessonPage
from courses.services.progress import course_completions_refresh


def _lesson_changed(sender, instance, **kwargs):
    for course in CoursePage.objects.ancestor_of(instance):
        course_completions_refresh(course_key=course.translation_key)


def connect() -> None:
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(_lesson_changed, sender=LessonPage, dispatch_uid=f"courses-{id(signal)}")
