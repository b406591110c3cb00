"""Factories for tests: small, isolated course trees under the French course index.

    course = CoursePageFactory(navigation=CoursePage.Navigation.SEQUENTIAL)
    module = ModulePageFactory(parent=course)
    lesson = LessonPageFactory(parent=module, body=quiz_body(single_question()))

Pages are published through a revision, as an editor would, so Wagtail's signals run;
``live=False`` leaves a draft instead. Lesson bodies are StreamField data in the raw JSON
form, built with the helpers at the end of this module.
"""

import uuid

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page

import factory
import wagtail_factories

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from portal.models import HomePage


def course_index(language_code: str = "fr") -> CourseIndexPage:
    """The demo course index of a language ("formations" in French)."""
    return CourseIndexPage.objects.get(locale__language_code=language_code)


class _PublishedPageFactory(wagtail_factories.PageFactory):
    live = True

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def revision(page, create, extracted, **kwargs):
        """Save a revision and publish it, unless the page was made as a draft."""
        if not create or page.latest_revision_id:
            return  # built only, or an existing page that was looked up, left as it is
        revision = page.save_revision()
        if page.live:
            revision.publish()


class CourseIndexPageFactory(_PublishedPageFactory):
    """The course index of the French home page: one per home page, so it is looked up."""

    title = "Formations"
    slug = "formations"
    parent = factory.LazyFunction(lambda: HomePage.objects.get(locale__language_code="fr"))

    class Meta:
        model = CourseIndexPage
        django_get_or_create = ("slug", "parent")


class CoursePageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Cours d'essai {n}")
    parent = factory.LazyFunction(course_index)
    intro = "Un cours construit pour les tests."
    audience = "Formateurs et tuteurs."
    learning_outcomes = "Accueillir un stagiaire\nSuivre ses progrès"
    workload_hours = 2
    navigation = CoursePage.Navigation.FREE

    class Meta:
        model = CoursePage


class ModulePageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Module d'essai {n}")
    parent = factory.SubFactory(CoursePageFactory)

    class Meta:
        model = ModulePage


class LessonPageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Leçon d'essai {n}")
    parent = factory.SubFactory(ModulePageFactory)
    estimated_minutes = 10
    is_optional = False
    body = factory.LazyFunction(lambda: text_body())

    class Meta:
        model = LessonPage


class LearnerFactory(factory.django.DjangoModelFactory):
    """An account with no role and no cohort: a learner nobody follows."""

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.net")
    first_name = factory.Sequence(lambda n: f"Apprenant {n}")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


def course_tree(
    *, modules: int = 1, lessons: int = 2, **course_fields
) -> tuple[CoursePage, list[LessonPage]]:
    """A published course of ``modules`` × ``lessons`` plain lessons, in outline order."""
    course = CoursePageFactory(**course_fields)
    pages = []
    for _module in range(modules):
        module = ModulePageFactory(parent=course)
        pages += [LessonPageFactory(parent=module) for _lesson in range(lessons)]
    return course, pages


def translation_publish(page: Page, language_code: str = "en") -> Page:
    """Copy ``page`` and its missing ancestors into another language and publish them all.

    The copies keep the ``translation_key`` (and block ids) of the originals, as
    wagtail-localize's translations do.
    """
    locale = Locale.objects.get(language_code=language_code)
    page.copy_for_translation(locale, copy_parents=True)
    translation = page.get_translation(locale)
    for ancestor in [*translation.get_ancestors().specific(), translation.specific]:
        if not ancestor.live:
            ancestor.save_revision().publish()
    return translation.specific


# Lesson bodies, as raw StreamField data.


def _item(value) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def paragraph(text: str = "Un paragraphe de la leçon.") -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


def text_body(text: str = "Un paragraphe de la leçon.") -> list[dict]:
    """A lesson that is only read: it is completed with the "Mark as complete" button."""
    return [paragraph(text)]


def reflection(prompt: str = "Qu'en pensez-vous ?", block_id: str | None = None) -> dict:
    return {
        "type": "reflection",
        "value": {"prompt": prompt, "hint": ""},
        "id": block_id or str(uuid.uuid4()),
    }


def choice(text: str, correct: bool = False, feedback: str = "Voilà pourquoi.") -> dict:
    return {"text": text, "correct": correct, "feedback": feedback}


def question(kind: str, text: str, choices: list[dict]) -> dict:
    return {"kind": kind, "text": text, "choices": [_item(c) for c in choices]}


def single_question(text: str = "Une seule bonne réponse ?", *, right: int = 0, count: int = 3):
    """A single-choice question whose answer at position ``right`` is the correct one."""
    return question(
        "single", text, [choice(f"Réponse {i}", correct=i == right) for i in range(count)]
    )


def multiple_question(
    text: str = "Plusieurs bonnes réponses ?", *, right: tuple[int, ...] = (0, 1), count: int = 4
):
    return question(
        "multiple", text, [choice(f"Choix {i}", correct=i in right) for i in range(count)]
    )


def true_false_question(text: str = "Vrai ou faux ?", *, true: bool = True):
    return question("true_false", text, [choice("Vrai", true), choice("Faux", not true)])


def quiz(*questions: dict, pass_mark: int = 75, intro: str = "") -> dict:
    return {
        "type": "quiz",
        "value": {
            "intro": intro,
            "pass_mark": pass_mark,
            "questions": [_item(q) for q in questions or [single_question()]],
        },
        "id": str(uuid.uuid4()),
    }


def quiz_body(*questions: dict, pass_mark: int = 75) -> list[dict]:
    """A lesson ending with a quiz (one single-choice question by default), completed by
    passing it."""
    return [paragraph("Vérifiez ce que vous avez retenu."), quiz(*questions, pass_mark=pass_mark)]
