"""Which version of an activity a reader plays: the one in their language, if uploaded."""

from dataclasses import dataclass

from courses.models import H5PActivity


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
    family = H5PActivity.objects.filter(translation_of__in=original_ids) | (
        H5PActivity.objects.filter(pk__in=original_ids)
    )
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
