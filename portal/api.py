from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal.queries import QueryRejected, visitor_query


class SafeSearchMixin:
    """Answer 400, not 500, to search parameters the database cannot run."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        operator = self.request.GET.get("search_operator")
        if operator is not None and operator not in {"and", "or"}:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "\x00" in self.request.GET.get("search", ""):
            raise BadRequestError("search must not contain NUL characters")
        search = self.request.GET.get("search")
        if search and not search.split():
            # Blank words would reach the search backend as an empty query, which SQLite's
            # cannot run.
            raise BadRequestError("search must contain words, not only spaces")

    def listing_view(self, request):
        try:
            with visitor_query():
                return super().listing_view(request)
        except QueryRejected as error:
            raise BadRequestError("this search could not be run; use plain words") from error


class PortalPagesAPIViewSet(SafeSearchMixin, PagesAPIViewSet):
    def get_queryset(self):
        # Each item's meta shows its locale: fetch them with the pages.
        return super().get_queryset().select_related("locale")


class PortalImagesAPIViewSet(SafeSearchMixin, ImagesAPIViewSet):
    pass


class PortalDocumentsAPIViewSet(SafeSearchMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
