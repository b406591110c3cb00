"""Reads of learners' H5P results."""

from uuid import UUID

from courses.models import H5PResult, LessonPage
from portal.models import User


def h5p_results_for_lesson(*, user: User, lesson: LessonPage) -> dict[UUID, H5PResult]:
    """The learner's results in the lesson, by the UUID of the original activity.

    Results are kept under the original whatever language was played: look a block's up
    with ``block.value["activity"].original.uuid``. One query; none for visitors.
    """
    if not user.is_authenticated:
        return {}
    results = H5PResult.objects.filter(user=user, lesson_key=lesson.translation_key)
    return {result.activity_key: result for result in results}
