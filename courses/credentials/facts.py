"""What a certificate says, in a form every credential format is built from."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class AchievementText:
    """The course as it reads in one language."""

    title: str
    description: str
    outcomes: tuple[str, ...]


@dataclass(frozen=True)
class CertificateFacts:
    identifier: str
    learner_name: str
    # The language the learner took the course in; ``texts`` always has it.
    language: str
    texts: Mapping[str, AchievementText]
    # The ESCO skill URI of each learning outcome, by position (None: no skill given).
    skills: tuple[str | None, ...]
    workload_hours: int
    # The course's own level (introductory, intermediate, advanced) and its EQF level.
    level: str
    eqf_level: int | None
    course_url: str
    issued_at: datetime.datetime
    status_index: int

    @property
    def text(self) -> AchievementText:
        return self.texts[self.language]
