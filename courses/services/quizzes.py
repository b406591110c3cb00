"""Quiz answers: read from a form, scored on the server, recorded once per submission."""

from dataclasses import dataclass
from uuid import UUID

from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, LessonPage, LessonProgress, QuizAttempt
from courses.services.progress import course_completion_update, lesson_progress_get_or_create
from portal.models import User


class QuizAnswersError(ValueError):
    """The submitted answers cannot be scored; ``errors`` maps question positions to messages."""

    def __init__(self, errors: dict[int, str]):
        super().__init__(errors)
        self.errors = errors


@dataclass(frozen=True)
class QuestionResult:
    position: int
    correct: bool
    picked: tuple[int, ...]


def quiz_answers_parse(*, data, quiz) -> dict[int, tuple[int, ...]]:
    """Answers from POST data, where field ``q<n>`` holds the picked answers' positions.

    Raise QuizAnswersError naming each question left unanswered or answered impossibly.
    """
    answers, errors = {}, {}
    for position, question in enumerate(quiz["questions"]):
        raw = data.getlist(f"q{position}")
        try:
            picked = tuple(sorted({int(value) for value in raw}))
        except ValueError:
            picked = (-1,)
        if not raw:
            errors[position] = _("Choose an answer.")
        elif any(not 0 <= index < len(question["choices"]) for index in picked):
            errors[position] = _("This answer is not one of the choices.")
        elif question["kind"] != "multiple" and len(picked) != 1:
            errors[position] = _("Choose only one answer.")
        else:
            answers[position] = picked
    if errors:
        raise QuizAnswersError(errors)
    return answers


def quiz_score(*, quiz, answers: dict[int, tuple[int, ...]]) -> tuple[int, list[QuestionResult]]:
    """The percentage of questions answered exactly right, and each question's result."""
    results = []
    for position, question in enumerate(quiz["questions"]):
        right = tuple(i for i, answer in enumerate(question["choices"]) if answer["correct"])
        picked = tuple(answers.get(position, ()))
        results.append(QuestionResult(position, picked == right, picked))
    if not results:
        return 0, results
    score = round(100 * sum(result.correct for result in results) / len(results))
    return score, results


def quiz_submit(
    *,
    user: User,
    lesson: LessonPage,
    course: CoursePage,
    answers: dict[int, tuple[int, ...]],
    token: UUID,
) -> QuizAttempt:
    """Score and record one attempt; passing completes the lesson.

    Sending the same form again returns the attempt already recorded, unchanged.
    """
    existing = QuizAttempt.objects.filter(user=user, token=token).first()
    if existing is not None:
        return existing
    quiz = lesson.quiz.value
    score, _results = quiz_score(quiz=quiz, answers=answers)
    passed = score >= quiz["pass_mark"]
    progress = lesson_progress_get_or_create(
        user=user, lesson=lesson, course_key=course.translation_key
    )
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                user=user,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                token=token,
                score=score,
                passed=passed,
                answers={str(position): list(picked) for position, picked in answers.items()},
            )
            now = timezone.now()
            LessonProgress.objects.filter(pk=progress.pk).update(
                attempts=F("attempts") + 1,
                best_score=Greatest(Coalesce(F("best_score"), 0), score),
                last_activity_at=now,
            )
            newly_completed = passed and LessonProgress.objects.filter(
                pk=progress.pk, completed_at__isnull=True
            ).update(completed_at=now)
    except IntegrityError:  # the same form, sent from another tab at the same moment
        return QuizAttempt.objects.get(user=user, token=token)
    if newly_completed:
        course_completion_update(user=user, course_key=course.translation_key)
    return attempt
