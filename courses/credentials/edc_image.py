"""A small picture of a certificate, which a European Digital Credential must carry.

The EDC shapes make a display image mandatory (one per display language): wallets show
it as the credential's face. It is drawn here from the credential's own words, without
labels, so that it needs no translation and always agrees with the data it stands for.
"""

import io

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 842, 595  # A4 landscape, at 72 dots per inch
MARGIN = 60
INK, RULE = 20, 140  # grey levels
# Fonts with accented Latin letters; Pillow's own default font lacks them.
REGULAR_FONTS = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf")
BOLD_FONTS = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf")


def _font(names: tuple[str, ...], size: int) -> ImageFont.FreeTypeFont:
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _lines(text: str, font, width: int) -> list[str]:
    """Wrap ``text`` into lines no wider than ``width`` pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and font.getlength(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def certificate_image(*, title: str, learner_name: str, issuer: str, issued_on: str) -> bytes:
    """Return a PNG showing the course title, the learner, the issuer and the date."""
    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, WIDTH - 21, HEIGHT - 21), outline=RULE, width=3)
    text_width = WIDTH - 2 * MARGIN
    y = 110
    title_font = _font(BOLD_FONTS, 34)
    for line in _lines(title, title_font, text_width)[:4]:
        draw.text((WIDTH / 2, y), line, font=title_font, fill=INK, anchor="mt")
        y += 46
    y += 40
    draw.line((WIDTH / 2 - 120, y, WIDTH / 2 + 120, y), fill=RULE, width=2)
    y += 40
    name_font = _font(REGULAR_FONTS, 30)
    for line in _lines(learner_name, name_font, text_width)[:2]:
        draw.text((WIDTH / 2, y), line, font=name_font, fill=INK, anchor="mt")
        y += 40
    small_font = _font(REGULAR_FONTS, 20)
    draw.text((MARGIN, HEIGHT - MARGIN), issuer, font=small_font, fill=INK, anchor="ls")
    draw.text((WIDTH - MARGIN, HEIGHT - MARGIN), issued_on, font=small_font, fill=INK, anchor="rs")
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
