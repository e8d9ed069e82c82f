"""Display helpers of the allocation's committee tables: column labels, total rows and
share formats.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import YEAR_KIND, is_missing, points, share

KEY_TOTAL = "Summa"             # the key table's total row, as the source labels it
FUND_TOTAL = "Totalt"           # the surplus/deficit table's total row

# Column labels of the committee tables (Swedish: the committee reads them).
KEY, BUDGET_SHARE, SHARE = "Befolkningsandel", "Budgetandel", "Andel"
JOINT_BUDGET_SHARE = "Andel av gemensam budget"   # budget beyond own kostnadsställen's
POINTS = "Skillnad (procentenheter)"
YEAR = "År"
PERCENT_LABELS = {KEY, BUDGET_SHARE, JOINT_BUDGET_SHARE, SHARE, "% fördelning"}


def share_formats(frame: pd.DataFrame, decimals: int = 1) -> dict:
    """Formatters for committee_table: share columns as "43,6 %", percentage points as
    "+4,8", the year as a year (a number in a workbook), the rest as tkr."""
    formats = {c: share(decimals) for c in frame.columns
               if c in PERCENT_LABELS or str(c).endswith(" andel")}
    if POINTS in frame.columns:
        formats[POINTS] = points(decimals)
    if YEAR in frame.columns:
        formats[YEAR] = YEAR_KIND
    return formats


def with_total(values: pd.Series, total_label: str, total=None) -> pd.Series:
    """`values` plus a total row: `total` if given, else the sum (NaN if any is missing)."""
    if total is None or is_missing(total):
        total = values.sum() if not values.isna().any() and not values.empty else float("nan")
    return pd.concat([values.astype(float), pd.Series([float(total)], index=[total_label])])


def with_total_row(table: pd.DataFrame, label: str, columns: list[str]) -> pd.DataFrame:
    """`table` with a total row summing `columns` (others left empty)."""
    total = {c: (table[c].sum(min_count=len(table)) if c in columns else float("nan"))
             for c in table.columns}
    return pd.concat([table, pd.DataFrame([total], index=[label])])


def history_chart_frame(history: pd.DataFrame) -> pd.DataFrame:
    """Years (rows) × "<kommun> budget" / "<kommun> utfall/prognos" (columns), for a chart."""
    frame = {}
    for kommun in dict.fromkeys(history["Kommun"]):
        part = history[history["Kommun"] == kommun].set_index("År")
        frame[f"{kommun} budget"] = part["Budget"]
        frame[f"{kommun} utfall/prognos"] = part["Utfall/prognos"]
    return pd.DataFrame(frame)
