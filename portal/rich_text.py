"""The admin's rich text editor, hardened against what its form was not meant to receive."""

import json

from wagtail.admin.rich_text.editors.draftail import (
    DraftailRichTextArea as WagtailDraftailRichTextArea,
)


class DraftailRichTextArea(WagtailDraftailRichTextArea):
    """Wagtail's Draftail editor, which also takes HTML sent in place of its JSON.

    The editor posts its content as Draft.js JSON, which Wagtail turns into HTML with only
    the features the field allows. HTML posted by a script or an old form made Wagtail fail
    with a 500; it now goes through the same whitelist, so ``<script>`` and ``onclick`` go.
    """

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except json.JSONDecodeError:
            html = data.get(name, "")
            return self.converter.to_database_format(self.converter.from_database_format(html))
