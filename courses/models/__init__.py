from courses.models.certificates import Certificate
from courses.models.cohorts import Cohort, CohortInvitation, RiskEpisode
from courses.models.h5p import (
    H5PActivity,
    H5PLibrary,
    H5PResult,
    H5PUserState,
    XAPIStatement,
)
from courses.models.pages import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from courses.models.progress import Enrolment, LessonProgress, QuizAttempt, ReflectionAnswer
from courses.models.statistics import ErasedLearnerTally

__all__ = [
    "Certificate",
    "Cohort",
    "CohortInvitation",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "ErasedLearnerTally",
    "H5PActivity",
    "H5PLibrary",
    "H5PResult",
    "H5PUserState",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAttempt",
    "ReflectionAnswer",
    "RiskEpisode",
    "XAPIStatement",
]
