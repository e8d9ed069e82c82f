"""A ledger report's own rows and columns the layout would misread: the opening balance,
closing balance and sum rows a huvudbok report prints per account beside its postings
(Visma, Fortnox, Unit4 and others write them with the account and often a date), which
summed as postings would count an account's amounts twice; a D/K column beside unsigned
amounts. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import pandas as pd

from ..errors import DataError
from .layouts import Layout, _norm

# Trimmed, any case: "IB", "IS" (ingående saldo), "UB" (each also with a date), "Ingående
# saldo", "Utg. balans 2024-02-29", "Ing. bal.", "Summa", "Summa 5011", "Summa (för) konto
# 5011", "S:a konto", "Totalt (konto 5011)", "Totalsumma", "Omslutning", "Saldo
# (2024-02-29)"; a posting's text ("Summa löner", "IB-justering", "IB 2023 rättelse") is not.
_DATE = r"(?:\s+\d{4}-?\d{2}-?\d{2})?"
_REPORT_ROW = (r"\s*(?:(?:i\.?\s?[bs]|u\.?\s?b)" + _DATE
               + r"|(?:ingående|utgående|ing|utg)\.?\s*(?:saldo|balans|bal\b\.?)\b.*"
               r"|(?:summa|s:a|totalt?|totalsumma|tot\.)"
               r"(?:\s+(?:för\s+)?(?:konto|ansvar|period)\b.*|\s+\d+\b.*)?"
               r"|(?:periodens\s+)?omslutning\b.*|(?:periodens\s+)?saldo" + _DATE
               + r")\s*[.:]?\s*")
_STARTS = {"ib", "is", "i.", "i ", "ub", "u.", "u ", "in", "ut", "su", "s:", "to", "om", "pe",
           "sa"}


def report_rows(values: pd.Series) -> pd.Series:
    """A row whose verifikation or text is IB, IS, UB (or Saldo; each also with a date),
    Ingående/Utgående saldo or balans, Summa, S:a or Totalt (för konto, ansvar, period or a
    number) or Omslutning is a report's balance or sum row, not a posting."""
    text = values.str.strip().str.lower()
    found = pd.Series(False, index=values.index)
    maybe = text.str[:2].isin(_STARTS)   # (a regular expression on each cell is slow)
    if maybe.any():
        found[maybe] = text[maybe].str.fullmatch(_REPORT_ROW, na=False)
    return found


def first_without_verifikation(values: pd.Series, seen: dict) -> int | None:
    """In an export whose rows carry a verifikation, a row without one is no posting (a
    report's balance or sum row): the index of the first such row once any row has one
    (`seen` carries both across the file's chunks), else None."""
    empty = values.str.strip() == ""
    if not empty.all():
        seen["with"] = True
    if empty.any() and "without" not in seen:
        seen["without"] = int(empty.idxmax())
    return seen.get("without") if seen.get("with") else None


# Headings that mark each amount debet or kredit beside an unsigned amount column.
SIGN_HEADINGS = {"d/k", "dk", "d k", "d/c", "dc", "db/kr", "debet/kredit", "tecken", "+/-",
                 "deb/kred", "debet-kredit"}


def unread_sign_column(header: list[str], layout: Layout) -> str | None:
    """The export's heading that marks each amount debet or kredit (D/K, Tecken) while the
    layout reads one `belopp` column without it, so a kredit would be read as a debet
    (None: no such heading, or the layout reads debet and kredit or that column)."""
    if "belopp" not in layout.columns:
        return None
    read = {_norm(h) for h in layout.columns.values()}
    return next((h for h in header if _norm(h) in SIGN_HEADINGS and _norm(h) not in read),
                None)


def refuse_unread_sign(header: list[str], layout: Layout, shown: str, line: int) -> None:
    """An export whose D/K column the layout would not read is bad input (`unread_sign_column`)."""
    if (sign := unread_sign_column(header, layout)) is not None:
        raise DataError(shown, "kolumnen anger debet eller kredit för varje belopp, som "
                        "layouten läser utan den; exportera beloppen med tecken (kredit "
                        "negativt), eller använd en layout med debet och kredit", line=line,
                        column=sign)
