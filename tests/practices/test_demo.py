"""The five seed projects are live case studies in both languages, with their facts."""

from datetime import date

from wagtail_localize.models import Translation, TranslationSource

import pytest

from practices.models import CaseStudyPage, Organisation

pytestmark = pytest.mark.django_db

SLUGS_FR = {
    "se-qualifier-hors-les-murs",
    "prevenir-les-ruptures-de-parcours-aquitaine",
    "work-to-grow",
    "expertises-partagees",
    "sensibilisation-partenaires-diisp",
}


def test_five_live_case_studies_per_language():
    for code in ("fr", "en"):
        assert CaseStudyPage.objects.live().filter(locale__language_code=code).count() == 5
    assert (
        set(
            CaseStudyPage.objects.filter(locale__language_code="fr").values_list("slug", flat=True)
        )
        == SLUGS_FR
    )


@pytest.mark.parametrize("slug", sorted(SLUGS_FR))
def test_english_versions_are_wagtail_localize_translations(slug):
    source_page = CaseStudyPage.objects.get(slug=slug, locale__language_code="fr")
    source = TranslationSource.objects.get_for_instance(source_page)
    translation = Translation.objects.get(source=source, target_locale__language_code="en")
    english = translation.get_target_instance()
    assert english.live
    assert english.title != source_page.title or slug == "work-to-grow"
    assert english.summary != source_page.summary


def facts(slug):
    page = CaseStudyPage.objects.get(slug=slug, locale__language_code="fr")
    return page, {f.label: f.value for f in page.key_figures.all()}


def test_drop_out_figures():
    page, figures = facts("prevenir-les-ruptures-de-parcours-aquitaine")
    assert figures["stagiaires ayant rempli la check-list de sécurisation"] == 353
    assert figures["ruptures de parcours parmi eux"] == 25
    assert figures["taux de rupture"] == 7
    assert figures["abandon parmi les participants aux groupes de parole"] == 0
    assert {o.name for o in page.partners.all()} >= {"INSUP", "MPS Artigues"}


def test_sqhm_reference_and_partners():
    page, figures = facts("se-qualifier-hors-les-murs")
    assert page.reference == "ECDB FR-2001-NAT-10359"
    assert figures["centres de rééducation professionnelle associés"] == 12
    assert {"ADIA", "SUEZ", "Retravailler"} <= {o.name for o in page.partners.all()}
    assert page.programme.slug == "equal"


def test_work_to_grow_period_and_mobilities():
    page, figures = facts("work-to-grow")
    assert (page.start_date, page.end_date) == (date(2014, 9, 1), date(2016, 8, 31))
    assert figures["éducateurs spécialisés en mobilité"] == 36
    assert sorted(p.country for p in page.places.all()) == ["FR", "GB", "RO", "SE"]
    assert page.lead_organisation.name == "Association Relience"


def test_expertises_partagees_and_diisp():
    page, figures = facts("expertises-partagees")
    assert figures["entreprises adhérentes du GEIQ PEP'S"] == 80
    assert page.lead_organisation.acronym == "CRRHP"
    diisp, _ = facts("sensibilisation-partenaires-diisp")
    assert (diisp.start_date, diisp.end_date) == (date(2008, 1, 1), date(2008, 12, 31))
    assert diisp.lead_organisation.name == "Lire et Écrire en Wallonie"


def test_organisations_are_shared_not_duplicated():
    assert Organisation.objects.filter(name="INSUP").count() == 1
