"""Images in page bodies: renditions in modern formats and several widths, sized boxes."""

import pytest
from bs4 import BeautifulSoup
from wagtail_factories import ImageFactory

from courses.blocks import LessonImageBlock
from portal.blocks import BaseStreamBlock

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return ImageFactory(file__width=1250, file__height=800)


def picture(html: str):
    figure = BeautifulSoup(html, "html.parser").find("figure")
    return figure.find("picture")


def assert_modern_and_sized(element, alt: str) -> None:
    types = [source["type"] for source in element.find_all("source")]
    assert types == ["image/avif", "image/webp"]
    for source in element.find_all("source"):
        widths = {candidate.split()[-1] for candidate in source["srcset"].split(",")}
        assert widths == {"400w", "800w", "1200w"}
        assert source["sizes"]
    img = element.find("img")
    assert img["alt"] == alt
    assert img["loading"] == "lazy"
    assert (img["width"], img["height"]) == ("400", "256")  # the fallback keeps the ratio
    assert img["src"].endswith(".jpg")


def test_a_body_image_is_a_picture_of_renditions(image):
    block = BaseStreamBlock().child_blocks["image"]
    value = block.to_python({"image": image.pk, "alt_text": "Un atelier", "decorative": False})
    assert_modern_and_sized(picture(block.render(value)), "Un atelier")


def test_a_decorative_body_image_has_an_empty_alternative(image):
    block = BaseStreamBlock().child_blocks["image"]
    value = block.to_python({"image": image.pk, "alt_text": "", "decorative": True})
    assert picture(block.render(value)).find("img")["alt"] == ""


def test_a_lesson_image_is_a_picture_of_renditions(image):
    block = LessonImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": "Un tuteur", "caption": "Légende"})
    html = block.render(value)
    assert_modern_and_sized(picture(html), "Un tuteur")
    assert "Légende" in html
