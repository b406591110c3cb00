"""The practice library, the comparison, the open data and the search, fed random query
strings: every answer is the page (200, or 400 explaining the problem) or a 404, never an
error."""

from django.test import override_settings
from django.utils import translation

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from tests.security.hostile import hostile_text, query_string

LIBRARY_KEYS = st.sampled_from(
    ["q", "theme", "target", "country", "programme", "year_from", "year_to", "sort", "page"]
)
LIBRARY_VALUES = hostile_text | st.sampled_from(
    ["disability-inclusion", "social-economy", "FR", "BE", "erasmus-plus", "recent", "title"]
)
PAGES = {
    "library": "/en/practices/",
    "French library": "/fr/pratiques/",
    "search": "/en/search/",
}
OPEN_DATA = ["/en/data/case-studies.json", "/fr/data/case-studies.csv"]


# Every query string reaches the view: the page cache would answer repeats itself.
@override_settings(PAGE_CACHE_SECONDS=0)
class QueryStringFuzzTests(TestCase):
    def get(self, path: str, query: str):
        with translation.override("en"):
            return self.client.get(path, QUERY_STRING=query)

    def assert_page(self, response, statuses=(200, 400)) -> None:
        assert response.status_code in statuses, response.status_code
        assert b"</html>" in response.content

    @given(page=st.sampled_from(sorted(PAGES)), query=query_string(LIBRARY_KEYS, LIBRARY_VALUES))
    def test_library_and_search(self, page, query):
        self.assert_page(self.get(PAGES[page], query))

    @given(query=query_string(st.just("cs"), hostile_text | st.integers(0, 500).map(str)))
    @example(query="cs=0&cs=9223372036854775808")  # past SQLite's integers
    @example(query="cs=1&cs=%C2%B2")  # "²" is a digit to str.isdigit(), not to int()
    def test_compare(self, query):
        self.assert_page(self.get("/en/compare/", query))

    @given(path=st.sampled_from(OPEN_DATA), query=query_string(st.sampled_from(["format"])))
    def test_open_data(self, path, query):
        assert self.get(path, query).status_code == 200

    @given(
        query=query_string(
            st.sampled_from(["search", "search_operator", "type", "fields", "limit", "offset"])
        )
    )
    @example(query="search=%20")  # only spaces: an empty query for the search backend
    def test_pages_api(self, query):
        response = self.get("/api/v2/pages/", query)
        assert response.status_code in (200, 400), response.status_code
        assert response["Content-Type"] == "application/json"
