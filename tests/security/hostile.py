"""Hypothesis strategies for hostile input: text, numbers, JSON and query strings an attacker
or a broken client might send."""

import copy
from urllib.parse import quote

from hypothesis import strategies as st

# Strings that have broken parsers, databases and templates elsewhere.
NASTY_STRINGS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",  # a lone surrogate: not encodable as UTF-8
    "' OR '1'='1",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR ""="',
    "%",
    "%%",
    "_",
    "\\",
    "*",
    '"',
    "(",
    "AND",
    "OR NOT",
    "<script>alert(1)</script>",
    "{{ 7|add:7 }}",
    "{% debug %}",
    "../../etc/passwd",
    "NaN",
    "-Infinity",
    "1e400",
    "-0",
    "0x10",
    "²",  # a digit to str.isdigit(), not to int()
    "١٢٣",  # Arabic-Indic digits
    "٣²",
    "Ⅻ",
    "ﬁ",
    "e\u0301",  # decomposed é
    "\u202e",  # right-to-left override
    "\ufeff",
    "🙂" * 3,
    "\r\n",
]

HUGE_INTEGERS = st.one_of(
    st.integers(min_value=2**31 - 2, max_value=2**31 + 2),
    st.integers(min_value=2**63 - 2, max_value=2**63 + 2),
    st.integers(min_value=-(2**63) - 2, max_value=-(2**63) + 2),
    st.integers(min_value=10**20, max_value=10**60),
)

hostile_text = st.one_of(
    st.sampled_from(NASTY_STRINGS),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    HUGE_INTEGERS.map(str),
    st.integers(min_value=-10, max_value=3000).map(str),
    st.builds(
        lambda text, n: text * n,
        st.sampled_from(["a", "é", "' OR 1=1 ", "9"]),
        st.integers(500, 5000),
    ),
)

# JSON values of every kind, nested.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | HUGE_INTEGERS
    | st.floats(allow_nan=False, allow_infinity=False)
    | hostile_text,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(hostile_text, children, max_size=5)
    ),
    max_leaves=20,
)


def query_string(keys: st.SearchStrategy[str], values: st.SearchStrategy[str] = hostile_text):
    """Query strings built from ``keys`` (repeated keys included) and hostile values, with
    raw percent escapes that do not decode as UTF-8 now and then."""
    pair = st.tuples(keys | hostile_text, values).map(
        lambda kv: f"{_quoted(kv[0])}={_quoted(kv[1])}"
    )
    raw = st.sampled_from(["%FF", "%C3%28", "%00", "%zz", "%", "&&", "=", "a=%ED%A0%80"])
    return st.lists(pair | raw, max_size=8).map("&".join)


def _quoted(text: str) -> str:
    # Lone surrogates go through as the bytes they would be: invalid UTF-8 on arrival.
    return quote(text, safe="", errors="surrogatepass")


@st.composite
def mutated(
    draw,
    base,
    values: st.SearchStrategy = json_values,
    keys: st.SearchStrategy[str] = hostile_text,
):
    """``base`` (JSON) with one to three of its values, at any depth, replaced by one of
    ``values``, removed, or given a new sibling named by one of ``keys``."""
    holder = [copy.deepcopy(base)]
    for _change in range(draw(st.integers(1, 3))):
        container, key = draw(st.sampled_from(list(_places(holder))))
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        # Values are copied in: a sample drawn again must not carry an earlier change.
        if action == "remove" and isinstance(container, dict):
            del container[key]
        elif action == "add" and isinstance(container, dict):
            container[draw(keys)] = copy.deepcopy(draw(values))
        else:
            container[key] = copy.deepcopy(draw(values))
    return holder[0]


def _places(holder: list):
    """Every (container, key) in the JSON value ``holder[0]``, that one included."""
    stack = [(holder, 0)]
    while stack:
        container, key = stack.pop()
        yield container, key
        child = container[key]
        if isinstance(child, dict):
            stack.extend((child, name) for name in child)
        elif isinstance(child, list):
            stack.extend((child, index) for index in range(len(child)))
