"""The practice catalogue as open data: one flat record per case study."""

from wagtail.models import Locale

from portal.translations import translations_in
from practices.models import CaseStudyPage
from practices.selectors import case_studies_with_facts

FIELDS = [
    "id",
    "url",
    "permalink",
    "language",
    "title",
    "summary",
    "easy_read_summary",
    "start_date",
    "end_date",
    "countries",
    "regions",
    "lead_organisation",
    "partners",
    "themes",
    "target_groups",
    "funding_programme",
    "reference",
    "contact",
    "website",
    "key_figures",
    "last_published_at",
]


def case_study_records(*, locale: Locale, request) -> list[dict]:
    """Every live public case study of ``locale``, with all structured fields.

    Lists are kept as lists (JSON); ``csv_row`` joins them for spreadsheets.
    """
    pages = list(
        case_studies_with_facts(
            CaseStudyPage.objects.live().public().filter(locale=locale).order_by("title")
        )
    )
    terms = {}
    for attribute in ("themes", "target_groups"):
        objects = {t.pk: t for page in pages for t in getattr(page, attribute).all()}
        terms.update(
            {t.translation_key: t.name for t in translations_in(objects.values(), locale=locale)}
        )
    programmes = translations_in([p.programme for p in pages if p.programme], locale=locale)
    terms.update({p.translation_key: p.name for p in programmes})

    records = []
    for page in pages:
        places = list(page.places.all())
        records.append(
            {
                "id": page.pk,
                "url": page.get_full_url(request),
                "permalink": request.build_absolute_uri(page.permalink_path),
                "language": locale.language_code,
                "title": page.title,
                "summary": page.summary,
                "easy_read_summary": page.easy_read_summary,
                "start_date": page.start_date.isoformat() if page.start_date else None,
                "end_date": page.end_date.isoformat() if page.end_date else None,
                "countries": [place.country for place in places],
                "regions": [place.region for place in places if place.region],
                "lead_organisation": page.lead_organisation.name
                if page.lead_organisation
                else None,
                "partners": [organisation.name for organisation in page.partners.all()],
                "themes": [terms[t.translation_key] for t in page.themes.all()],
                "target_groups": [terms[t.translation_key] for t in page.target_groups.all()],
                "funding_programme": terms[page.programme.translation_key]
                if page.programme
                else None,
                "reference": page.reference,
                "contact": page.contact,
                "website": page.website,
                "key_figures": [
                    {"value": float(f.value), "unit": f.unit, "label": f.label}
                    for f in page.key_figures.all()
                ],
                "last_published_at": page.last_published_at.isoformat()
                if page.last_published_at
                else None,
            }
        )
    return records


def csv_row(record: dict) -> list[str]:
    """One spreadsheet row: lists joined with ' | ', key figures as 'value unit label'."""
    row = []
    for field in FIELDS:
        value = record[field]
        if field == "key_figures":
            value = " | ".join(
                f"{figure['value']:g} {figure['unit']} {figure['label']}".replace("  ", " ")
                for figure in value
            )
        elif isinstance(value, list):
            value = " | ".join(value)
        row.append("" if value is None else str(value))
    return row
