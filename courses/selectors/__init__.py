from courses.selectors.learning import (
    CourseOutline,
    LessonAccess,
    course_cards,
    course_outline,
    course_outlines,
    course_page_context,
    learner_dashboard,
    lesson_access,
    lesson_page_context,
)

__all__ = [
    "CourseOutline",
    "LessonAccess",
    "course_cards",
    "course_outline",
    "course_outlines",
    "course_page_context",
    "learner_dashboard",
    "lesson_access",
    "lesson_page_context",
]
