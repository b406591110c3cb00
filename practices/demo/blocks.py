"""Small builders for the demo case studies' StreamField content.

Rich text is written as a list of paragraphs, where a paragraph given as a list is
a bulleted list, so that French and English line up paragraph by paragraph.
"""

from portal.demo.stream import list_items, rich_text


def section(kind: str, heading: str, *paragraphs: str | list[str]) -> tuple[str, dict]:
    return ("section", {"kind": kind, "heading": heading, "text": rich_text(*paragraphs)})


def principles(heading: str, intro: str, items: list[tuple[str, str]]) -> tuple[str, dict]:
    return (
        "principles",
        {
            "heading": heading,
            "intro": intro,
            "items": list_items([{"name": name, "text": text} for name, text in items]),
        },
    )


def timeline(heading: str, steps: list[tuple[str, str]]) -> tuple[str, dict]:
    return (
        "timeline",
        {
            "heading": heading,
            "steps": list_items([{"when": when, "text": text} for when, text in steps]),
        },
    )


def quote(text: str, attribution: str) -> tuple[str, dict]:
    return ("quote", {"text": text, "attribution": attribution})
