"""Withholding small counts so that no sum or difference of published figures reveals them.

A table of counts is a cube: each dimension (course, grouping, month) lists its values,
and every coordinate may also be ``ALL``, the margin that adds up that dimension. Any
figure a report shows, whatever its filters, is one cell of the cube.

A cell counting fewer than ``MINIMUM`` learners is withheld (primary suppression). That
alone is not enough: a total minus the cells shown next to it would give the withheld
one back. So each withheld cell is protected by a *hypercube* of withheld cells: in every
dimension where the cell names a value, a partner value is picked; where it is a margin
(or the dimension has a single value), a value is picked to pair with the margin. The
2**n cells these choices span are all withheld. Adding +1 and -1 alternately to the
corners of that hypercube (at the finest level) changes none of the published cells and
does change every withheld one of the hypercube: so the published figures fit two
different values of the withheld cell, and no linear combination of them, difference or
otherwise, can tell which.
"""

from collections.abc import Hashable, Sequence
from itertools import product

MINIMUM = 5
# The candidate hypercubes examined for one withheld cell before the cheapest so far is
# taken: enough to find one that withholds nothing new in almost every case.
SEARCH_LIMIT = 4000


class _Margin:
    def __repr__(self):
        return "ALL"

    def __reduce__(self):  # the same object after a trip through the cache
        return "ALL"


ALL = _Margin()

Cell = tuple[Hashable, ...]


def cells_holding(finest: Cell) -> list[Cell]:
    """The finest cell and every margin that adds it up."""
    return [
        tuple(ALL if margin else value for value, margin in zip(finest, margins, strict=True))
        for margins in product((False, True), repeat=len(finest))
    ]


def cube_sums(atoms: dict[Cell, int]) -> dict[Cell, int]:
    """Every non-zero cell of the cube, margins included, from the finest cells' counts."""
    sums: dict[Cell, int] = {}
    for finest, count in atoms.items():
        if count:
            for cell in cells_holding(finest):
                sums[cell] = sums.get(cell, 0) + count
    return sums


def withheld_cells(sums: dict[Cell, int], values: Sequence[Sequence[Hashable]]) -> set[Cell]:
    """The cells to withhold: those under ``MINIMUM``, and those that protect them.

    ``values`` lists each dimension's values (not ``ALL``); ``sums`` is ``cube_sums``.
    Cells missing from ``sums`` count zero, and zero is under the minimum too: a zero
    shown would tell apart the empty cells from the small ones.
    """
    axes = [[*dimension, ALL] for dimension in values]
    withheld = {cell for cell in product(*axes) if sums.get(cell, 0) < MINIMUM}
    protected: set[Cell] = set()
    for cell in sorted(withheld, key=_order):
        if cell in protected:
            continue
        corners = _cheapest_hypercube(cell, values, sums, withheld)
        withheld.update(corners)
        protected.update(corners)
    return withheld


def _order(cell: Cell) -> tuple:
    # Finest cells first (fewest margins), then a stable order whatever the value types.
    return (sum(value is ALL for value in cell), repr(cell))


def _options(cell: Cell, values, sums) -> list[list[tuple]]:
    """For each dimension, the pairs of coordinates a protecting hypercube may span,
    smallest neighbours first: they are the likeliest to be withheld already."""
    options = []
    for d, (value, dimension) in enumerate(zip(cell, values, strict=True)):
        if value is ALL:
            pairs = [(other, ALL) for other in dimension]
        elif len(dimension) == 1:
            pairs = [(value, ALL)]
        else:
            pairs = [(value, other) for other in dimension if other != value]

        def neighbour(pair, d=d):
            partner = pair[1] if pair[1] is not ALL else pair[0]
            return sums.get((*cell[:d], partner, *cell[d + 1 :]), 0)

        options.append(sorted(pairs, key=neighbour))
    return options


def _cheapest_hypercube(cell, values, sums, withheld) -> list[Cell]:
    """The hypercube around ``cell`` whose corners withhold the fewest learners anew."""
    best, best_cost = None, None
    for examined, pairs in enumerate(product(*_options(cell, values, sums))):
        corners = list(product(*pairs))
        new = [corner for corner in corners if corner not in withheld]
        cost = (len(new), sum(sums.get(corner, 0) for corner in new))
        if best_cost is None or cost < best_cost:
            best, best_cost = corners, cost
        if cost[0] == 0 or examined >= SEARCH_LIMIT:
            break
    return best
