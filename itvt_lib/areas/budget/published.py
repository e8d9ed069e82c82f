"""Figures printed in the period's report (published.csv) against the recomputed table:
checks, the differing figures, and the table with each differing figure shown beside
the computed one. Shared by the areas whose tables the report printed.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from ...core.checks import WARN, Check, compare
from ...core.formatting import fmt_number, is_missing, round_half_away
from ...core.periods import Period
from ...core.reference import published_rows
from .schema import AREA
from .statement import StatementColumn


def published_checks(published: pd.DataFrame, period: Period, section: str,
                     table: pd.DataFrame, columns: list[StatementColumn],
                     tolerance: float, area: str = AREA,
                     aliases: dict[str, str] | None = None) -> list[Check]:
    """Each figure printed in this period's report vs the recomputed cell of `table`; a
    difference beyond tolerance is a warning (the report shows the recomputed figure).
    `aliases` maps a printed row name to the table's (e.g. "Summa" to the total row)."""
    result = []
    for _, row in published_rows(published, period, section).iterrows():
        col = printed_column(row, columns, table)
        label = (aliases or {}).get(row["post"], row["post"])
        actual = table.loc[label, col.label] if col is not None and \
            label in table.index else None
        note = row["note"] if not is_missing(row["note"]) else ""
        check = compare(f"{area}: publicerade siffror",
                        f"{row['source']}: {row['post']}, {row['measure']} {row['year']}",
                        row["belopp"], actual, tolerance, differ_status=WARN, note=note)
        if check.status == WARN and actual is not None:
            check = replace(check, note="publicerat avviker från beräknat: "
                            + (note or "se sidans fotnot"))
        result.append(check)
    return result

def printed_column(row, columns: list[StatementColumn], table: pd.DataFrame):
    """The column of `table` holding a printed figure's year and measure (None if none)."""
    return next((c for c in columns if c.year == row["year"] and c.measure == row["measure"]
                 and c.label in table.columns), None)


def rounding_only(printed: float, shown: float, tolerance: float) -> bool:
    """A printed figure within tolerance of the shown one differs by rounding only."""
    return abs(printed - shown) <= tolerance + 1e-9


PUBLISHED_SUFFIX = ", publicerad"
ROUNDING_NOTE = ("Skillnaden är en avrundningsdifferens, eftersom tabellen räknar med de "
                 "visade, avrundade beloppen")
MEASURE_SV = {"utfall": "utfall", "prognos": "prognos", "budget": "budget",
              "avvikelse": "avvikelse", "ursprunglig_budget": "ursprunglig budget",
              "tillagg": "tillägg"}


def differing_published(published: pd.DataFrame, period: Period, section: str,
                        table: pd.DataFrame, columns: list[StatementColumn], tolerance: float,
                        aliases: dict[str, str] | None = None) -> pd.DataFrame:
    """Printed figures of this period's report that a reader sees differ from the shown
    cell (rounded to whole tkr, even within the tolerance: an avrundningsdifferens is
    shown and footnoted where it stands): row label, column label, printed, shown,
    source, post, measure, year, note."""
    rows = []
    for _, row in published_rows(published, period, section).iterrows():
        col = printed_column(row, columns, table)
        label = (aliases or {}).get(row["post"], row["post"])
        if col is None or label not in table.index or is_missing(row["belopp"]):
            continue
        shown = table.loc[label, col.label]
        if is_missing(shown) or \
                round_half_away(float(row["belopp"])) == round_half_away(float(shown)):
            continue
        note = "" if is_missing(row["note"]) else str(row["note"])
        if rounding_only(float(row["belopp"]), float(shown), tolerance) and not note:
            note = ROUNDING_NOTE
        rows.append({"row": label, "column": col.label, "printed": float(row["belopp"]),
                     "shown": float(shown), "source": row["source"], "post": row["post"],
                     "measure": row["measure"], "year": int(row["year"]),
                     "note": note})
    return pd.DataFrame(rows, columns=["row", "column", "printed", "shown", "source", "post",
                                       "measure", "year", "note"])


def with_published(table: pd.DataFrame, differing: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """`table` with, right of each column where a printed figure differs, a column
    "<label>, publicerad" holding the printed figure marked ("7 878*"), and the footnotes
    explaining each mark; the computed figure (a closed year's: of record) stays in its
    own column."""
    shown = table.copy()
    notes: list[str] = []
    for i, (column, group) in enumerate(differing.groupby("column", sort=False)):
        mark = "*" * (i + 1)
        printed = pd.Series("", index=shown.index, dtype="object")
        for _, row in group.iterrows():
            printed[row["row"]] = fmt_number(row["printed"]) + mark  # zero as printed: "–"
        position = shown.columns.get_loc(column) + 1
        shown.insert(position, f"{column}{PUBLISHED_SUFFIX}", printed)
        first = group.iloc[0]
        computed = ", ".join(f"{r['post']} {fmt_number(r['shown'], zero='0')}"
                             for _, r in group.iterrows())
        notes.append(f"{mark} {printed_by_source(group)}. Tabellen visar "
                     f"{shown_what(first['measure'], len(group))}: {computed} tkr. "
                     f"{reasons_text(group)}".strip())
    return shown, notes


def printed_by_source(group: pd.DataFrame) -> str:
    """Who printed which figures of one column: each source named with its own figures, in
    the order first met ("A anger prognos 2024: X 1 tkr; B anger prognos 2024: Y 2 tkr"),
    never every figure under the first row's source."""
    parts = []
    for source, rows in group.groupby("source", sort=False):
        first = rows.iloc[0]
        figures = ", ".join(f"{r['post']} {fmt_number(r['printed'], zero='0')}"
                            for _, r in rows.iterrows())
        parts.append(f"{source} anger {MEASURE_SV.get(first['measure'])} {first['year']}: "
                     f"{figures} tkr")
    return "; ".join(parts)


def shown_what(measure: str, count: int) -> str:
    """What the table shows instead of a printed figure: a closed year's utfall is the
    bokslut's, anything else computed; one figure "beloppet", several "beloppen"."""
    if measure == "utfall":
        return "bokslutets belopp"
    return "det beräknade beloppet" if count == 1 else "de beräknade beloppen"


def reasons_text(group: pd.DataFrame) -> str:
    """The reasons of one footnote, each once and ending with one full stop; where the
    footnote lists several figures, each reason is headed by the posts it concerns."""
    posts: dict[str, list[str]] = {}
    for _, row in group.iterrows():
        if row["note"]:
            posts.setdefault(row["note"].strip(" .") + ".", []).append(row["post"])
    if len(group) == 1:
        return " ".join(posts)
    return " ".join(f"{', '.join(names)}: {reason}" for reason, names in posts.items())
