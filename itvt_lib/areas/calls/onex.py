"""The service desk (Telenor OneX): inkommande = besvarade + missade + overflow vid öppet
+ overflow vid stängt; rates are shares of inkommande; a year row that is exactly four
times a quarter row looks extrapolated.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import DURATION_KIND, share
from .figures import as_numbers, share_of
from .ranges import in_range, is_year, main_range, quarter_of, range_text

ONEX_PARTS = ("besvarade", "missade", "overflow_oppet", "overflow_stangt")
ONEX_COUNTS = ("inkommande", *ONEX_PARTS)
ONEX_DURATIONS = ("genomsnittlig_kotid", "langsta_kotid")


ONEX_HEADINGS = {
    "inkommande": "Inkommande samtal", "besvarade": "Besvarade samtal",
    "missade": "Missade samtal", "overflow_oppet": "Overflow vid öppet",
    "overflow_stangt": "Overflow vid stängt", "genomsnittlig_kotid": "Genomsnittlig kötid",
    "langsta_kotid": "Längsta kötid",
}

RATE_HEADINGS = {"svarsfrekvens": "Svarsfrekvens", "andel_missade": "Andel missade",
                 "andel_overflow": "Andel overflow"}

OUTCOME_HEADINGS = {"besvarade": "Besvarade", "missade": "Missade",
                    "overflow": "Overflow (öppet och stängt)"}


def onex_parts_sum(onex: pd.DataFrame) -> pd.Series:
    """besvarade + missade + overflow vid öppet + overflow vid stängt (NaN if a part is
    missing): what inkommande should be."""
    return as_numbers(onex, ONEX_PARTS).sum(axis=1, min_count=len(ONEX_PARTS))


def onex_rates(onex: pd.DataFrame) -> pd.DataFrame:
    """Svarsfrekvens = besvarade / inkommande, andel missade = missade / inkommande,
    andel overflow = (overflow öppet + overflow stängt) / inkommande."""
    n = as_numbers(onex, ONEX_COUNTS)
    overflow = n["overflow_oppet"] + n["overflow_stangt"]
    return pd.DataFrame({"svarsfrekvens": share_of(n["besvarade"], n["inkommande"]),
                         "andel_missade": share_of(n["missade"], n["inkommande"]),
                         "andel_overflow": share_of(overflow, n["inkommande"])},
                        index=onex.index)


def outcome_shares(onex: pd.DataFrame) -> pd.DataFrame:
    """Besvarade, missade and overflow (öppet + stängt) as shares of inkommande, one row
    per OneX row (labelled), for the outcome chart."""
    rates = onex_rates(onex)
    frame = pd.DataFrame({OUTCOME_HEADINGS["besvarade"]: rates["svarsfrekvens"],
                          OUTCOME_HEADINGS["missade"]: rates["andel_missade"],
                          OUTCOME_HEADINGS["overflow"]: rates["andel_overflow"]})
    frame.index = list(onex["label"])
    return frame


def onex_table(onex: pd.DataFrame) -> pd.DataFrame:
    """The OneX rows as the source shows them: label, period, counts and queue times."""
    table = pd.DataFrame({"Period": [range_text(a, b) for a, b in
                                     zip(onex["from_date"], onex["to_date"], strict=True)]},
                         index=list(onex["label"]))
    numbers = as_numbers(onex, ONEX_COUNTS + ONEX_DURATIONS)
    for column in ONEX_COUNTS + ONEX_DURATIONS:
        table[ONEX_HEADINGS[column]] = list(numbers[column])
    return table


def onex_rate_table(onex: pd.DataFrame) -> pd.DataFrame:
    """Svarsfrekvens, andel missade and andel overflow per OneX row (shares)."""
    rates = onex_rates(onex).rename(columns=RATE_HEADINGS)
    rates.index = list(onex["label"])
    return rates

ONEX_FORMATS = {ONEX_HEADINGS[c]: DURATION_KIND for c in ONEX_DURATIONS}
RATE_FORMATS = {heading: share(1) for heading in RATE_HEADINGS.values()}


def year_quarter_pairs(onex: pd.DataFrame) -> list[tuple[int, int]]:
    """Every (year row, quarter row) pair of the same calendar year."""
    years = [i for i, r in onex.iterrows() if is_year(r["from_date"], r["to_date"])]
    quarters = [i for i, r in onex.iterrows() if quarter_of(r["from_date"], r["to_date"])]
    return [(y, q) for y in years for q in quarters
            if onex.loc[q, "from_date"].year == onex.loc[y, "from_date"].year]


def scaled_copies(onex: pd.DataFrame) -> list[tuple[int, int]]:
    """(year row, quarter row) pairs where the year row is exactly four times the quarter row
    in every count column, with equal queue times (looks extrapolated, not counted)."""
    counts, durations = as_numbers(onex, ONEX_COUNTS), as_numbers(onex, ONEX_DURATIONS)
    pairs = []
    for y, q in year_quarter_pairs(onex):
        if counts.loc[[y, q]].isna().any().any() or durations.loc[[y, q]].isna().any().any():
            continue
        if (counts.loc[y] == 4 * counts.loc[q]).all() and \
                (durations.loc[y] == durations.loc[q]).all():
            pairs.append((y, q))
    return pairs


def onex_notes(onex: pd.DataFrame) -> list[str]:
    """Swedish notes on OneX rows that look extrapolated (a year row = 4 × a quarter row)."""
    return [f"Raden {onex.loc[y, 'label']} är exakt fyra gånger raden {onex.loc[q, 'label']} "
            "i varje antal, med samma kötider: den ser uppräknad ut, inte räknad."
            for y, q in scaled_copies(onex)]


def main_onex_row(onex: pd.DataFrame) -> pd.Series | None:
    """The OneX row of the main range (None when there is none)."""
    span = main_range(onex)
    return None if span is None else in_range(onex, *span).iloc[0]
