"""A SIE type 2/3 file's period balances (#PSALDO, #PBUDGET) split by object: each
account total (`{}`) against its parts on the kostnadsställe dimension's objects, where
the rest of the total is what no object carries. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from .sie_text import SieSyntaxError, kr_text


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


def beyond_total(total: int, rest: int) -> bool:
    """The objects' parts exceed their account total when the rest without object
    (total − parts) runs against the total, or is not 0 beside a total of 0."""
    return rest * total < 0 or (total == 0 and rest != 0)


def refuse_parts_beyond_total(rows: list, key: tuple, total: int, rest: int, label: str,
                              dimension: str) -> None:
    """Parts beyond their account total (`beyond_total`) are bad input on the total's line:
    the rest would be shown as a kostnadsställe "(tomt)" of the opposite sign."""
    if not beyond_total(total, rest):
        return
    number, period, konto = next((b[1], b[3], b[4]) for b in rows if not b[5] and (
        int(b[3][:4]), int(b[3][4:]), int(b[4])) == key)
    raise SieSyntaxError(number, f"{label} för {period} konto {konto}: objekten i dimension "
                         f"{dimension} summerar till {kr_text(total - rest)} kr, mer än "
                         f"kontosumman {kr_text(total)} kr ({label} med {{}}); kontrollera att "
                         "objekten inte räknas två gånger och exportera filen igen")
