"""The withholding rule on its own: small cells withheld, and none given away by sums."""

from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from portal.impact.protection import ALL, MINIMUM, cube_sums, published_cells
from tests.impact.disclosure import Published


def published_and_withheld(atoms, values):
    sums = cube_sums(atoms)
    shown = published_cells(sums, values)
    axes = [[*dimension, ALL] for dimension in values]
    withheld = {cell for cell in product(*axes) if cell not in shown}
    published = Published(values)
    for cell, count in shown.items():
        assert count == sums[cell]
        published.add(cell)
    return sums, withheld, published


def test_a_lone_small_cell_is_not_given_away_by_its_total():
    values = [["a", "b", "c"], ["x", "y"]]
    atoms = {("a", "x"): 20, ("b", "x"): 30, ("c", "x"): 3, ("a", "y"): 12, ("b", "y"): 9}
    atoms[("c", "y")] = 15
    sums, withheld, published = published_and_withheld(atoms, values)
    assert ("c", "x") in withheld
    # The total of x and its other cells are not all published, or it would show.
    assert not published.determines(("c", "x"))
    # Big cells far from the small one stay published.
    assert (ALL, ALL) not in withheld
    assert sums[(ALL, ALL)] == 89


def test_zero_is_withheld_like_any_small_count():
    values = [["a", "b"], ["x", "y"]]
    sums, withheld, _ = published_and_withheld({("a", "x"): 10, ("b", "y"): 10}, values)
    assert ("a", "y") in withheld and ("b", "x") in withheld


def test_a_dimension_with_one_value_is_protected_through_its_margin():
    values = [["only"], ["x", "y", "z"]]
    atoms = {("only", "x"): 40, ("only", "y"): 2, ("only", "z"): 30}
    _, withheld, published = published_and_withheld(atoms, values)
    assert ("only", "y") in withheld and (ALL, "y") in withheld
    assert not published.determines(("only", "y"))


counts = st.one_of(st.just(0), st.integers(min_value=0, max_value=12))


@st.composite
def cubes(draw):
    sizes = draw(st.lists(st.integers(min_value=1, max_value=4), min_size=2, max_size=3))
    values = [[f"{d}{i}" for i in range(size)] for d, size in enumerate(sizes)]
    atoms = {cell: draw(counts) for cell in product(*values)}
    return atoms, values


@given(cubes())
def test_no_withheld_cell_is_determined_by_the_published_ones(cube):
    atoms, values = cube
    sums, withheld, published = published_and_withheld(atoms, values)
    axes = [[*dimension, ALL] for dimension in values]
    for cell in product(*axes):
        if sums.get(cell, 0) < MINIMUM:
            assert cell in withheld
        if cell in withheld:
            assert not published.determines(cell), cell
