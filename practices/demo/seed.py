"""Load the five demo case studies, their taxonomy and organisations.

French is the source language. English versions are made with wagtail-localize, the way
an outside translator's work comes in: the source's strings are exported as a PO file,
filled in, imported and published. Safe to run again: what exists is left alone.
"""

from collections.abc import Iterator

from wagtail.models import Locale, Page

from portal.demo.stream import rich_text_strings
from portal.demo.translation import translate
from portal.models import HomePage
from practices.demo import taxonomy
from practices.demo.case_studies_a import CASE_STUDIES_A
from practices.demo.case_studies_b import CASE_STUDIES_B
from practices.demo.reach import reach_seed
from practices.models import (
    CaseStudyPage,
    CaseStudyPlace,
    FundingProgramme,
    KeyFigure,
    Organisation,
    PracticeIndexPage,
    TargetGroup,
    Theme,
)

SOURCE, TARGET = "fr", "en"
CASE_STUDIES = [*CASE_STUDIES_A, *CASE_STUDIES_B]

INDEX = {
    "slug": ("pratiques", "practices"),
    "title": ("Bonnes pratiques", "Good practices"),
    "intro": (
        "Des projets de formation professionnelle inclusive menés en France et en Europe, "
        "décrits par leurs faits, leurs méthodes et leurs résultats.",
        "Inclusive vocational-training projects from France and the rest of Europe, "
        "described through their facts, methods and results.",
    ),
}


def _block_strings(block: tuple[str, dict]) -> Iterator[str]:
    block_type, value = block
    if block_type == "section":
        yield value["heading"]
        yield from rich_text_strings(value["text"])
    elif block_type == "principles":
        yield value["heading"]
        yield value["intro"]
        for item in value["items"]:
            yield item["value"]["name"]
            yield item["value"]["text"]
    elif block_type == "timeline":
        yield value["heading"]
        for step in value["steps"]:
            yield step["value"]["when"]
            yield step["value"]["text"]
    elif block_type == "quote":
        yield value["text"]
        yield value["attribution"]


def _case_study_strings(data: dict, language: str) -> Iterator[str]:
    text = data[language]
    yield data["slug"] if language == SOURCE else data["slug_en"]
    yield text["title"]
    yield text["summary"]
    yield text["easy_read"]
    for _value, unit, label in text["key_figures"]:
        yield unit
        yield label
    for _country, region_fr, region_en in data["places"]:
        yield region_fr if language == SOURCE else region_en
    for block in text["body"]:
        yield from _block_strings(block)


def _string_map(source: Iterator[str], target: Iterator[str]) -> dict[str, str]:
    pairs = list(zip(list(source), list(target), strict=True))
    return {fr: en for fr, en in pairs if fr}


def _terms_seed(model, terms: list[tuple[str, str, str]]) -> None:
    source_locale = Locale.objects.get(language_code=SOURCE)
    target_locale = Locale.objects.get(language_code=TARGET)
    for slug, name_fr, name_en in terms:
        term = model.objects.filter(slug=slug, locale=source_locale).first()
        if term is None:
            term = model.objects.create(slug=slug, name=name_fr, locale=source_locale)
        if term.get_translation_or_none(target_locale) is None:
            translate(term, {name_fr: name_en}, target_locale)


def _organisations_seed() -> dict[str, Organisation]:
    organisations = {}
    for key, (name, acronym, country, kind, website) in taxonomy.ORGANISATIONS.items():
        organisations[key], _ = Organisation.objects.get_or_create(
            name=name,
            defaults={"acronym": acronym, "country": country, "kind": kind, "website": website},
        )
    return organisations


def _index_seed(home: HomePage) -> PracticeIndexPage:
    index = PracticeIndexPage.objects.child_of(home).first()
    if index is None:
        index = PracticeIndexPage(
            title=INDEX["title"][0],
            slug=INDEX["slug"][0],
            intro=INDEX["intro"][0],
            show_in_menus=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    target_locale = Locale.objects.get(language_code=TARGET)
    if index.get_translation_or_none(target_locale) is None:
        translate(index, dict(INDEX.values()), target_locale)
    return index


def _case_study_create(index: PracticeIndexPage, data: dict, organisations: dict) -> CaseStudyPage:
    text = data["fr"]
    source_locale = index.locale
    page = CaseStudyPage(
        title=text["title"],
        slug=data["slug"],
        summary=text["summary"],
        easy_read_summary=text["easy_read"],
        start_date=data["start"],
        end_date=data["end"],
        period_precision=data["precision"],
        lead_organisation=organisations.get(data["lead"]),
        reference=data["reference"],
        contact=data["contact"],
        website=data["website"],
        body=[{"type": block_type, "value": value} for block_type, value in text["body"]],
    )
    page.key_figures = [
        KeyFigure(value=value, unit=unit, label=label)
        for value, unit, label in text["key_figures"]
    ]
    page.places = [
        CaseStudyPlace(country=country, region=region) for country, region, _ in data["places"]
    ]
    page.partners = [organisations[key] for key in data["partners"]]
    page.themes = list(Theme.objects.filter(slug__in=data["themes"], locale=source_locale))
    page.target_groups = list(
        TargetGroup.objects.filter(slug__in=data["target_groups"], locale=source_locale)
    )
    if data["programme"]:
        page.programme = FundingProgramme.objects.get(slug=data["programme"], locale=source_locale)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def practices_seed(home: HomePage) -> PracticeIndexPage:
    """Create whatever is missing of the demo practices in every language."""
    _terms_seed(Theme, taxonomy.THEMES)
    _terms_seed(TargetGroup, taxonomy.TARGET_GROUPS)
    _terms_seed(FundingProgramme, taxonomy.PROGRAMMES)
    organisations = _organisations_seed()
    index = _index_seed(home)
    target_locale = Locale.objects.get(language_code=TARGET)

    pages = {}
    for data in CASE_STUDIES:
        page = CaseStudyPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = _case_study_create(index, data, organisations)
        pages[data["slug"]] = page
    for data in CASE_STUDIES:
        page = pages[data["slug"]]
        if not page.related_case_studies.exists() and data["related"]:
            page.related_case_studies = [pages[slug] for slug in data["related"]]
            page.save_revision().publish()
        if page.get_translation_or_none(target_locale) is None:
            strings = _string_map(
                _case_study_strings(data, SOURCE), _case_study_strings(data, TARGET)
            )
            translate(Page.objects.get(pk=page.pk).specific, strings, target_locale)
    reach_seed(slugs=[data["slug"] for data in CASE_STUDIES])
    return index
