"""Shared by the service desk, Nilex and the växel: counts as numbers, shares, sums
(missing stays missing), the Totalt label and the definitions of every rate on the page.
"""

from __future__ import annotations

import pandas as pd

COUNT_TOLERANCE = 0  # counts are exact: any difference is a failed check
TOTAL = "Totalt"


# How each rate is defined: the one place the page states it (Swedish, for the committee).
DEFINITIONS = {
    "Inkommande samtal (servicedesk)": "besvarade + missade + overflow vid öppet + "
                                       "overflow vid stängt",
    "Svarsfrekvens": "besvarade samtal / inkommande samtal",
    "Andel missade": "missade samtal / inkommande samtal",
    "Andel overflow": "(overflow vid öppet + overflow vid stängt) / inkommande samtal",
    "Svarsprocent (växel)": "besvarade samtal / inkommande samtal per kommun, i hela procent",
    "Servicenivå (växel)": "andel av de besvarade samtalen som besvarades inom 15, 30, 60 "
                           "respektive 120 sekunder, som växelstatistiken anger den",
    "Andel ärenden": "ärenden i kanalen (eller av typen) / alla ärenden under perioden",
}


def as_numbers(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """Columns as float64, missing as NaN (nullable Int64 or object → float)."""
    return pd.DataFrame({c: pd.to_numeric(frame[c]).astype("float64") for c in columns},
                        index=frame.index)


def share_of(part: pd.Series, whole: pd.Series) -> pd.Series:
    """part / whole; NaN where either is missing or whole is zero."""
    return (part / whole.where(whole > 0)).astype("float64")


def sum_or_missing(values: pd.Series) -> float:
    """Sum, NaN when any value is missing."""
    numbers = pd.to_numeric(values).astype("float64")
    return float("nan") if numbers.isna().any() or numbers.empty else float(numbers.sum())


def definitions_table() -> pd.DataFrame:
    """The definitions of every rate on the page, as a two-column table."""
    return pd.DataFrame({"Mått": list(DEFINITIONS), "Definition": list(DEFINITIONS.values())})
