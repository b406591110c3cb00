"""Parts of a page that are the same for every reader, rendered once and kept in the cache.

    {% load fragment_tags %}
    {% shared_fragment "footer" %}...{% endshared_fragment %}
    {% shared_fragment "lesson-block" page.pk block.id %}...{% endshared_fragment %}

The key holds the fragment's name, the active language, the values given after the name
and the page cache's generation (portal/cache.py), so publishing anything retires every
fragment at once, as it does whole pages. Only what is the same for every reader may go
inside: nothing that depends on the user, their progress, a CSRF token or the
request's script nonce (``csp_nonce``).
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.utils.translation import get_language

from portal.cache import current_generation

register = template.Library()

KEY_PREFIX = "fragment:"


def fragment_cache_seconds() -> int:
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def request_generation(context) -> str:
    """The generation, read from the cache once per request however many fragments it has."""
    request = context.get("request")
    generation = getattr(request, "_fragment_generation", None)
    if generation is None:
        generation = current_generation()
        if request is not None:
            request._fragment_generation = generation
    return generation


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context) -> str:
        seconds = fragment_cache_seconds()
        if seconds <= 0:
            return self.nodelist.render(context)
        vary_on = [request_generation(context), get_language()]
        vary_on += [expression.resolve(context) for expression in self.vary_on]
        key = KEY_PREFIX + make_template_fragment_key(self.name, vary_on)
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, seconds)
        return html


@register.tag
def shared_fragment(parser, token) -> SharedFragmentNode:
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            f"'{bits[0]}' takes a quoted fragment name, then the values it depends on."
        )
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return SharedFragmentNode(nodelist, bits[1][1:-1], vary_on)
