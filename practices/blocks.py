from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from portal.blocks import RICH_TEXT_FEATURES, LanguageBlock, QuoteBlock

SECTION_KINDS = [
    ("context", _("Context")),
    ("method", _("Method")),
    ("results", _("Results")),
    ("lessons", _("Lessons learned")),
    ("other", _("Other")),
]


class SectionBlock(blocks.StructBlock):
    """One part of the case study's story, labelled so readers can jump to what they need."""

    kind = blocks.ChoiceBlock(choices=SECTION_KINDS, default="context", label=_("kind"))
    heading = blocks.CharBlock(
        required=False, label=_("heading"), help_text=_("Leave empty to use the kind's name.")
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("text"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["heading"] = value["heading"] or dict(SECTION_KINDS).get(value["kind"], "")
        return context

    class Meta:
        icon = "doc-full"
        template = "blocks/section_block.html"
        label = _("Section")
        preview_value = {
            "kind": "method",
            "heading": "",
            "text": "<p>Un tuteur de proximité accompagne chaque stagiaire près de chez lui.</p>",
        }


class PrinciplesBlock(blocks.StructBlock):
    """A numbered list of principles, such as a charter that partners sign."""

    heading = blocks.CharBlock(label=_("heading"))
    intro = blocks.TextBlock(required=False, label=_("introduction"))
    items = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("name", blocks.CharBlock(label=_("name"))),
                ("text", blocks.TextBlock(label=_("text"))),
            ]
        ),
        label=_("principles"),
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/principles_block.html"
        label = _("Principles or charter")
        preview_value = {
            "heading": "Charte",
            "items": [{"name": "Proximité", "text": "Réunir les acteurs de chaque bassin."}],
        }


class TimelineBlock(blocks.StructBlock):
    """The stages of a project, in order."""

    heading = blocks.CharBlock(label=_("heading"))
    steps = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("when", blocks.CharBlock(label=_("when"))),
                ("text", blocks.TextBlock(label=_("what happened"))),
            ]
        ),
        label=_("steps"),
    )

    class Meta:
        icon = "time"
        template = "blocks/timeline_block.html"
        label = _("Timeline")
        preview_value = {
            "heading": "Calendrier",
            "steps": [{"when": "Lancement", "text": "Prise de contact avec les établissements."}],
        }


class CaseStudyStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    principles = PrinciplesBlock()
    timeline = TimelineBlock()
    quote = QuoteBlock()
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")


class SourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    url = blocks.URLBlock(label=_("address"))
    language = LanguageBlock(label=_("language of the source"))

    class Meta:
        icon = "link"
        label = _("Web page")


class SourceDocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    document = DocumentChooserBlock(label=_("document"))
    language = LanguageBlock(label=_("language of the source"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document")


class SourcesStreamBlock(blocks.StreamBlock):
    link = SourceLinkBlock()
    document = SourceDocumentBlock()
