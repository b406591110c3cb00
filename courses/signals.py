"""Keep learners' course completion right when editors change a course's lessons, and
remove an H5P activity's files with it."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from courses.models import CoursePage, H5PActivity, LessonPage
from courses.services.h5p import h5p_storage_folder_delete
from courses.services.progress import course_completions_refresh


def _lesson_changed(sender, instance, **kwargs):
    for course in CoursePage.objects.ancestor_of(instance):
        course_completions_refresh(course_key=course.translation_key)


def _activity_deleted(sender, instance, **kwargs):
    # Only once the row is surely gone: a rollback must not leave it without files.
    transaction.on_commit(partial(h5p_storage_folder_delete, path=instance.storage_path))


def connect() -> None:
    post_delete.connect(_activity_deleted, sender=H5PActivity, dispatch_uid="courses-h5p-files")
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(_lesson_changed, sender=LessonPage, dispatch_uid=f"courses-{id(signal)}")
