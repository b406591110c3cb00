"""The four demo courses: live in French with English translations, complete, and sound."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from courses.demo.learners import COHORT_GROUPING, COHORT_NAME, learners_seed
from courses.models import (
    Cohort,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
)
from portal.demo.seed import demo_seed

pytestmark = pytest.mark.django_db

SLUGS = {
    "tutorat-a-distance": "distance-tutoring",
    "handicap-comprendre-et-accueillir": "disability-awareness",
    "entreprise-sociale": "social-enterprise",
    "prevenir-les-ruptures": "preventing-drop-out",
}


def english():
    return Locale.objects.get(language_code="en")


def french_courses():
    return list(CoursePage.objects.live().filter(locale__language_code="fr").order_by("path"))


def modules(course):
    return list(ModulePage.objects.live().child_of(course).order_by("path"))


def lessons(module):
    return list(LessonPage.objects.live().child_of(module).order_by("path"))


def test_four_live_courses_per_language():
    assert {course.slug for course in french_courses()} == set(SLUGS)
    english_courses = CoursePage.objects.live().filter(locale__language_code="en")
    assert set(english_courses.values_list("slug", flat=True)) == set(SLUGS.values())


@pytest.mark.parametrize("slug", sorted(SLUGS))
def test_english_courses_are_translations_of_the_french_ones(slug):
    course = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    source = TranslationSource.objects.get_for_instance(course)
    translation = Translation.objects.get(source=source, target_locale=english())
    translated = translation.get_target_instance()
    assert translated.live
    assert translated.slug == SLUGS[slug]
    assert translated.translation_key == course.translation_key
    assert translated.title != course.title
    assert translated.learning_outcomes != course.learning_outcomes
    # Synchronised fields are the same in both languages.
    assert (translated.workload_hours, translated.level, translated.navigation) == (
        course.workload_hours,
        course.level,
        course.navigation,
    )


@pytest.mark.parametrize("slug", sorted(SLUGS))
def test_every_module_and_lesson_has_its_english_translation(slug):
    course = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    pages = Page.objects.live().descendant_of(course).specific()
    assert pages
    for page in pages:
        translated = page.get_translation_or_none(english())
        assert translated is not None, page.slug
        assert translated.live, page.slug
        assert type(translated.specific) is type(page)
        assert translated.title != page.title or translated.slug != page.slug


@pytest.mark.parametrize("slug", sorted(SLUGS))
def test_course_pages_are_served_in_both_languages(client, slug):
    course = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    assert client.get(f"/fr/formations/{slug}/").status_code == 200
    response = client.get(f"/en/courses/{SLUGS[slug]}/")
    assert response.status_code == 200
    assert response.context["page"].translation_key == course.translation_key


@pytest.mark.parametrize("slug", sorted(SLUGS))
def test_each_course_has_modules_of_lessons_ending_with_a_quiz(slug):
    course = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    course_modules = modules(course)
    assert len(course_modules) >= 3
    for module in course_modules:
        module_lessons = lessons(module)
        with_quiz = [lesson for lesson in module_lessons if lesson.quiz is not None]
        assert len(module_lessons) - len(with_quiz) >= 2, module.slug
        assert len(with_quiz) >= 1, module.slug
        assert all(len(lesson.quiz.value["questions"]) >= 4 for lesson in with_quiz)
        assert module_lessons[-1].quiz is not None, "a module ends with its quiz"


def quiz_lessons():
    return [lesson for lesson in LessonPage.objects.live() if lesson.quiz is not None]


def test_every_quiz_question_has_valid_choices():
    quizzes = quiz_lessons()
    assert len(quizzes) >= 2 * 4 * 3  # each module of each course, in both languages
    for lesson in quizzes:
        quiz = lesson.quiz.value
        assert 0 < quiz["pass_mark"] <= 100, lesson.slug
        for question in quiz["questions"]:
            where = f"{lesson.slug}: {question['text']}"
            correct = sum(1 for choice in question["choices"] if choice["correct"])
            assert question["kind"] in {"single", "multiple", "true_false"}, where
            assert len(question["choices"]) >= 2, where
            assert all(choice["text"] and choice["feedback"] for choice in question["choices"])
            if question["kind"] == "multiple":
                assert correct >= 1, where
            else:
                assert correct == 1, where
            if question["kind"] == "true_false":
                assert len(question["choices"]) == 2, where


def test_every_lesson_passes_the_editors_validation():
    """The demo's content would be accepted if an editor saved it from the admin."""
    block = LessonPage._meta.get_field("body").stream_block
    for lesson in LessonPage.objects.live():
        block.clean(lesson.body)


@pytest.mark.parametrize("slug", sorted(SLUGS))
def test_each_course_links_to_a_live_case_study(slug):
    course = CoursePage.objects.get(slug=slug, locale__language_code="fr")
    case_studies = list(course.related_case_studies.all())
    assert case_studies
    assert all(page.live for page in case_studies)
    translated = course.get_translation(english())
    assert translated.related_case_studies.exists()


def test_english_quizzes_keep_the_french_block_and_question_ids():
    """Answers are stored by position and scored in any language: the quiz must line up."""
    french = [lesson for lesson in quiz_lessons() if lesson.locale.language_code == "fr"]
    assert french
    for lesson in french:
        translated = lesson.get_translation(english())
        assert translated.quiz is not None, lesson.slug
        assert translated.quiz.id == lesson.quiz.id, lesson.slug
        source_questions = lesson.quiz.value["questions"]
        questions = translated.quiz.value["questions"]
        assert [q.id for q in questions.bound_blocks] == [
            q.id for q in source_questions.bound_blocks
        ]
        assert [question["kind"] for question in questions] == [
            question["kind"] for question in source_questions
        ]
        assert [[c["correct"] for c in q["choices"]] for q in questions] == [
            [c["correct"] for c in q["choices"]] for q in source_questions
        ]
        assert questions[0]["text"] != source_questions[0]["text"]


def test_the_demo_cohort_is_counted_under_its_region():
    assert Cohort.objects.get(name=COHORT_NAME).grouping == COHORT_GROUPING


def test_a_demo_cohort_seeded_before_groupings_gets_its_grouping_and_nothing_else():
    Cohort.objects.filter(name=COHORT_NAME).update(grouping="")
    before = counts()

    assert learners_seed() is None

    assert Cohort.objects.get(name=COHORT_NAME).grouping == COHORT_GROUPING
    assert counts() == before


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "translations": Translation.objects.count(),
        "users": get_user_model().objects.count(),
        "cohorts": Cohort.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "progress": LessonProgress.objects.count(),
        "attempts": QuizAttempt.objects.count(),
    }


@pytest.mark.django_db(transaction=True)
def test_running_the_seed_again_creates_nothing(demo_database):
    """The seed publishes translations on commit, so it runs outside a test transaction."""
    before = counts()
    assert before["pages"] > 0
    demo_seed()
    assert counts() == before
