"""Case-study PDFs: drawn once per version of the page and kept; republishing the page
retires the stored files and the next download shows the change."""

from django.core.files.storage import storages
from django.urls import reverse

import pytest

from practices import pdf
from practices.models import CaseStudyPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def generated_storage_emptied(settings):
    """A new in-memory storage per test: files stored by an earlier test stay there."""
    settings.STORAGES = {
        **settings.STORAGES,
        "generated": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture
def draws(monkeypatch) -> list[int]:
    drawn = []
    real = pdf.weasyprint.HTML

    def counted(*args, **kwargs):
        drawn.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf.weasyprint, "HTML", counted)
    return drawn


def stored(page) -> list[str]:
    try:
        return storages["generated"].listdir(pdf.case_study_pdf_folder(page.pk))[1]
    except FileNotFoundError:
        return []


def test_the_pdf_is_drawn_once_then_served_from_storage(client, draws):
    page = CaseStudyPage.objects.live().filter(locale__language_code="fr").first()
    url = reverse("case_study_pdf", args=[page.pk])
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content.startswith(b"%PDF") and first.content == second.content
    assert len(draws) == 1 and len(stored(page)) == 1


def test_republishing_retires_the_stored_pdf(client, draws, django_capture_on_commit_callbacks):
    page = CaseStudyPage.objects.live().filter(locale__language_code="fr").first()
    url = reverse("case_study_pdf", args=[page.pk])
    client.get(url)
    page.title = "Un titre revu"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert stored(page) == []
    response = client.get(url)
    assert response.status_code == 200
    assert len(draws) == 2 and len(stored(page)) == 1
