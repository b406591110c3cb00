from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

import pytest

VIDEO_URL = "https://video.example.org/watch/accueil-stagiaire"


@pytest.fixture
def known_embed(db):
    """An embed already in Wagtail's cache, so that checking the address needs no network."""
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL, None, None),
        type="video",
        html='<iframe title="Vidéo"></iframe>',
        title="Accueillir un stagiaire",
    )
    return VIDEO_URL
