"""Building blocks for demo StreamField content, shared by the practices and courses demos.

Rich text is plain paragraphs and bulleted lists with no inline markup, so that French and
English line up paragraph by paragraph when the English is made as a translation.
"""

import html
import re
import uuid

from django.utils.html import escape


def list_items(values: list) -> list[dict]:
    """ListBlock data in the block format, whose items keep their ids across translations."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def rich_text(*paragraphs: str | list[str]) -> str:
    """HTML from paragraphs; a paragraph given as a list becomes a bulleted list."""
    parts = []
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            items = "".join(f"<li>{escape(item)}</li>" for item in paragraph)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{escape(paragraph)}</p>")
    return "".join(parts)


def rich_text_strings(fragment: str) -> list[str]:
    """The text of each paragraph and list item of ``rich_text`` output, in order."""
    return [html.unescape(text) for text in re.findall(r"<(?:p|li)>(.*?)</(?:p|li)>", fragment)]
