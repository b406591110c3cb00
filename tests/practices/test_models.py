"""The practices content model: where pages live and what editors must fill in."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError

import pytest

from portal.models import HomePage, StandardPage
from practices.models import CaseStudyPage, KeyFigure, PracticeIndexPage

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert CaseStudyPage.allowed_parent_page_models() == [PracticeIndexPage]
    assert CaseStudyPage.allowed_subpage_models() == []
    assert PracticeIndexPage.allowed_parent_page_models() == [HomePage]
    assert PracticeIndexPage.allowed_subpage_models() == [CaseStudyPage]
    assert StandardPage not in PracticeIndexPage.allowed_subpage_models()


def test_one_library_per_home_page():
    home = HomePage.objects.get(locale__language_code="fr")
    assert not PracticeIndexPage.can_create_at(home)


def test_end_date_before_start_date_is_refused_on_the_end_field():
    page = CaseStudyPage(
        title="Essai", slug="essai", summary="Résumé",
        start_date=date(2016, 1, 1), end_date=date(2015, 1, 1),
    )  # fmt: skip
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "end_date" in error.value.message_dict


def test_key_figure_needs_a_label():
    figure = KeyFigure(value=Decimal("353"), label="")
    with pytest.raises(ValidationError) as error:
        figure.full_clean(exclude=["page", "locale", "translation_key"])
    assert "label" in error.value.message_dict


def test_editor_sees_field_errors_in_the_admin(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(email="editor@example.org"))
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    url = f"/admin/pages/add/practices/casestudypage/{index.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "title": "Nouvelle pratique",
            "slug": "nouvelle-pratique",
            "summary": "Un résumé.",
            "start_date": "2016-01-01",
            "end_date": "2015-01-01",
            "period_precision": "day",
            "key_figures-TOTAL_FORMS": "1",
            "key_figures-INITIAL_FORMS": "0",
            "key_figures-MIN_NUM_FORMS": "0",
            "key_figures-MAX_NUM_FORMS": "1000",
            "key_figures-0-value": "353",
            "key_figures-0-unit": "",
            "key_figures-0-label": "",
            "key_figures-0-ORDER": "1",
            "places-TOTAL_FORMS": "0",
            "places-INITIAL_FORMS": "0",
            "places-MIN_NUM_FORMS": "0",
            "places-MAX_NUM_FORMS": "1000",
            "body-count": "0",
            "sources-count": "0",
            # Drafts may leave required fields empty; submitting checks everything.
            "action-submit": "Submit for moderation",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "end_date" in form.errors
    assert form.formsets["key_figures"].forms[0].errors["label"]
    assert not CaseStudyPage.objects.filter(slug="nouvelle-pratique").exists()


def test_taxonomy_choices_in_the_editor_are_in_the_page_language():
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(email="editor@example.org")
    page = CaseStudyPage.objects.get(slug="work-to-grow", locale__language_code="en")
    form_class = CaseStudyPage.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=editor, parent_page=page.get_parent())
    for name in ("themes", "target_groups", "programme"):
        codes = set(form.fields[name].queryset.values_list("locale__language_code", flat=True))
        assert codes == {"en"}, name
