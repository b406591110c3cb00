"""One address of each page type, for the reflow test and for `make screenshots`."""

from courses.demo.learners import COHORT_NAME
from courses.models import Cohort

VISITOR_PAGES = [
    "/fr/",
    "/en/practices/?theme=disability-inclusion&sort=title",
    "/fr/pratiques/prevenir-les-ruptures-de-parcours-aquitaine/",
    "/en/practices/compare/?pages=",
    "/fr/search/?q=formation",
    "/en/courses/",
    "/fr/formations/tutorat-a-distance/",
    "/en/accessibility/",
    "/fr/display/",
    "/en/accounts/signup/",
    "/fr/accounts/login/",
    "/en/verify/",
    "/fr/verify/00000000-0000-0000-0000-000000000000/",
    "/en/missing-page/",
]
LEARNER_PAGES = [
    "/en/learning/",
    "/fr/learning/certificates/",
    "/en/learning/certificates/",
    "/en/courses/distance-tutoring/training-outside-the-walls/",
    "/en/courses/distance-tutoring/training-outside-the-walls/why-train-close-to-home/",
    "/en/courses/distance-tutoring/training-outside-the-walls/quiz-training-outside-the-walls/",
    "/fr/accounts/email/",
]
TUTOR_PAGES = ["/fr/tutoring/", "/en/tutoring/"]


def cohort_path(language: str = "en") -> str:
    return f"/{language}/tutoring/cohorts/{Cohort.objects.get(name=COHORT_NAME).pk}/"
