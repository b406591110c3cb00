"""Demo translations made the way an outside translator's work comes in.

The source's strings are exported as a PO file, filled in, imported and published with
wagtail-localize, so the translated pages stay linked to their source and editors can
update them from the admin later.
"""

import html

from django.db import connection

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


def _as_text(fragment: str) -> str:
    """Segments are HTML fragments: line breaks are <br/> and entities are escaped."""
    return html.unescape(fragment.replace("<br/>", "\n"))


def _as_fragment(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")


def translate(instance, strings: dict[str, str], locale: Locale):
    """Translate ``instance`` into ``locale`` through a PO round trip; return the copy.

    ``strings`` maps each source text to its translation, as plain text.
    """
    if connection.in_atomic_block:
        # wagtail-localize publishes a new page when the transaction commits, from a copy
        # taken now: pages added under it meanwhile would drop out of the tree.
        raise RuntimeError("translate() must run outside a transaction")
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    texts = {_as_text(original): translated for original, translated in strings.items()}
    po = translation.export_po()
    for entry in po:
        try:
            entry.msgstr = _as_fragment(texts[_as_text(entry.msgid)])
        except KeyError as error:
            raise LookupError(
                f"no {locale} text for {entry.msgctxt!r}: {entry.msgid!r}"
            ) from error
    translation.import_po(po, tool_name="seed")
    translation.save_target(publish=True)
    return instance.get_translation(locale)
