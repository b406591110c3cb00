"""A case study leads to the courses built on it, in the reader's language."""

import pytest

from courses.models import CoursePage

pytestmark = pytest.mark.django_db


def test_case_study_lists_the_courses_built_on_it_in_its_language(client):
    french = client.get("/fr/pratiques/se-qualifier-hors-les-murs/").content.decode()
    english = client.get("/en/practices/qualifying-beyond-the-walls/").content.decode()

    assert "Formations construites sur cette pratique" in french
    assert 'href="/fr/formations/tutorat-a-distance/"' in french
    assert 'href="/fr/formations/handicap-comprendre-et-accueillir/"' in french
    assert "/entreprise-sociale/" not in french  # built on Work to Grow, not SQHM
    assert 'href="/en/courses/distance-tutoring/"' in english
    assert "/fr/formations/" not in english


def test_an_unpublished_course_is_not_listed(client):
    for course in CoursePage.objects.filter(slug="distance-tutoring"):
        course.unpublish()
    english = client.get("/en/practices/qualifying-beyond-the-walls/").content.decode()
    assert "/en/courses/distance-tutoring/" not in english
    assert "/en/courses/disability-awareness/" in english
