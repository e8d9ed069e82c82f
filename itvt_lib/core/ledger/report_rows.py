"""A ledger report's own rows and columns the layout would misread: the opening balance,
closing balance and sum rows a huvudbok report prints per account beside its postings
(Visma, Fortnox, Unit4 and others write them with the account and often a date), which
summed as postings would count an account's amounts twice; a D/K column beside unsigned
amounts. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import re

import pandas as pd

from ..errors import DataError
from .layouts import Layout, _norm

# Trimmed, any case: "IB", "IS" (ingående saldo), "UB" (each also with a date, "per
# 2024-02-29" or "29.02.2024"), "Ingående saldo", "Utg. balans 2024-02-29", "Ing. bal.",
# "Ack. saldo", "Ack. summa", "Ackumulerat (belopp)", "Kontosaldo", "Opening balance",
# "Closing balance", "Balance brought forward", "Summa", "Summa 5011", "Summa (för) konto
# 5011", "Summa totalt", "Summa år", "S:a konto", "Delsumma ansvar 9100", "Totalt (konto
# 5011)", "Total for account 5011", "Subtotal", "Totalsumma", "Kontosumma", "Periodsumma",
# "Omslutning", "Saldo (2024-02-29)", "Slutsumma", "Summa februari (2024)"; a posting's
# text ("Summa löner", "IB-justering", "IB 2023 rättelse", "Summa februari hyra") is not.
# An Excel pivot labels its subtotal by the item: "9100 Summa"; a report also as "Ansvar
# 9100 totalt", "Konto 5011 Löner summa".
_DATE = (r"(?:\s+(?:per\s+|den\s+|t\.?\s?o\.?\s?m\.?\s+)?"
         r"(?:\d{4}-?\d{2}(?:-?\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{4}))?")
_SCOPE = (r"(?:konto|ansvar|period|verksamhet|kostnadsställe|kst|objekt|projekt|account|"
          r"cost\s+cent(?:re|er)|totalt|år|året|hittills|ack\.?)")
# After a balance or sum word: a scope ("konto"), a code or number ("5011", "P1", a date)
# and then any text (an account's name); a supplier's or a posting's own words ("Opening
# Balance Consulting AB", "Total Projekt AB", "Totalt 3 fakturor", "Summa 100 licenser",
# "Totalt 1500 kr") are no such tail: a number before text is an account's (four digits).
_CODE = r"\(?[\w.-]*\d[\w.-]*\)?"
_NO_UNIT = r"(?!\s+(?:kr|sek|st|stycken|tim|timmar|h|dagar|mån|procent|%)(?!\w))"
# A month named after a sum word, alone or with its year ("Summa februari", "Totalt
# period feb 2024"): the month's sum; a posting's text goes on ("Summa februari hyra").
_MONTH = (r"(?:(?:för|for|per)\s+)?(?:period(?:en)?\s+)?(?:januari|februari|mars|april|maj|"
          r"juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|"
          r"aug|sep|sept|okt|nov|dec)\.?(?:\s+\d{2}(?:\d{2})?)?")
_TAIL = (r"(?:\s*[,;:\u2013-]?\s+(?:" + _MONTH + r"|(?:(?:för|for|per)\s+)?" + _SCOPE
         + r"\b(?:\s+" + _CODE + r"(?:\s+.*)?)?|(?:(?:per|den|as\s+of|at)\s+)?" + _CODE
         + r"|\(?\d{4}[\w.-]*\)?" + _NO_UNIT + r"\s+.*))?")
# After IB, UB or Saldo only a named scope ("UB konto 5011", "Saldo ansvar 9100 IT"): a
# bare number after them is a posting's own ("IB 2023 rättelse").
_SCOPE_TAIL = (r"(?:\s*[,;:\u2013-]?\s+(?:(?:för|for|per)\s+)?" + _SCOPE + r"\b(?:\s+" + _CODE
               + r"(?:\s+.*)?)?)?")
_REPORT_ROW = (r"\s*(?:(?:i\.?\s?[bs]|u\.?\s?b)\.?" + _DATE + _SCOPE_TAIL
               + r"|(?:ingående|utgående|ing|utg|ack|ackum|ackumulerat|opening|closing)\.?"
               r"\s*(?:saldo|balans|bal\.?|balance)(?!\w)" + _DATE + _TAIL
               + r"|(?:ackumulerat(?:\s+belopp)?|kontosaldo)" + _DATE
               + r"|(?:ack|ackum)\.?\s*(?:summa|belopp)" + _DATE
               + r"|(?:balance\s+)?(?:brought|carried)\s+forward\b" + _TAIL
               + r"|(?:summa|s:a|totalt?|totalsumma|slutsumma|tot\.|delsumma|sum|subtotal|"
               r"grand\s+total|"
               r"(?:total|period|periodens|årets)\s+summa|(?:konto|period|ansvars?|års?)summa)"
               + _TAIL
               + r"|(?:periodens\s+)?omslutning\b" + _TAIL
               + r"|(?:periodens\s+)?(?:saldo|balance)" + _DATE + _SCOPE_TAIL
               + r"|\d[\w.-]*\s+(?:summa|totalt?)"
               r"|(?:konto|ansvar|kst|kostnadsställe|verksamhet|projekt|period)\s+\d[\w.-]*"
               r"(?:\s+.*)?\s+(?:summa|totalt?))\s*[.:]?\s*")
_STARTS = {"ib", "is", "i.", "i ", "ub", "u.", "u ", "in", "ut", "su", "s:", "to", "om", "pe",
           "sa", "ac", "op", "cl", "ba", "br", "ca", "de", "gr", "ko", "an", "år", "ar", "ks",
           "ve", "pr", "sl"}


_MARK = r"\s*(?:i\.?\s?[bs]|u\.?\s?b)\s*[.:]?\s*"   # "IB", "U.B.": also a code (ansvar UB)


def report_rows(values: pd.Series, codes: bool = False) -> pd.Series:
    """A row whose verifikation or text is IB, IS, UB (or Saldo, Ackumulerat; each also
    with a date; IB, IS, UB and Saldo also for a scope, "UB konto 5011"), Ingående/Utgående/Ack. saldo or balans, Opening/Closing balance, Summa,
    S:a, Delsumma, Totalt, Sum or Subtotal (för konto, ansvar, period, verksamhet or a
    number) or Omslutning, or an Excel pivot's "9100 Summa", is a report's balance or sum
    row, not a posting, when nothing but a scope, a code or date and then text follows the
    word (not "Opening Balance Consulting AB", "Total Projekt AB", "Totalt 3 fakturor");
    in a column of `codes` (ansvar, projekt: mapped and shown; initials, a dimension's codes) a bare
    IB, IS or UB is a code."""
    text = values.str.strip().str.lower()
    found = pd.Series(False, index=values.index)
    maybe = text.str[:2].isin(_STARTS) | (text.str[:1].str.isdigit()   # (a regex is slow)
                                          & text.str.contains(" ", regex=False))
    if maybe.any():
        found[maybe] = text[maybe].str.fullmatch(_REPORT_ROW, na=False)
    return found & ~text.str.fullmatch(_MARK, na=False) if codes else found


# A sum word, a number and text: "Summa 410 Grundskola" (the row's own ansvar 410).
_SUM_NUMBER = (r"\s*(?:summa|s:a|totalt?|tot\.|delsumma|sum|subtotal)\s+\(?(\d[\w.-]*)\)?"
               + _NO_UNIT + r"\s+.*")


def sums_of_own_code(values: pd.Series, own: list[pd.Series]) -> pd.Series:
    """A sum word before the row's own konto, ansvar or projekt and text ("Summa 410
    Grundskola" on ansvar 410) is a report's sum row whatever the number's length (a
    shorter number is a posting's count otherwise: "Summa 100 licenser")."""
    found = pd.Series(False, index=values.index)
    unique = values.drop_duplicates()   # (few texts: the regex only on those)
    text = unique.str.strip().str.lower()
    maybe = text.str[:2].isin({"su", "s:", "to", "de"})
    if not maybe.any():
        return found
    number = text[maybe].str.extract("^" + _SUM_NUMBER + "$", expand=False).dropna()
    if number.empty:
        return found
    rows = values.map(dict(zip(unique[number.index], number)))   # each row's number
    for codes in own:
        found |= rows.notna() & (rows == codes.str.strip().str.lower())
    return found


# A balance word and a number: "Saldo 5011" on konto 5011 (also "Saldo 5011 Lokalhyra"),
# "IB 2024" alone on a row of 2024; "IB 2023 rättelse", "IB 2024 justering" are a posting's.
_BALANCE_NUMBER = (r"\s*(?:i\.?\s?[bs]|u\.?\s?b|saldo)\.?\s*[,:]?\s+\(?(\d[\w.-]*)\)?"
                   r"((?:\s+.*)?)")


def balances_of_own_code(values: pd.Series, own: list[pd.Series], years: pd.Series) -> pd.Series:
    """IB, IS, UB or Saldo before the row's own konto, ansvar or projekt ("Saldo 5011" on
    konto 5011, any text after it), or alone before the row's own year ("IB 2024" on a row
    of 2024), is a report's balance row: no posting's text names its own account or year
    so."""
    found = pd.Series(False, index=values.index)
    text = values.str.strip().str.lower()
    maybe = text.str[:2].isin({"ib", "is", "ub", "i.", "u.", "sa"})
    if not maybe.any():
        return found
    parts = text[maybe].str.extract("^" + _BALANCE_NUMBER + "$").dropna(subset=[0])
    if parts.empty:
        return found
    number, tail = parts[0].reindex(values.index), parts[1].reindex(values.index)
    for codes in own:
        found |= number.notna() & (number == codes.str.strip().str.lower())
    return found | (number.notna() & (tail == "") & (number == years.str.strip().str[:4]))


# A heading naming the person who registered or attested a posting ("Sign", "Reg.sign",
# "Användare", "Attestant"), or a coding dimension ("Aktivitet", "Objekt", "Motpart", "Fri"):
# its initials or codes may be IB, IS or UB.
_CODES = re.compile(r"(?<![^\W\d_])(?:sign|signatur|regsign|användare|anv|user|initialer|"
                    r"attest\w*|(?:registrerad|reg\.?|upprättad|bokförd|utförd|ändrad|skapad)"
                    r"\s?av|created\s+by|entered\s+by|aktivitet|akt|objekt|verksamhet|vht|"
                    r"motpart|motp|fri|dimension|dim\s?\d*|projekt|proj|[^\W\d_]*kod|land)"
                    r"(?![^\W\d_])")


def holds_codes(heading: str) -> bool:
    """Whether an unread column's heading names a person (Sign, Reg.sign, Användare,
    Attestant) or a coding dimension (Aktivitet, Objekt, Motpart), whose initials or codes
    IB, IS or UB are a code, not a report row."""
    return _CODES.search(_norm(heading)) is not None


def row_text_columns(header: list[str], layout: Layout, labels: dict) -> dict:
    """Each column whose cells `refuse_report_rows` reads (label → position): the
    verifikation, text (`labels`), ansvar and projekt, and every column the layout does not
    read, where a report may print "Summa konto 5011" or "Opening balance" beside the amount."""
    read, normed = {_norm(h) for h in layout.columns.values()}, [_norm(h) for h in header]
    found = dict(labels)
    for field in ("ansvar", "projekt"):
        if field in layout.columns and _norm(layout.columns[field]) in normed:
            found[f"rad_{field}"] = normed.index(_norm(layout.columns[field]))
    for at, heading in enumerate(header):
        if _norm(heading) not in read:
            found[f"kolumn_{'kod_' if holds_codes(heading) else ''}{at}"] = at
    return found


def refuse_report_rows(chunk: pd.DataFrame, labels: dict, header: list[str], layout: Layout,
                       shown: str, first_line: int) -> None:
    """A report's balance or sum row (`report_rows`, `sums_of_own_code`) in any column of
    `labels` is bad input by line and column: summed as a posting it would count an account
    twice."""
    for label, at in labels.items():
        values = chunk[label]
        codes = label in ("rad_ansvar", "rad_projekt") or label.startswith("kolumn_kod_")
        codes_of_row = [chunk[c] for c in ("konto", "ansvar", "rad_projekt") if c in chunk]
        years = chunk["period" if "period" in chunk else "datum"]
        own = sums_of_own_code(values, codes_of_row) | (
            pd.Series(False, index=values.index) if codes
            else balances_of_own_code(values, codes_of_row, years))
        if not own.any() and not report_rows(values.drop_duplicates(), codes).any():
            continue   # (few texts)
        i = (report_rows(values, codes) | own).idxmax()
        heading = (layout.columns[label[4:]] if label.startswith("rad_")
                   else header[at] or f"kolumn {at + 1}")
        raise DataError(shown, f'"{values[i].strip()}": raden är rapportens saldo- eller '
                        "summarad, ingen bokning; exportera bara transaktionerna (eller ta "
                        "bort raden)", line=int(i) + first_line, column=heading)


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
