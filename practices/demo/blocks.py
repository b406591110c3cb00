"""Small builders for the demo case studies' StreamField content.

Rich text is written as a list of paragraphs, where a paragraph given as a list is
a bulleted list, so that French and English line up paragraph by paragraph.
"""

import uuid

from django.utils.html import escape


def _list_items(values: list[dict]) -> list[dict]:
    """ListBlock data in the block format, whose items wagtail-localize can translate."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def rich_text(*paragraphs: str | list[str]) -> str:
    html = []
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            items = "".join(f"<li>{escape(item)}</li>" for item in paragraph)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{escape(paragraph)}</p>")
    return "".join(html)


def section(kind: str, heading: str, *paragraphs: str | list[str]) -> tuple[str, dict]:
    return ("section", {"kind": kind, "heading": heading, "text": rich_text(*paragraphs)})


def principles(heading: str, intro: str, items: list[tuple[str, str]]) -> tuple[str, dict]:
    return (
        "principles",
        {
            "heading": heading,
            "intro": intro,
            "items": _list_items([{"name": name, "text": text} for name, text in items]),
        },
    )


def timeline(heading: str, steps: list[tuple[str, str]]) -> tuple[str, dict]:
    return (
        "timeline",
        {
            "heading": heading,
            "steps": _list_items([{"when": when, "text": text} for when, text in steps]),
        },
    )


def quote(text: str, attribution: str) -> tuple[str, dict]:
    return ("quote", {"text": text, "attribution": attribution})
