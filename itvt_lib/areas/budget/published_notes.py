"""The figures a note of published.csv states ("Nyckeln 43,6 % ger 8 271", "Budget 9 178 −
prognos 8 271 = 907", "Herrljunga 11 603 + Vårgårda 14 827") against the figures the page
prints beside it: a note written for other data (a corrected budget, a new key) is a
warning naming its line, never rewritten."""

from __future__ import annotations

import re

import pandas as pd

from ...core.checks import WARN, Check
from ...core.formatting import fmt_number, is_missing, round_half_away
from ...core.periods import Period
from ...core.reference import published_rows
from .statement import StatementColumn

# A figure in another unit ("8 271 000 kronor", "8,3 mnkr") or a range's start ("8 200–8 300")
# is no tkr figure to compare.
NUMBER = (r"(?<![\d,.])([−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?)"
          r"(?![\d \u00a0\u202f,]*(?:%|procent|invånare|st\b|stycken|timmar|kr\b|kronor|"
          r"m(?:n|d)?kr\b|miljon|miljard|ärenden|samtal|personer|anställda|datorer|"
          r"\s*–\s*\d|-\d))")
RESULT = re.compile(r"(?:\bger|\banger|=)\s*" + NUMBER, re.IGNORECASE)
MEASURE = re.compile(r"\b(utfall|budget(?:en är)?|prognos|avvikelse)\s+" + NUMBER,
                     re.IGNORECASE)
KEY = re.compile(r"\bnyckeln(?:\s+om)?\s+(\d+(?:,\d+)?)\s*%", re.IGNORECASE)
OF_TKR = r"(?=\s*tkr|\s*[^\w\s]|\s*$)"  # "Herrljunga 11 603 +", not "Herrljunga 9 510 och"
YEAR = re.compile(r"(?:19|20)\d\d")
MEASURES = {"utfall": {"utfall"}, "budget": {"budget", "ursprunglig_budget"},
            "prognos": {"prognos"}, "avvikelse": {"avvikelse"}}


def note_number(text: str) -> float:
    """A number as a note writes it ("8 271", "−907", "43,6") as a float."""
    return float(re.sub(r"[ \u00a0\u202f]", "", text).replace("−", "-").replace(",", "."))


def agrees(stated: float, figures: list[float], tolerance: float) -> bool:
    """A stated figure agrees with a printed one when both read the same in whole tkr or
    lie within the tolerance of each other (a note may give the öre: 877,23 for 878)."""
    return any(not is_missing(f) and (round_half_away(stated) == round_half_away(f)
                                      or abs(stated - f) <= tolerance + 1e-9)
               for f in figures)


def _cells(table: pd.DataFrame, columns: list[StatementColumn], rows, measures) -> list[float]:
    """The table's figures of `rows` in the columns of `measures` (every measure: None)."""
    labels = [c.label for c in columns if c.label in table.columns
              and (measures is None or c.measure in measures)]
    return [float(v) for r in rows if r in table.index for v in table.loc[r, labels]
            if not is_missing(v)]


def stale_figures(note: str, label: str, column: StatementColumn, printed: list[float],
                  table: pd.DataFrame, columns: list[StatementColumn], tolerance: float,
                  key_shares: list[float] = ()) -> list[str]:
    """The figures of a note (as written) that no figure the table prints can explain: a
    result ("ger N", "anger N", "= N") neither the row's shown nor printed figure nor
    another row's in that column; "budget N", "prognos N", "utfall N", "avvikelse N" no
    cell of that measure (a year such as "prognos 2024" is no figure); "<row label> N"
    (then "tkr" or a sign, not a word) no cell of that row; "nyckeln X %" no kommun's key share as shown (when given). A
    figure the same report printed (`printed`) is never stale."""
    found = []
    own = _cells(table, [column], [label], None) + printed
    for match in RESULT.finditer(note):
        figures = own + _cells(table, [column], table.index, None)
        if not agrees(note_number(match.group(1)), figures, tolerance):
            found.append((match.start(), match.group(0).strip()))
    for match in MEASURE.finditer(note):
        if YEAR.fullmatch(match.group(2)):
            continue
        measures = MEASURES[match.group(1).lower().split()[0].removesuffix("en")]
        figures = _cells(table, columns, table.index, measures) + printed
        if not agrees(note_number(match.group(2)), figures, tolerance):
            found.append((match.start(), match.group(0).strip()))
    for row in table.index:
        for match in re.finditer(r"(?<!\w)" + re.escape(str(row)) + r"\s+" + NUMBER + OF_TKR, note,
                                 re.IGNORECASE):
            if not YEAR.fullmatch(match.group(1)) and not agrees(
                    note_number(match.group(1)), _cells(table, columns, [row], None) + printed,
                    tolerance):
                found.append((match.start(), match.group(0).strip()))
    for match in KEY.finditer(note):
        if key_shares and round(note_number(match.group(1)), 6) not in \
                {round(share, 6) for share in key_shares}:
            found.append((match.start(), match.group(0).strip()))
    return [said for _, said in sorted(found)]


def note_checks(published: pd.DataFrame, locations, period: Period, section: str,
                table: pd.DataFrame, columns: list[StatementColumn], tolerance: float,
                area: str, aliases: dict[str, str] | None = None,
                key_shares: list[float] = ()) -> list[Check]:
    """A warning per published.csv note of this period's section stating a figure the page
    no longer prints (`stale_figures`): the note's file and line, what it says, and the
    figures the table shows in its row."""
    result, rows = [], published_rows(published, period, section)
    printed = [float(v) for v in rows["belopp"] if not is_missing(v)]
    for index, row in rows.iterrows():
        if is_missing(row["note"]) or is_missing(row["belopp"]):
            continue
        label = (aliases or {}).get(row["post"], row["post"])
        column = next((c for c in columns if c.year == row["year"]
                       and c.measure == row["measure"] and c.label in table.columns), None)
        if column is None or label not in table.index:
            continue
        stale = stale_figures(str(row["note"]), label, column, printed, table, columns,
                              tolerance, key_shares)
        if not stale:
            continue
        file, line = locations.loc[index] if locations is not None and index in \
            locations.index else ("published.csv", None)
        where = f"{file}:{int(line)}" if line is not None and not is_missing(line) else file
        shown = ", ".join(f"{c.label.lower()} {fmt_number(table.loc[label, c.label], zero='0')}"
                          for c in columns if c.label in table.columns)
        said = ", ".join(f"\"{s}\"" for s in stale)
        result.append(Check(area, f"Anteckningen i published.csv till {row['post']}, "
                                  f"{row['measure']} {row['year']}, mot siffrorna",
                            said, f"{label}: {shown} tkr", 0, WARN,
                            f"{where}: note: anteckningen till {row['post']}, "
                            f"{row['measure']} {row['year']} säger {said}, men sidan visar "
                            f"{label}: {shown} tkr; skriv om anteckningen eller rätta "
                            "underlaget"))
    return result
