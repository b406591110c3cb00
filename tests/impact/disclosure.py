"""Whether published counts give away a withheld one: linear algebra over the finest cells.

Each published figure is the sum of the finest cells it covers. A withheld cell is given
away exactly when its own row of 0s and 1s is a linear combination of the published
rows: then some sum of published figures, with differences, equals it. Ranks are taken
modulo a large prime, which agrees with rational arithmetic for 0/1 rows of this size.
"""

from itertools import product

from portal.impact.protection import ALL

PRIME = 2**61 - 1


def covers(cell, finest) -> bool:
    return all(value is ALL or value == atom for value, atom in zip(cell, finest, strict=True))


class Published:
    """The rows of the published figures, kept in echelon form as they are added."""

    def __init__(self, values):
        self.finest = list(product(*values))
        self.basis: dict[int, list[int]] = {}  # pivot column -> row with 1 there

    def row(self, cell) -> list[int]:
        return [1 if covers(cell, finest) else 0 for finest in self.finest]

    def _reduce(self, row: list[int]) -> list[int]:
        row = row[:]
        for column, value in enumerate(row):
            if value and column in self.basis:
                pivot = self.basis[column]
                row = [(a - value * b) % PRIME for a, b in zip(row, pivot, strict=True)]
        return row

    def add(self, cell) -> None:
        row = self._reduce(self.row(cell))
        for column, value in enumerate(row):
            if value:
                inverse = pow(value, PRIME - 2, PRIME)
                row = [(a * inverse) % PRIME for a in row]
                for other, pivot in self.basis.items():
                    if pivot[column]:
                        factor = pivot[column]
                        self.basis[other] = [
                            (a - factor * b) % PRIME for a, b in zip(pivot, row, strict=True)
                        ]
                self.basis[column] = row
                return

    def determines(self, cell) -> bool:
        return not any(self._reduce(self.row(cell)))
