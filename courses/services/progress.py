"""Writes to learners' progress: enrolment, visits, completion, time spent.

Every write is safe to repeat and to run twice at once: rows are unique per learner and
lesson (database constraints), and completion is a conditional update, so a double click
or a second tab can never count a lesson twice.
"""

from uuid import UUID

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress
from courses.services.certificates import certificate_issue_on_completion
from portal.models import User

# One beacon from a lesson page never reports more than this; longer means a forgotten tab.
MAX_SECONDS_PER_REPORT = 30 * 60


def course_enrol(*, user: User, course: CoursePage, enrolled_by: User | None = None) -> Enrolment:
    """Enrol ``user``; enrolling again changes nothing. Earlier progress is kept."""
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, course_key=course.translation_key, defaults={"enrolled_by": enrolled_by}
            )
    except IntegrityError:  # enrolled from another tab at the same moment
        enrolment, created = (
            Enrolment.objects.get(user=user, course_key=course.translation_key),
            False,
        )
    if created:
        # A learner coming back may already have done every lesson.
        course_completion_update(user=user, course_key=course.translation_key)
        enrolment.refresh_from_db()
    return enrolment


def course_unenrol(*, user: User, course: CoursePage) -> None:
    """Leave a course. Lesson progress stays, so enrolling again picks up where it was."""
    Enrolment.objects.filter(user=user, course_key=course.translation_key).delete()


def lesson_progress_get_or_create(
    *, user: User, lesson: LessonPage, course_key: UUID
) -> LessonProgress:
    """The learner's progress row for the lesson, created at the first activity."""
    now = timezone.now()
    try:
        with transaction.atomic():
            progress, _ = LessonProgress.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                defaults={
                    "course_key": course_key,
                    "first_activity_at": now,
                    "last_activity_at": now,
                },
            )
    except IntegrityError:  # created by a concurrent request between the get and the create
        progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    return progress


def lesson_visit(
    *, user: User, lesson: LessonPage, course: CoursePage, known: LessonProgress | None = None
) -> LessonProgress:
    """Record that the learner opened the lesson: it is now at least in progress.

    ``known`` is the progress row the caller already read (the course outline has it),
    which spares looking it up again.
    """
    progress = known or lesson_progress_get_or_create(
        user=user, lesson=lesson, course_key=course.translation_key
    )
    now = timezone.now()
    if progress.last_activity_at < now:
        LessonProgress.objects.filter(pk=progress.pk).update(last_activity_at=now)
        progress.last_activity_at = now
    return progress


def lesson_complete(*, user: User, lesson: LessonPage, course: CoursePage) -> bool:
    """Mark the lesson done; return False when it already was."""
    progress = lesson_progress_get_or_create(
        user=user, lesson=lesson, course_key=course.translation_key
    )
    now = timezone.now()
    newly_completed = LessonProgress.objects.filter(
        pk=progress.pk, completed_at__isnull=True
    ).update(completed_at=now, last_activity_at=now)
    if newly_completed:
        course_completion_update(user=user, course_key=course.translation_key)
    return bool(newly_completed)


def lesson_time_add(*, user: User, lesson: LessonPage, seconds: int) -> None:
    """Add time the learner spent with the lesson on screen."""
    seconds = max(0, min(seconds, MAX_SECONDS_PER_REPORT))
    if seconds:
        LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).update(
            time_spent_seconds=F("time_spent_seconds") + seconds,
            last_activity_at=timezone.now(),
        )


def course_required_lesson_keys(*, course_key: UUID) -> set[UUID]:
    """The lessons that must be done, in any language the course is published in."""
    paths = (
        CoursePage.objects.live().filter(translation_key=course_key).values_list("path", flat=True)
    )
    prefixes = Q()
    for path in paths:
        prefixes |= Q(path__startswith=path)
    if not prefixes:
        return set()
    lessons = LessonPage.objects.live().filter(prefixes, is_optional=False)
    return set(lessons.values_list("translation_key", flat=True))


def course_completion_update(*, user: User, course_key: UUID) -> bool:
    """Complete the learner's enrolment once every required lesson is done.

    Return True when this call completed it. A completed course stays completed, even if
    lessons are added later.
    """
    required = course_required_lesson_keys(course_key=course_key)
    if not required:
        return False
    done = LessonProgress.objects.filter(
        user=user, lesson_key__in=required, completed_at__isnull=False
    ).count()
    if done < len(required):
        return False
    completed = Enrolment.objects.filter(
        user=user, course_key=course_key, completed_at__isnull=True
    ).update(completed_at=timezone.now())
    if completed:
        certificate_issue_on_completion(user=user, course_key=course_key)
    return bool(completed)


def course_completions_refresh(*, course_key: UUID) -> int:
    """Recheck every unfinished enrolment after the course's lessons changed.

    Removing the last lesson a learner had left completes their course. Return how many
    enrolments this completed.
    """
    required = course_required_lesson_keys(course_key=course_key)
    if not required:
        return 0
    learners = Enrolment.objects.filter(course_key=course_key, completed_at__isnull=True)
    finished = (
        LessonProgress.objects.filter(
            user__in=learners.values("user"), lesson_key__in=required, completed_at__isnull=False
        )
        .values("user")
        .annotate(done=Count("pk"))
        .filter(done=len(required))
        .values("user")
    )
    users = list(User.objects.filter(pk__in=learners.filter(user__in=finished).values("user")))
    completed = learners.filter(user__in=users).update(completed_at=timezone.now())
    for user in users:
        certificate_issue_on_completion(user=user, course_key=course_key)
    return completed
