"""Reference tables: member municipalities, account groups, cost centres, published figures.

Nothing in the suite names a kommun, a kontogrupp or a kostnadsställe: they come from here.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import pandas as pd

from .errors import DataError
from .loading import Column, Table
from .settings import name_key

ROW_CLASSES = ("intakt", "kostnad", "kommunbidrag")


def _one_huvudman(frame, locate) -> None:
    """Exactly one kommun is huvudman (the committee has one host municipality)."""
    hosts = [i for i, value in frame["huvudman"].items() if bool(value)]
    if len(hosts) != 1:
        file, line = locate(hosts[1] if len(hosts) > 1 else frame.index[0])
        raise DataError(file, f"{len(hosts)} kommuner är huvudman; nämnden har en huvudman",
                        line, "huvudman")

def _distinct_order(frame, locate) -> None:
    """No two rows share an `ordning` (the order of the pages' rows, and so which row a
    tie in rounding goes to, would be a guess)."""
    twice = frame["ordning"].duplicated()
    if twice.any():
        row = twice.idxmax()
        first = frame.index[(frame["ordning"] == frame.at[row, "ordning"])][0]
        file, line = locate(row)
        raise DataError(file, f"ordning {frame.at[row, 'ordning']} står redan på rad "
                        f"{locate(first)[1]}; varje rad har en egen plats i ordningen",
                        line, "ordning")


def _kommuner(frame, locate) -> None:
    """The kommuner table: one huvudman, each kommun its own place in the order."""
    _one_huvudman(frame, locate)
    _distinct_order(frame, locate)


# The report sections a published figure can belong to (a misspelt one would be read into
# nothing: the printed figure never compared, never marked on its page).
PUBLISHED_SECTIONS = ("driftredovisning", "kostnadsstallen", "fordelning")
# The measures of those sections' columns (a misspelt one, "utfal", likewise).
PUBLISHED_MEASURES = ("utfall", "budget", "ursprunglig_budget", "tillagg", "prognos",
                      "avvikelse")

TABLES = (
    Table(
        "kommuner",
        (
            Column("kommun"),
            Column("namn"),
            Column("huvudman", "bool"),
            Column("ordning", "int", min=1),
        ),
        key=("kommun",),
        validate=_kommuner,
    ),
    Table(
        "kontogrupper",
        (
            Column("kontogrupp"),
            Column("ordning", "int", min=1),
            Column("typ", choices=ROW_CLASSES),
        ),
        key=("kontogrupp",),
        validate=_distinct_order,
    ),
    Table(
        "kostnadsstallen",
        (
            Column("kostnadsstalle"),
            Column("kommun", nullable=True, ref="kommuner.kommun"),
            Column("ordning", "int", min=1),
        ),
        key=("kostnadsstalle",),
        validate=_distinct_order,
    ),
    Table(
        "published",
        (
            Column("source"),
            Column("report_period", "period"),
            Column("section", choices=PUBLISHED_SECTIONS),
            Column("year", "year"),
            Column("measure", choices=PUBLISHED_MEASURES),
            Column("post"),
            Column("belopp", "number"),
            Column("note", nullable=True),
        ),
        key=("report_period", "section", "year", "measure", "post"),
    ),
)


def row_twin(label: str, names) -> str | None:
    """The row name among `names` that a total row's `label` equals as a reader tells
    names apart (`settings.name_key`: case, spacing, Unicode form and invisible characters
    aside; None if none): a total bearing a row's name reads as that row."""
    key = name_key(label)
    return next((n for n in names if name_key(n) == key), None)


def kommun_names(kommuner: pd.DataFrame) -> list[str]:
    """Member municipalities in display order."""
    return kommuner.sort_values("ordning")["kommun"].tolist()


def published_rows(published: pd.DataFrame, report_period, section: str) -> pd.DataFrame:
    """The published figures of one report section printed for `report_period`."""
    mask = (published["report_period"] == str(report_period)) & (published["section"] == section)
    return published[mask]
