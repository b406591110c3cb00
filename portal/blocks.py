from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline correct for screen readers."""

    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Un parcours en alternance", "level": "h2"}


def language_choices() -> list[tuple[str, str]]:
    """The site's languages, read when a form is drawn, so that adding one to LANGUAGES
    needs no migration (the blocks' migrations name this function, not the list)."""
    return [("", _("The page's language")), *settings.LANGUAGES]


class LanguageBlock(blocks.ChoiceBlock):
    """The language of a passage, when it is not the page's (shown with ``lang``)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("language"))
        kwargs.setdefault(
            "help_text",
            _(
                "Choose a language only when it is not the page's: screen readers then read "
                "the passage with the right pronunciation."
            ),
        )
        super().__init__(choices=language_choices, required=False, search_index=False, **kwargs)


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or document it comes from, in any language."""

    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))
    language = LanguageBlock(label=_("language of the quotation"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "text": "Personne n'a eu à raconter son parcours une nouvelle fois.",
            "attribution": "Une conseillère en insertion",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body may use."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
        preview_value="<p>Les formateurs accompagnent chaque stagiaire à distance.</p>",
    )
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    quote = QuoteBlock()


class LimitationBlock(blocks.StructBlock):
    """One piece of content that is not accessible, and what readers can do instead."""

    content = blocks.CharBlock(
        label=_("content"),
        help_text=_("What is affected, in a few words: 'Videos from video services'."),
    )
    detail = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul"],
        label=_("detail"),
        help_text=_("What does not work, for whom, and the accessible alternative offered."),
    )

    class Meta:
        icon = "warning"
        template = "blocks/limitation_block.html"
        label = _("Limitation")
        preview_value = {
            "content": "Vidéos hébergées par un service externe",
            "detail": "<p>Le lecteur vidéo du service n'est pas entièrement utilisable au "
            "clavier. Chaque vidéo est accompagnée de sa transcription.</p>",
        }


class LimitationStreamBlock(blocks.StreamBlock):
    """The three kinds of inaccessible content an accessibility statement must list."""

    non_compliance = LimitationBlock(
        label=_("Non-compliance"),
        help_text=_("Content that fails criteria of the standard."),
    )
    disproportionate_burden = LimitationBlock(
        label=_("Disproportionate burden"),
        help_text=_("Content exempted because making it accessible would cost too much."),
    )
    outside_scope = LimitationBlock(
        label=_("Outside the scope"),
        help_text=_("Content the law does not require to be accessible."),
    )
