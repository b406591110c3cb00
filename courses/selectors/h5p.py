"""Reads for H5P in lessons: which version of an activity a reader plays (the one in
their language, if uploaded), and the learner's results."""

from dataclasses import dataclass

from courses.models import H5PActivity, H5PResult, LessonPage
from portal.models import User


@dataclass(frozen=True)
class Versions:
    played: H5PActivity  # in the reader's language when there is one
    original: H5PActivity  # the one results are kept under, whatever was played


def _primary(language: str) -> str:
    return language.split("-")[0].lower()


def activities_in_language(*, activities: list[H5PActivity], language: str) -> dict[int, Versions]:
    """Map each chosen activity's id to the versions to use for a reader of ``language``.

    An activity chosen in a lesson may have versions in other languages, linked by
    ``translation_of`` to one original; one query finds them all.
    """
    if not activities:
        return {}
    wanted = _primary(language)
    original_ids = {activity.original_id_or_self for activity in activities}
    family = H5PActivity.objects.versions_of(original_ids)
    by_original: dict[int, list[H5PActivity]] = {}
    for version in family:
        by_original.setdefault(version.original_id_or_self, []).append(version)
    result = {}
    for activity in activities:
        versions = by_original.get(activity.original_id_or_self, [activity])
        original = next((v for v in versions if v.pk == activity.original_id_or_self), activity)
        if _primary(activity.language) == wanted:
            played = activity
        else:
            played = next((v for v in versions if _primary(v.language) == wanted), activity)
        result[activity.pk] = Versions(played=played, original=original)
    return result


@dataclass(frozen=True)
class H5PBlockState:
    activity: H5PActivity  # the version played, in the reader's language when there is one
    result: H5PResult | None = None


def lesson_h5p_blocks(
    *, lesson: LessonPage, language: str, user: User | None = None
) -> dict[str, H5PBlockState]:
    """What each H5P block of the lesson plays, and the learner's result on it, by block id.

    Two queries whatever the number of blocks: versions of the activities, then results.
    """
    blocks = lesson.h5p_blocks
    versions = activities_in_language(
        activities=[block.value["activity"] for block in blocks], language=language
    )
    results = {}
    if user is not None and blocks:
        rows = H5PResult.objects.filter(user=user, lesson_key=lesson.translation_key)
        results = {row.activity_key: row for row in rows}
    states = {}
    for block in blocks:
        chosen = versions[block.value["activity"].pk]
        states[block.id] = H5PBlockState(chosen.played, results.get(chosen.original.uuid))
    return states
