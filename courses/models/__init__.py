from courses.models.cohorts import Cohort, RiskEpisode
from courses.models.pages import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
)
from courses.models.progress import Enrolment, LessonProgress, QuizAttempt, ReflectionAnswer

__all__ = [
    "Cohort",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAttempt",
    "ReflectionAnswer",
    "RiskEpisode",
]
