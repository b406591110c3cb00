import datetime
import json
import os
from pathlib import Path

import pytest

from courses.credentials.facts import AchievementText, CertificateFacts

REPO_ROOT = Path(__file__).resolve().parents[3]
VC_V1_CONTEXT = REPO_ROOT / "node_modules/@digitalbazaar/credentials-context/contexts/v1.jsonld"


def _standards_dir() -> Path | None:
    """The ELM standards folder: ELM_STANDARDS_DIR, or shared/standards/elm above the repo."""
    if os.environ.get("ELM_STANDARDS_DIR"):
        return Path(os.environ["ELM_STANDARDS_DIR"])
    for parent in REPO_ROOT.parents:
        candidate = parent / "shared" / "standards" / "elm"
        if candidate.is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def elm_dir() -> Path:
    directory = _standards_dir()
    if directory is None or not (directory / "EDC-generic-no-cv.ttl").is_file():
        pytest.skip(
            "The ELM standards files are missing: set ELM_STANDARDS_DIR or place them in "
            "shared/standards/elm above the repository."
        )
    return directory


@pytest.fixture(scope="session")
def jsonld_contexts(elm_dir) -> dict[str, dict]:
    """The two contexts an EDC names, read from local files (nothing is fetched)."""
    if not VC_V1_CONTEXT.is_file():
        pytest.skip("The W3C VC v1 context is missing: run `make install`.")
    return {
        "https://www.w3.org/2018/credentials/v1": json.loads(VC_V1_CONTEXT.read_text()),
        "http://data.europa.eu/snb/model/context/edc-ap": json.loads(
            (elm_dir / "edc-ap-context.jsonld").read_text()
        ),
    }


def certificate_facts(**changes) -> CertificateFacts:
    """A realistic two-language certificate; ``changes`` override any field."""
    values = {
        "identifier": "5f0c6b1e-8d2a-4c43-9a57-3b1f2e9d7c10",
        "learner_name": "Élodie Lefèvre",
        "language": "fr",
        "texts": {
            "fr": AchievementText(
                title="Accompagner un apprenti en situation de handicap",
                description="Repérer les besoins, adapter le poste et suivre les progrès.",
                outcomes=(
                    "Repérer les besoins d'aménagement d'un apprenti",
                    "Adapter une situation de travail avec l'équipe",
                    "Suivre les progrès avec le référent handicap",
                ),
            ),
            "en": AchievementText(
                title="Supporting an apprentice with a disability",
                description="Identify needs, adapt the workstation and follow progress.",
                outcomes=(
                    "Identify an apprentice's adjustment needs",
                    "Adapt a work situation with the team",
                    "Follow progress with the disability adviser",
                ),
            ),
        },
        "skills": (
            "http://data.europa.eu/esco/skill/4d9cff5e-0e6f-4c94-b4e0-9a0e5b9d2a5c",
            None,
            "http://data.europa.eu/esco/skill/0b0ba3c6-53e3-4fd4-8b8e-3e1e1d3c1bd1",
        ),
        "workload_hours": 12,
        "level": "intermediate",
        "eqf_level": 5,
        "course_url": "http://testserver/fr/formations/accompagner-un-apprenti/",
        "issued_at": datetime.datetime(2025, 3, 14, 10, 30, tzinfo=datetime.UTC),
        "status_index": 42,
    }
    values.update(changes)
    return CertificateFacts(**values)
