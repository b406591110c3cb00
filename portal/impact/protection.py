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

from collections import defaultdict
from collections.abc import Hashable, Sequence
from itertools import product

MINIMUM = 5
# The candidate hypercubes examined for one withheld cell before the cheapest so far is
# taken: enough to find one that withholds nothing new in almost every case.
SEARCH_LIMIT = 4000
# The withheld partners tried first in each dimension.
PREFERRED_PARTNERS = 8


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


def published_cells(
    sums: dict[Cell, int], values: Sequence[Sequence[Hashable]]
) -> dict[Cell, int]:
    """The cells that may be shown, with their counts; every other cell is withheld.

    ``values`` lists each dimension's values (not ``ALL``); ``sums`` is ``cube_sums``.
    Cells missing from ``sums`` count zero, and zero is under the minimum too: a zero
    shown would tell the empty cells apart from the small ones.
    """
    # Worked on with each value's position, the margin being one past the last: small
    # integers hash and compare far faster than course keys.
    codes = [{value: code for code, value in enumerate(dimension)} for dimension in values]
    sizes = [len(dimension) for dimension in values]
    counts = {}
    for cell, count in sums.items():
        if count >= MINIMUM:
            coded = tuple(
                size if value is ALL else code[value]
                for value, code, size in zip(cell, codes, sizes, strict=True)
            )
            counts[coded] = count
    cube = _Cube(sizes, counts)
    cube.protect()
    return {
        tuple(
            ALL if position == size else dimension[position]
            for position, dimension, size in zip(cell, values, sizes, strict=True)
        ): counts[cell]
        for cell in cube.shown
    }


class _Cube:
    """One cube in coded form: the cells still shown, the rest being withheld.

    Only cells of ``MINIMUM`` or more start shown, so the work follows the few cells
    worth showing rather than the many empty ones.
    """

    def __init__(self, sizes: list[int], counts: dict[tuple[int, ...], int]):
        self.sizes = sizes
        self.counts = counts
        self.shown = set(counts)
        # For each dimension, each line through the cube (the cell with that coordinate
        # left out) and its coordinates shown: every other one is a withheld partner.
        self.lines = [defaultdict(set) for _ in sizes]
        for cell in self.shown:
            for d, value in enumerate(cell):
                self.lines[d][cell[:d] + (None,) + cell[d + 1 :]].add(value)

    def withhold(self, cell: tuple[int, ...]) -> None:
        if cell in self.shown:
            self.shown.discard(cell)
            for d, value in enumerate(cell):
                self.lines[d][cell[:d] + (None,) + cell[d + 1 :]].discard(value)

    def protect(self) -> None:
        """Give every withheld cell a hypercube of withheld cells, finest cells first."""
        empty = self.empty_values()
        # Cells in an empty slab are protected by another empty slab (see empty_values).
        axes = [
            [value for value in range(size) if value not in empty[d]] + [size]
            for d, size in enumerate(self.sizes)
        ]
        protected = set()
        for cell in sorted(product(*axes), key=self.margins_in):
            if cell in self.shown or cell in protected:
                continue
            corners = self.cheapest_hypercube(cell)
            for corner in corners:
                self.withhold(corner)
            protected.update(corners)

    def margins_in(self, cell: tuple[int, ...]) -> int:
        """How many of the cell's coordinates are totals."""
        return sum(value == size for value, size in zip(cell, self.sizes, strict=True))

    def empty_values(self) -> list[set[int]]:
        """For each dimension, the values whose whole slab of the cube counts under the
        minimum, when there are two or more. A cell in one needs no search: paired with
        another, every corner of its hypercube lies in the two slabs, withheld already."""
        found = []
        for d, size in enumerate(self.sizes):
            margins = list(self.sizes)
            empty = set()
            for value in range(size):
                margins[d] = value
                if tuple(margins) not in self.counts:
                    empty.add(value)
            found.append(empty if len(empty) >= 2 else set())
        return found

    def pairs(self, cell: tuple[int, ...], d: int, *, every: bool = False) -> list[tuple]:
        """The pairs of coordinates a protecting hypercube may span in dimension ``d``:
        a few whose partner is withheld already, or with ``every``, all of them."""
        size, value = self.sizes[d], cell[d]
        if value != size and size == 1:
            return [(value, size)]
        if every:
            partners = [other for other in range(size) if other != value]
        else:
            shown = self.lines[d].get(cell[:d] + (None,) + cell[d + 1 :], set())
            partners = []
            for other in range(size):
                if other != value and other not in shown:
                    partners.append(other)
                    if len(partners) == PREFERRED_PARTNERS:
                        break
        if value == size:  # a margin: a value paired with the margin itself
            return [(other, size) for other in partners]
        return [(value, other) for other in partners]

    def cheapest_hypercube(self, cell: tuple[int, ...]) -> list[tuple[int, ...]]:
        """The hypercube around ``cell`` whose corners withhold the fewest learners anew:
        one that withholds nothing new is looked for among withheld partners first."""
        best, best_cost = None, None
        for every in (False, True):
            choices = [self.pairs(cell, d, every=every) for d in range(len(cell))]
            for examined, pairs in enumerate(product(*choices)):
                corners = list(product(*pairs))
                new = [corner for corner in corners if corner in self.shown]
                cost = (len(new), sum(self.counts[corner] for corner in new))
                if best_cost is None or cost < best_cost:
                    best, best_cost = corners, cost
                if cost[0] == 0:
                    return best
                if examined >= SEARCH_LIMIT:
                    break
        return best
