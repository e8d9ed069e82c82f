"""The Beslutsunderlag's figures: one chosen model against the current one, per kommun,
for the report year, the closed years on record and next year's budget.

Every amount is the one page 80 shows (`compare`'s balanced, shown amounts); the
difference is taken between those shown amounts (chosen − current, positive = the kommun
pays more) and also given as a share of what the kommun pays under the current model.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...core.formatting import SHARE, ZERO, Kind, shown_beyond
from .results import Results, report_year
from .rules import shown_difference

DIFFERENCE_TKR = "Skillnad (tkr)"
DIFFERENCE_SHARE = "Skillnad (%)"
# A change as a share, signed, zero "–" (as every other zero): "+5,3 %", "−2,0 %", "– %".
CHANGE_SHARE = Kind(SHARE, 1, "%", True, ZERO)


def reads_as_no_difference(difference: float) -> bool:
    """A difference that reads 0 as printed (whole tkr, half away from zero) is none: the
    sentence says "lika mycket", never "0 tkr mer" (a cost of record with decimals)."""
    return not shown_beyond(float(difference), 0)


def relative_change(difference: pd.Series, base: pd.Series) -> pd.Series:
    """The difference as a share of the base's size, |base| (0.05 = 5 %), so that it has
    the difference's sign also for a negative base (a surplus); missing where the base is
    missing or zero."""
    base = base.astype(float).abs()
    return (difference.astype(float) / base.where(base != 0)).astype(float)


def versus_current(rows: pd.DataFrame, current: str, chosen: str, value: str,
                   keys: list[str]) -> pd.DataFrame:
    """Per key (kommun, or year and kommun): the current model's `value`, the chosen
    model's, their difference (chosen − current as shown, `shown_difference`) and its share
    of the current value."""
    def side(name: str) -> pd.DataFrame:
        part = rows[rows["Modell"] == name][[*keys, value]]
        return part.rename(columns={value: name}).reset_index(drop=True)

    table = side(current).merge(side(chosen), on=keys, how="left", sort=False)
    table[DIFFERENCE_TKR] = table[chosen].combine(table[current], shown_difference)
    table[DIFFERENCE_SHARE] = relative_change(table[DIFFERENCE_TKR], table[current])
    return table


def report_year_versus(results: Results, year: int, chosen: str) -> pd.DataFrame:
    """The report year per kommun: cost under the current and the chosen model, and the
    difference in tkr and %."""
    current = results.models[0].name
    return versus_current(report_year(results, year), current, chosen, "Kostnad",
                          ["Kommun"])


def record_years_versus(results: Results, year: int, chosen: str) -> pd.DataFrame:
    """Each closed year before `year` with an outcome of record under the current model,
    per kommun: both models' cost and the difference in tkr and %."""
    rows = results.comparison
    rows = rows[(rows["År"] < year) & (rows["Avser"] == "utfall")]
    current = results.models[0].name
    known = rows[(rows["Modell"] == current) & rows["Kostnad"].notna()]["År"].unique()
    rows = rows[rows["År"].isin(known)]
    return versus_current(rows, current, chosen, "Kostnad", ["År", "Kommun"])


def next_year_versus(results: Results, chosen: str) -> pd.DataFrame:
    """Next year's budget per kommun under the current and the chosen model, and the
    difference in tkr and %."""
    budget = next(c for c in results.next_year.columns if str(c).startswith("Budget "))
    current = results.models[0].name
    return versus_current(results.next_year, current, chosen, budget, ["Kommun"])


def total_row(table: pd.DataFrame, label_column: str, label: str) -> pd.DataFrame:
    """The table with a total row: amounts summed (missing if any is), the difference's
    share recomputed on the totals."""
    amounts = [c for c in table.columns if c not in (label_column, DIFFERENCE_SHARE)
               and pd.api.types.is_numeric_dtype(table[c])]
    total = {c: (np.nan if table[c].isna().any() else float(table[c].sum())) for c in amounts}
    row = pd.DataFrame([{label_column: label, **total}])
    row[DIFFERENCE_SHARE] = relative_change(row[DIFFERENCE_TKR], row[table.columns[1]])
    return pd.concat([table, row[table.columns]], ignore_index=True)
