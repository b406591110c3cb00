"""Filtering the practice library: a GET form, facet counts and the filtered case studies.

Every filter is a plain query-string parameter, so a filtered list can be bookmarked and
works without JavaScript. Several values of one facet widen the list (OR); different
facets narrow it (AND).
"""

from dataclasses import dataclass

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from portal.countries import country_name
from portal.queries import QueryRejected, visitor_query
from practices.models import (
    CaseStudyPage,
    CaseStudyPlace,
    FundingProgramme,
    PracticeIndexPage,
    TargetGroup,
    Theme,
)
from practices.selectors import case_studies_with_facts, case_study_cards

SORTS = {
    "recent": (F("start_date").desc(nulls_last=True), "title"),
    "oldest": (F("start_date").asc(nulls_last=True), "title"),
    "title": ("title",),
}
PER_PAGE = 12
FACETS = {
    # parameter: (lookup on CaseStudyPage, label)
    "theme": ("themes__slug", _("Themes")),
    "target": ("target_groups__slug", _("Target groups")),
    "country": ("places__country", _("Countries")),
    "programme": ("programme__slug", _("Funding programmes")),
}
YEAR_MIN, YEAR_MAX = 1950, 2100


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


class PracticeFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Words to look for"), required=False, max_length=200, widget=forms.SearchInput
    )
    theme = forms.MultipleChoiceField(label=_("Themes"), required=False)
    target = forms.MultipleChoiceField(label=_("Target groups"), required=False)
    country = forms.MultipleChoiceField(label=_("Countries"), required=False)
    programme = forms.MultipleChoiceField(label=_("Funding programmes"), required=False)
    year_from = forms.IntegerField(
        label=_("From year"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    year_to = forms.IntegerField(
        label=_("To year"),
        required=False,
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("recent", _("Most recent first")),
            ("oldest", _("Oldest first")),
            ("title", _("Title")),
        ],
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (
            ("theme", Theme),
            ("target", TargetGroup),
            ("programme", FundingProgramme),
        ):
            self.fields[name].choices = list(
                model.objects.filter(locale=locale).values_list("slug", "name")
            )
        codes = CaseStudyPlace.objects.values_list("country", flat=True).distinct()
        self.fields["country"].choices = sorted(
            ((code, country_name(code)) for code in codes), key=lambda choice: choice[1]
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("year_from"), cleaned.get("year_to")
        if start and end and end < start:
            self.add_error("year_to", _("The end year cannot come before the start year."))
        return cleaned


def _filtered(
    queryset: QuerySet[CaseStudyPage], data: dict, *, skip: str | None = None
) -> QuerySet[CaseStudyPage]:
    """``queryset`` narrowed by every cleaned filter except ``skip`` (for facet counts)."""
    for parameter, (lookup, _label) in FACETS.items():
        if parameter != skip and data.get(parameter):
            queryset = queryset.filter(**{f"{lookup}__in": data[parameter]})
    if data.get("year_from"):
        queryset = queryset.filter(
            Q(end_date__year__gte=data["year_from"])
            | Q(end_date__isnull=True, start_date__year__gte=data["year_from"])
        )
    if data.get("year_to"):
        queryset = queryset.filter(start_date__year__lte=data["year_to"])
    return queryset


def practices_filter(
    *, base: QuerySet[CaseStudyPage], form: PracticeFilterForm
) -> tuple[QuerySet[CaseStudyPage], dict[str, list[FacetOption]]]:
    """The case studies matching a valid ``form``, and each facet's options with counts."""
    data = form.cleaned_data
    if data.get("q"):
        query = data["q"].replace("\x00", "")
        matching_ids = [page.pk for page in base.search(query, operator="and")]
        base = base.filter(pk__in=matching_ids)

    facets = {}
    for parameter, (lookup, _label) in FACETS.items():
        rows = (
            _filtered(base, data, skip=parameter)
            .order_by()
            .values(lookup)
            .annotate(n=Count("pk", distinct=True))
        )
        counts = {row[lookup]: row["n"] for row in rows}
        facets[parameter] = [
            FacetOption(value, label, counts.get(value, 0), value in data.get(parameter, []))
            for value, label in form.fields[parameter].choices
        ]

    results = _filtered(base, data).distinct().order_by(*SORTS[data.get("sort") or "recent"])
    return results, facets


def library_listing(*, index: PracticeIndexPage, params) -> dict:
    """Everything the practice library page shows for the query string ``params``.

    ``errors`` is true when a parameter is unusable (unknown term, malformed year, page
    out of range); the page then answers 400 and explains what to change.
    """
    form = PracticeFilterForm(params, locale=index.locale)
    base = CaseStudyPage.objects.child_of(index).live().public()
    if not form.is_valid():
        return {"form": form, "errors": True, "facets": {}, "cards": [], "page_obj": None}
    try:
        with visitor_query():
            results, facets = practices_filter(base=base, form=form)
    except QueryRejected:
        form.add_error("q", _("These words could not be searched; try plain words."))
        return {"form": form, "errors": True, "facets": {}, "cards": [], "page_obj": None}
    paginator = Paginator(case_studies_with_facts(results), PER_PAGE)
    try:
        page_obj = paginator.page(params.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        return {
            "form": form,
            "errors": True,
            "page_error": True,
            "facets": facets,
            "cards": [],
            "page_obj": None,
        }
    query = params.copy()
    query.pop("page", None)
    return {
        "form": form,
        "errors": False,
        "facets": facets,
        "facet_labels": {name: label for name, (_lookup, label) in FACETS.items()},
        "cards": case_study_cards(pages=list(page_obj.object_list), locale=index.locale),
        "page_obj": page_obj,
        "querystring": query.urlencode(),
    }
