"""Lesson blocks refuse what editors must not publish, with a message on the faulty field."""

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

import pytest
import wagtail_factories

from courses.blocks import LessonStreamBlock, QuestionBlock, QuizBlock, VideoBlock
from courses.factories import choice, multiple_question, quiz, single_question

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English, the language they are written in."""
    with translation.override("en"):
        yield


def messages(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


def non_block_messages(error) -> list[str]:
    """Messages of a list or stream as a whole, rather than of one of its items."""
    return [message for item in error.non_block_errors.as_data() for message in messages(item)]


def question_value(kind: str, *correct: bool):
    block = QuestionBlock()
    choices = [choice(f"Réponse {i}", flag) for i, flag in enumerate(correct)]
    return block, block.to_python({"kind": kind, "text": "Question ?", "choices": choices})


def choices_error(kind: str, *correct: bool) -> list[str]:
    block, value = question_value(kind, *correct)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"choices"}
    return messages(error.value.block_errors["choices"])


@pytest.mark.parametrize(
    ("kind", "correct"),
    [
        ("single", (True, False, False)),
        ("multiple", (True, True, False)),
        ("multiple", (False, True)),
        ("true_false", (False, True)),
    ],
)
def test_valid_questions_pass(kind, correct):
    block, value = question_value(kind, *correct)
    assert block.clean(value)["kind"] == kind


@pytest.mark.parametrize(
    ("kind", "correct"),
    [
        ("single", (False, False, False)),
        ("single", (True, True, False)),
        ("true_false", (True, True)),
        ("true_false", (False, False)),
    ],
)
def test_single_and_true_false_need_exactly_one_right_answer(kind, correct):
    assert choices_error(kind, *correct) == ["Mark exactly one answer as correct."]


def test_multiple_choice_needs_a_right_answer():
    assert choices_error("multiple", False, False, False) == [
        "Mark at least one answer as correct."
    ]


def test_true_false_has_exactly_two_answers():
    assert choices_error("true_false", True, False, False) == [
        "A true-or-false question has exactly two answers."
    ]


def test_question_needs_two_answers():
    block, value = question_value("single", True)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    choices = error.value.block_errors["choices"]
    assert isinstance(choices, ListBlockValidationError)
    assert non_block_messages(choices) == ["The minimum number of items is 2"]


def quiz_value(**changes):
    block = QuizBlock()
    raw = {**quiz(single_question())["value"], **changes}
    return block, block.to_python(raw)


def test_valid_quiz_passes():
    block, value = quiz_value(questions=[single_question(), multiple_question()], pass_mark=50)
    cleaned = block.clean(value)
    assert cleaned["pass_mark"] == 50
    assert len(cleaned["questions"]) == 2


@pytest.mark.parametrize(
    ("pass_mark", "expected"),
    [
        (101, "Ensure this value is less than or equal to 100."),
        (-1, "Ensure this value is greater than or equal to 0."),
    ],
)
def test_quiz_pass_mark_is_a_percentage(pass_mark, expected):
    block, value = quiz_value(pass_mark=pass_mark)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert messages(error.value.block_errors["pass_mark"]) == [expected]


def test_quiz_needs_a_question():
    block, value = quiz_value(questions=[])
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    questions = error.value.block_errors["questions"]
    assert non_block_messages(questions) == ["The minimum number of items is 1"]


def test_quiz_reports_the_faulty_question():
    wrong = single_question()
    for item in wrong["choices"]:
        item["value"]["correct"] = False
    block, value = quiz_value(questions=[single_question(), wrong])
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    questions = error.value.block_errors["questions"]
    assert set(questions.block_errors) == {1}
    assert messages(questions.block_errors[1].block_errors["choices"]) == [
        "Mark exactly one answer as correct."
    ]


def test_lesson_holds_one_quiz_at_most():
    block = LessonStreamBlock()
    value = block.to_python([quiz(), quiz()])
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert non_block_messages(error.value) == ["Quiz: The maximum number of items is 1"]
    assert block.clean(block.to_python([quiz()]))


def document(filename: str):
    return wagtail_factories.DocumentFactory(file__filename=filename, file__data=b"WEBVTT\n")


def video_error(**fields) -> dict[str, list[str]]:
    block = VideoBlock()
    raw = {"title": "Accueil", "transcript": "<p>Tout ce qui est dit.</p>", **fields}
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    return {name: messages(err) for name, err in error.value.block_errors.items()}


def draft_clean(**fields):
    """Clean a video as Wagtail does when an editor saves a draft: required checks wait."""
    block = VideoBlock()
    block.defer_required_validation()
    try:
        return block.clean(block.to_python({"title": "Accueil", **fields}))
    finally:
        block.restore_deferred_validation()


def test_video_from_a_service_with_checked_captions_passes(known_embed):
    block = VideoBlock()
    raw = {
        "title": "Accueil",
        "embed": known_embed,
        "service_captions": True,
        "transcript": "<p>Tout.</p>",
    }
    assert block.clean(block.to_python(raw))["embed"].url == known_embed


def test_video_from_a_service_needs_its_captions_checked(known_embed):
    assert video_error(embed=known_embed) == {
        "service_captions": ["Check that the video service shows captions before publishing."]
    }


def test_a_draft_may_leave_captions_and_transcript_for_later(known_embed):
    assert draft_clean(embed=known_embed, transcript="")["embed"].url == known_embed
    assert draft_clean(file=document("brouillon.mp4").pk, transcript="")["captions"] is None
    assert draft_clean(transcript="")["title"] == "Accueil"


def test_a_draft_still_refuses_wrong_captions_and_two_sources(known_embed):
    with pytest.raises(StructBlockValidationError) as error:
        draft_clean(file=document("c.mp4").pk, captions=document("c.srt").pk)
    assert list(error.value.block_errors) == ["captions"]
    with pytest.raises(StructBlockValidationError) as error:
        draft_clean(embed=known_embed, file=document("d.mp4").pk)
    assert set(error.value.block_errors) == {"embed", "file"}


def test_uploaded_video_with_captions_passes():
    block = VideoBlock()
    raw = {
        "title": "Accueil",
        "file": document("accueil.mp4").pk,
        "captions": document("accueil.vtt").pk,
        "transcript": "<p>Tout.</p>",
    }
    assert block.clean(block.to_python(raw))["captions"].file.name.endswith(".vtt")


def test_video_needs_an_address_or_a_file():
    message = ["Give either a video address or a video file, not both."]
    assert video_error() == {"embed": message, "file": message}


def test_video_cannot_have_both_an_address_and_a_file(known_embed):
    message = ["Give either a video address or a video file, not both."]
    errors = video_error(
        embed=known_embed, file=document("a.mp4").pk, captions=document("a.vtt").pk
    )
    assert errors == {"embed": message, "file": message}


def test_uploaded_video_needs_captions():
    assert video_error(file=document("sans-sous-titres.mp4").pk) == {
        "captions": ["An uploaded video needs its captions."]
    }


def test_captions_must_be_webvtt():
    errors = video_error(file=document("b.mp4").pk, captions=document("b.srt").pk)
    assert errors == {"captions": ["Captions must be a WebVTT (.vtt) file."]}


def test_video_needs_a_transcript(known_embed):
    errors = video_error(embed=known_embed, service_captions=True, transcript="")
    assert errors == {"transcript": ["This field is required."]}
