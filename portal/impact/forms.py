from django import forms
from django.utils.translation import gettext_lazy as _

from portal.impact.figures import YearFigures
from portal.impact.protection import ALL
from portal.impact.report import Filters, grouping_from_key, grouping_key, grouping_label


class ImpactFilterForm(forms.Form):
    """The year, course and grouping an impact report covers. Choices come from the year's
    figures, so a link can only name a course or grouping the report knows."""

    # Not required: the views fill in the current year when none is given.
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    course = forms.ChoiceField(label=_("Course"), required=False)
    grouping = forms.ChoiceField(label=_("Region or organisation"), required=False)

    def __init__(self, data, *, years: list[int], figures: YearFigures, titles: dict):
        super().__init__(data)
        self.fields["year"].choices = [(year, str(year)) for year in years]
        courses = sorted(titles.items(), key=lambda item: item[1].casefold())
        self.fields["course"].choices = [
            ("", _("All courses")),
            *((str(key), title) for key, title in courses),
        ]
        self.fields["grouping"].choices = [
            ("", _("All regions and organisations")),
            *((grouping_key(g), grouping_label(g)) for g in figures.groupings),
        ]
        self._keys = {str(key): key for key in titles}

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            year=data["year"],
            course=self._keys.get(data["course"]),
            grouping=grouping_from_key(data["grouping"]) if data["grouping"] else ALL,
        )
