"""The blocks a lesson is built from.

A quiz is a block too, so that editors write questions where they teach; its answers are
checked on the server (``courses.services.quizzes``), never in the browser.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import RICH_TEXT_FEATURES, HeadingBlock, QuoteBlock


class LessonImageBlock(blocks.StructBlock):
    """An image whose text alternative cannot be left out."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("text alternative"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("caption"))

    class Meta:
        icon = "image"
        template = "blocks/lesson_image_block.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    """A video from a video service or an uploaded file.

    A draft may leave captions and transcript for later; a published video has both, so
    that deaf and hard-of-hearing learners, and those who cannot play sound, miss nothing.
    """

    title = blocks.CharBlock(label=_("title"))
    embed = EmbedBlock(
        required=False,
        label=_("video address"),
        help_text=_("A link to the video on a video service; its captions are the service's."),
    )
    file = DocumentChooserBlock(
        required=False, label=_("video file"), help_text=_("An MP4 or WebM file.")
    )
    captions = DocumentChooserBlock(
        required=False,
        label=_("captions"),
        help_text=_("A WebVTT (.vtt) file; required with an uploaded video."),
    )
    service_captions = blocks.BooleanBlock(
        required=False,
        label=_("the video service shows captions in the page's language"),
        help_text=_(
            "Tick this once you have checked the captions of a video from a video service."
        ),
    )
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("transcript"),
        help_text=_("Everything said and shown, for people who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")

    def clean(self, value):
        # Every problem is reported at once, the missing transcript with the rest.
        try:
            value, errors = super().clean(value), {}
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        publishing = not self.is_deferred_validation  # or submitting; not saving a draft
        sources = bool(value.get("embed")) + bool(value.get("file"))
        if sources == 2 or (publishing and sources == 0):
            message = _("Give either a video address or a video file, not both.")
            errors["embed"] = errors["file"] = ValidationError(message)
        if publishing and sources == 1:
            if value.get("file") and not value.get("captions"):
                errors["captions"] = ValidationError(_("An uploaded video needs its captions."))
            if value.get("embed") and not value.get("service_captions"):
                errors["service_captions"] = ValidationError(
                    _("Check that the video service shows captions before publishing.")
                )
        captions = value.get("captions")
        if captions and not captions.file.name.lower().endswith(".vtt"):
            errors["captions"] = ValidationError(_("Captions must be a WebVTT (.vtt) file."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class DocumentBlock(blocks.StructBlock):
    """A file to download, described so readers know what they will get."""

    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(required=False, label=_("description"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")


CALLOUT_KINDS = [
    ("key_point", _("Key point")),
    ("tip", _("Tip")),
    ("example", _("Example")),
    ("warning", _("Warning")),
]


class CalloutBlock(blocks.StructBlock):
    """A framed note that stands out from the running text."""

    kind = blocks.ChoiceBlock(choices=CALLOUT_KINDS, default="key_point", label=_("kind"))
    title = blocks.CharBlock(label=_("title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("text"))

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Callout")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(CALLOUT_KINDS).get(value["kind"], "")
        return context


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers in writing; only they can read the answer."""

    prompt = blocks.TextBlock(label=_("question"))
    hint = blocks.CharBlock(required=False, label=_("hint"))

    class Meta:
        icon = "edit"
        template = "blocks/reflection_block.html"
        label = _("Reflection")


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"))
    correct = blocks.BooleanBlock(required=False, label=_("correct"))
    feedback = blocks.CharBlock(
        label=_("feedback"), help_text=_("Shown to a learner who picks this answer.")
    )

    class Meta:
        icon = "tick"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("single", _("Single choice")),
            ("multiple", _("Multiple choice")),
            ("true_false", _("True or false")),
        ],
        default="single",
        label=_("kind"),
    )
    text = blocks.TextBlock(label=_("question"))
    choices = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=8, label=_("answers"))

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        kind = value["kind"]
        correct = sum(1 for answer in value["choices"] if answer["correct"])
        message = None
        if kind == "true_false" and len(value["choices"]) != 2:
            message = _("A true-or-false question has exactly two answers.")
        elif kind in {"single", "true_false"} and correct != 1:
            message = _("Mark exactly one answer as correct.")
        elif kind == "multiple" and correct == 0:
            message = _("Mark at least one answer as correct.")
        if message:
            raise StructBlockValidationError(block_errors={"choices": ValidationError(message)})
        return value


class QuizBlock(blocks.StructBlock):
    """Questions scored on the server; passing completes the lesson."""

    intro = blocks.TextBlock(required=False, label=_("introduction"))
    pass_mark = blocks.IntegerBlock(
        min_value=0,
        max_value=100,
        default=75,
        label=_("pass mark (%)"),
        help_text=_("The share of questions to answer right to pass."),
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("questions"))

    class Meta:
        icon = "list-ul"
        template = "blocks/quiz_block.html"
        label = _("Quiz")


class H5PBlock(blocks.StructBlock):
    """An uploaded H5P activity; the learner's results arrive through xAPI."""

    activity = SnippetChooserBlock("courses.H5PActivity", label=_("activity"))
    completion = blocks.ChoiceBlock(
        choices=[
            ("completed", _("Completing the activity")),
            ("passed", _("Passing the activity")),
        ],
        default="completed",
        label=_("done when"),
        help_text=_("In a lesson without a quiz, this is what completes the lesson."),
    )
    score_kept = blocks.ChoiceBlock(
        choices=[("best", _("Best score")), ("last", _("Last score"))],
        default="best",
        label=_("score kept"),
    )

    class Meta:
        icon = "media"
        template = "blocks/h5p_block.html"
        label = _("H5P activity")


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
    )
    image = LessonImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    reflection = ReflectionBlock()
    quiz = QuizBlock()
    h5p = H5PBlock()

    class Meta:
        # One quiz per lesson: passing it is what completes the lesson.
        block_counts = {"quiz": {"max_num": 1}}
