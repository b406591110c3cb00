"""Small builders for the demo lessons' StreamField content.

French and English bodies of a lesson are built with the same calls in the same order,
with the same number of paragraphs and list items, so that the English lesson can be made
as a wagtail-localize translation of the French one (strings are paired by position).
Rich text is plain: paragraphs and bulleted lists, no inline markup.
"""

from portal.demo.stream import list_items, rich_text


def heading(text: str) -> tuple[str, dict]:
    """A level-2 section heading inside a lesson."""
    return ("heading", {"text": text, "level": "h2"})


def text(*paragraphs: str | list[str]) -> tuple[str, str]:
    """Running text: paragraphs, and bulleted lists given as lists of strings."""
    return ("paragraph", rich_text(*paragraphs))


def callout(kind: str, title: str, *paragraphs: str | list[str]) -> tuple[str, dict]:
    """A framed note; ``kind`` is one of "key_point", "tip", "example", "warning"."""
    return ("callout", {"kind": kind, "title": title, "text": rich_text(*paragraphs)})


def reflection(prompt: str, hint: str = "") -> tuple[str, dict]:
    """A question the learner answers in writing; the answer stays private to them."""
    return ("reflection", {"prompt": prompt, "hint": hint})


def choice(text: str, correct: bool, feedback: str) -> dict:
    """One answer of a question, with the feedback shown to whoever picks it."""
    return {"text": text, "correct": correct, "feedback": feedback}


def question(kind: str, text: str, choices: list[dict]) -> dict:
    """``kind`` is "single" (one right answer), "multiple" (one or more) or "true_false".

    A true/false question has exactly two choices, written out in the lesson's language
    ("Vrai"/"Faux", "True"/"False"), one of them correct.
    """
    return {"kind": kind, "text": text, "choices": list_items(choices)}


def quiz(intro: str, pass_mark: int, questions: list[dict]) -> tuple[str, dict]:
    """A quiz scored on the server; ``pass_mark`` is the percentage needed to pass."""
    return (
        "quiz",
        {"intro": intro, "pass_mark": pass_mark, "questions": list_items(questions)},
    )


def h5p(activity: str, completion: str = "completed") -> tuple[str, dict]:
    """An H5P activity, named by its key in ``courses.demo.h5p_activities``; the seed puts
    the uploaded activity's id in its place."""
    return ("h5p", {"activity": activity, "completion": completion, "score_kept": "best"})


def easy_read(*paragraphs: str | list[str]) -> str:
    """A lesson's easy-to-read version: short sentences, everyday words, one idea each."""
    return rich_text(*paragraphs)


def quote(text: str, attribution: str, language: str = "") -> tuple[str, dict]:
    """A quotation; ``language`` is its language code when it is not the lesson's."""
    return ("quote", {"text": text, "attribution": attribution, "language": language})
