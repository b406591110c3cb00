from courses.models.certificates import Certificate
from courses.models.cohorts import Cohort, RiskEpisode
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

__all__ = [
    "Certificate",
    "Cohort",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
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
