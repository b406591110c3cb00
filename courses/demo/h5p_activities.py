"""Demo H5P activities, packaged from the portal's own small library and uploaded through
the same pipeline as an editor's package. Facts from the SQHM seed; wording our own."""

from django.core.files.base import ContentFile

from courses.demo.h5p.build import choice_content, package_build
from courses.models import H5PActivity
from courses.services.h5p import h5p_activity_create

ACTIVITIES = {
    "sqhm-close-to-home": {
        "fr": {
            "title": "SQHM : où se passe la formation ?",
            "question": "Dans le projet SQHM, où la personne handicapée se forme-t-elle ?",
            "answers": [
                ("Dans un centre de rééducation, loin de chez elle.", False),
                ("Près de chez elle, avec l'appui d'un réseau local.", True),
                ("Seule, en ligne, sans personne pour la suivre.", False),
            ],
            "l10n": {
                "check": "Vérifier",
                "correct": "Bonne réponse : la formation vient à la personne.",
                "wrong": "Pas tout à fait. Relisez la partie « Amener la formation jusqu'à "
                "la personne ».",
            },
        },
        "en": {
            "title": "SQHM: where does the training happen?",
            "question": "In the SQHM project, where does the disabled person train?",
            "answers": [
                ("In a rehabilitation centre, far from home.", False),
                ("Close to home, supported by a local network.", True),
                ("Alone, online, with nobody to follow them.", False),
            ],
            "l10n": {
                "check": "Check",
                "correct": "Right: the training comes to the person.",
                "wrong": "Not quite. Read the part 'Bringing the training to the person' again.",
            },
        },
    },
}


def _activity_get_or_create(text: dict, language: str) -> H5PActivity:
    existing = H5PActivity.objects.filter(title=text["title"], language=language).first()
    if existing is not None:
        return existing
    content = choice_content(
        question=text["question"],
        answers=[{"text": answer, "correct": correct} for answer, correct in text["answers"]],
        l10n=text["l10n"],
    )
    package = package_build(content=content, title=text["title"], language=language)
    return h5p_activity_create(
        upload=ContentFile(package, name="activity.h5p"),
        title=text["title"],
        may_install_libraries=True,
    )


def h5p_activities_seed() -> dict[str, int]:
    """Upload what is missing of the demo activities; map each key to the French one's id.

    The English version is linked to the French one, so a lesson plays the reader's.
    """
    ids = {}
    for key, versions in ACTIVITIES.items():
        original = _activity_get_or_create(versions["fr"], "fr")
        english = _activity_get_or_create(versions["en"], "en")
        if english.translation_of_id != original.pk:
            english.translation_of = original
            english.save(update_fields=["translation_of"])
        ids[key] = original.pk
    return ids
