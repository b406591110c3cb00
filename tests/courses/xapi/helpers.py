"""Builders for the xAPI tests: H5P activities made as rows (no package files), lesson
bodies that play them, and statements as the H5P player sends them."""

import uuid

from courses.models import H5PActivity, H5PLibrary

VERBS = "http://adlnet.gov/expapi/verbs/"


def h5p_activity(*, language: str = "fr", translation_of: H5PActivity | None = None):
    library, _created = H5PLibrary.objects.get_or_create(
        machine_name="Passerelles.Choice",
        major_version=1,
        minor_version=0,
        defaults={"patch_version": 0, "title": "Choice", "runnable": True, "definition": {}},
    )
    return H5PActivity.objects.create(
        title=f"Activité ({language})",
        language=language,
        main_library=library,
        package={"mainLibrary": "Passerelles.Choice", "language": language},
        translation_of=translation_of,
    )


def h5p_block(activity, *, completion: str = "completed", score_kept: str = "best") -> dict:
    return {
        "type": "h5p",
        "value": {"activity": activity.pk, "completion": completion, "score_kept": score_kept},
        "id": str(uuid.uuid4()),
    }


def h5p_body(*activities, completion: str = "completed", score_kept: str = "best") -> list:
    """A lesson made of H5P activities only: doing them completes it."""
    return [h5p_block(a, completion=completion, score_kept=score_kept) for a in activities]


def activity_iri(activity, host: str = "http://testserver") -> str:
    """The activity's xAPI identifier: the absolute address of its player."""
    return f"{host}{activity.get_player_url()}"


def statement(
    user,
    activity=None,
    *,
    verb: str = "answered",
    object_id: str | None = None,
    score: dict | None = None,
    **result,
) -> dict:
    """A statement about ``user``, shaped like H5P's; ``result`` holds success, completion."""
    made = {
        "actor": {"name": user.first_name, "mbox": f"mailto:{user.email}", "objectType": "Agent"},
        "verb": {"id": f"{VERBS}{verb}", "display": {"en-US": verb}},
        "object": {
            "id": object_id or activity_iri(activity),
            "objectType": "Activity",
            "definition": {
                "name": {"fr": "Une activité"},
                "interactionType": "choice",
                "correctResponsesPattern": ["0"],
                "choices": [{"id": "0", "description": {"fr": "Oui"}}],
                "extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1},
            },
        },
        "context": {
            "contextActivities": {
                "category": [
                    {
                        "id": "http://h5p.org/libraries/H5P.MultiChoice-1.16",
                        "objectType": "Activity",
                    }
                ]
            },
            "extensions": {"http://id.tincanapi.com/extension/ending-point": 1},
        },
    }
    if score is not None or result:
        made["result"] = {"duration": "PT4.5S", "response": "0", **result}
        if score is not None:
            made["result"]["score"] = score
    return made


def compound(sent: dict, library: str = "H5P.QuestionSet-1.20") -> dict:
    """The statement as H5P words it for a whole activity made of others: a Question Set,
    a Course Presentation or an Interactive Video, of interaction type "compound"."""
    sent["object"]["definition"] = {
        "name": {"fr": "Une série de questions"},
        "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
        "interactionType": "compound",
        "extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1},
    }
    sent["context"]["contextActivities"]["category"][0]["id"] = (
        f"http://h5p.org/libraries/{library}"
    )
    return sent


def scored(raw: int, maximum: int = 10) -> dict:
    """A score as H5P reports it: raw out of max, from 0, with its scaled value."""
    return {"min": 0, "max": maximum, "raw": raw, "scaled": round(raw / maximum, 4)}
