import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_lists_course_outlines_but_not_lessons(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/formations/tutorat-a-distance/</loc>" in sitemap
    assert "/en/courses/distance-tutoring/</loc>" in sitemap
    assert "/pourquoi-se-former-pres-de-chez-soi/" not in sitemap
