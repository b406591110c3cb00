"""How case studies' structured fields appear in the Wagtail API (``/api/v2/pages/``)."""

from rest_framework.fields import Field

from portal.translations import translations_in


class OrganisationField(Field):
    """An organisation, or a list of them, as plain data."""

    def to_representation(self, value):
        if hasattr(value, "all"):
            return [self.to_representation(organisation) for organisation in value.all()]
        return {
            "name": value.name,
            "acronym": value.acronym,
            "country": value.country,
            "kind": value.kind,
            "website": value.website,
        }


class TaxonomyField(Field):
    """Themes, target groups and programme, named in the page's own language."""

    def to_representation(self, page):
        def terms(objects):
            return [
                {"slug": term.slug, "name": term.name}
                for term in translations_in(objects, locale=page.locale)
            ]

        return {
            "themes": terms(page.themes.all()),
            "target_groups": terms(page.target_groups.all()),
            "programme": (terms([page.programme]) or [None])[0] if page.programme else None,
        }
