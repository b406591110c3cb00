from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import FundingProgramme, Organisation, TargetGroup, Theme


class TaxonomyTermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class ThemeViewSet(TaxonomyTermViewSet):
    model = Theme
    icon = "tag"


class TargetGroupViewSet(TaxonomyTermViewSet):
    model = TargetGroup
    icon = "group"


class FundingProgrammeViewSet(TaxonomyTermViewSet):
    model = FundingProgramme
    icon = "pick"


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "acronym", "country", "kind"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


class PracticesViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Practices")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ThemeViewSet, TargetGroupViewSet, FundingProgrammeViewSet, OrganisationViewSet)


register_snippet(PracticesViewSetGroup)
