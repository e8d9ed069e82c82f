"""A SIE type 2/3 file's period balances (#PSALDO, #PBUDGET) split by object: each
account total (`{}`) against its parts on the kostnadsställe dimension's objects, where
the rest of the total is what no object carries (postings without a kostnadsställe, of
either sign: a credit without one gives a rest against the total, read as such). See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from .sie_text import SieSyntaxError


def unplaced(rows: list, totals: dict, label: str, dimension: str) -> None:
    """A balance on objects that are not one object of `dimension` (another dimension, or
    several) is only placed through its account's total (`{}`); without that total it
    would be dropped silently, so it is bad input."""
    for _, number, _, period, konto, objects, _ in rows:
        placed = not objects or (dimension in objects and len(objects) == 1)
        if not placed and (int(period[:4]), int(period[4:]), int(konto)) not in totals:
            listed = " ".join(f'{d} "{o}"' for d, o in objects.items())
            raise SieSyntaxError(number, f"{label} för {period} konto {konto} har objekten "
                                 f"{{{listed}}} men ingen kontosumma ({label} med {{}}): "
                                 f"beloppet kan inte läsas som dimension {dimension}; "
                                 "exportera filen med kontosummor")
