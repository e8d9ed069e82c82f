"""The forecast history: this year's prognoses of nettokostnad and resultat month by
month (the utfall last at year end), its committee table, chart frame and sentence, and
the last forecast of record.
"""

from __future__ import annotations

import re

import pandas as pd

from ...core.formatting import amount, as_shown, fmt_number, is_missing, round_half_away
from ...core.periods import Period
from .amounts import amounts, budget_amounts, of_record, outcome_amounts
from .statement import NETTOKOSTNAD, RESULTAT, apply_of_record, statement_layout, with_totals

FORECAST_COLUMNS = ("Nettokostnad", "Resultat", "Förändring av resultatet")


def forecast_history(drift: pd.DataFrame, kontogrupper: pd.DataFrame, totals: pd.DataFrame,
                     period: Period) -> pd.DataFrame:
    """This year's prognos for nettokostnad and resultat (= kommunbidrag − nettokostnad),
    one row per prognos made up to `period`, oldest first; at year end the utfall is the
    last row (totals of record where the annual report has them). Columns: period, kind
    (prognos or utfall), nettokostnad, resultat, change (resultat − the previous row's)."""
    layout = statement_layout(kontogrupper)
    year = period.year
    made = drift[(drift["year"] == year) & (drift["measure"] == "prognos")
                 & drift["period"].notna()]["period"].drop_duplicates()
    rows = []
    for when in sorted(made, key=Period.parse):
        if Period.parse(when) > period:
            continue
        column = with_totals(amounts(drift, "kontogrupp", year, "prognos", when), layout)
        rows.append((when, "prognos", column[NETTOKOSTNAD], column[RESULTAT]))
    outcome = outcome_amounts(drift, "kontogrupp", year)
    if period.is_year_end and not outcome.empty:
        column = apply_of_record(with_totals(outcome, layout), of_record(totals, year))
        rows.append((str(period), "utfall", column[NETTOKOSTNAD], column[RESULTAT]))
    frame = pd.DataFrame(rows, columns=["period", "kind", "nettokostnad", "resultat"])
    frame["nettokostnad"] = frame["nettokostnad"].astype("float64")
    frame["resultat"] = frame["resultat"].astype("float64")
    frame["change"] = shown_changes(frame["resultat"])
    return frame


def shown_changes(resultat: pd.Series) -> pd.Series:
    """Each row's resultat minus the previous row's, as the shown (whole tkr) figures differ."""
    return resultat.map(round_half_away).diff()


def forecast_history_table(history: pd.DataFrame) -> pd.DataFrame:
    """The history for the committee: one row per month ("Prognos februari 2024",
    "Utfall 2023"), columns nettokostnad, resultat and its change since the row above."""
    labels = []
    for _, row in history.iterrows():
        when = Period.parse(row["period"])
        labels.append(f"Utfall {when.year}" if row["kind"] == "utfall"
                      else f"Prognos {when.month_name} {when.year}")
    table = pd.DataFrame({FORECAST_COLUMNS[0]: history["nettokostnad"].to_numpy(),
                          FORECAST_COLUMNS[1]: history["resultat"].to_numpy(),
                          FORECAST_COLUMNS[2]: history["change"].to_numpy()}, index=labels)
    return table


def forecast_formats() -> dict:
    """Display formats of the history table: the change is signed, and empty on the first row."""
    return {FORECAST_COLUMNS[2]: amount(signed=True, missing="")}


def chart_labels(history: pd.DataFrame) -> list[str]:
    """The chart's x labels: each row's short month ("feb", "dec"); the utfall "utfall" when
    a prognos of December shares its month, so that no two points bear one label."""
    months = [Period.parse(p).month_name[:3] for p in history["period"]]
    shared = [m for m, kind in zip(months, history["kind"], strict=True) if kind == "prognos"]
    return ["utfall" if kind == "utfall" and month in shared else month
            for month, kind in zip(months, history["kind"], strict=True)]


def forecast_chart_frame(history: pd.DataFrame, drift: pd.DataFrame,
                         kontogrupper: pd.DataFrame, year: int) -> pd.DataFrame:
    """Resultat of each prognos (and the utfall) beside the budgeted resultat, indexed by
    short month ("feb", "dec"), for a line chart."""
    layout = statement_layout(kontogrupper)
    planned = with_totals(budget_amounts(drift, "kontogrupp", year), layout)[RESULTAT]
    index = chart_labels(history)
    return pd.DataFrame({f"Budget {year}": [planned] * len(history),
                         "Prognos (utfall i december)": history["resultat"].to_numpy()},
                        index=index)


def last_forecast(resultat: float, better_by: float) -> float:
    """The last forecast's resultat = the utfall's resultat − how much better the utfall is,
    each as shown in whole tkr (`as_shown`): −219,5 and 0,5 better read −220, 1 tkr better
    than −221, never −220 beside −220."""
    return as_shown(resultat) - as_shown(better_by)


def better_by_in_sentence(better_by: float, sentence: str) -> bool:
    """True when the quoted sentence states the figure: |better_by| in whole tkr as digits
    followed by "tkr" (0 also as "i nivå med"), and its direction ("bättre" when better,
    "sämre" when worse; a quote of the figure alone, "500 tkr", may be any 500 tkr), not
    the other one."""
    shown = int(abs(round_half_away(better_by)))
    plain = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", "", str(sentence)).lower()
    stated = re.search(rf"(?<![\d,]){shown}(?![\d,])[ \u00a0]?tkr\b", plain) or \
        (shown == 0 and "i nivå med" in plain)
    if shown == 0:
        return bool(stated)
    own, other = ("bättre", "sämre") if better_by > 0 else ("sämre", "bättre")
    return bool(stated) and own in plain and other not in plain


def compared_with_forecast(better_by: float) -> str:
    """The utfall against the last forecast as shown in whole tkr: "<n> tkr bättre än",
    "<n> tkr sämre än", or "i nivå med" when the difference rounds to 0 tkr."""
    shown = round_half_away(better_by)
    if shown == 0:
        return "i nivå med"
    return f"{fmt_number(abs(shown))} tkr {'bättre' if shown > 0 else 'sämre'} än"


_MISSING = "prognos saknas för en eller flera rader i driftredovisningen"


def forecast_movement(first: float, last: float, since: str) -> str:
    """How the prognostiserade resultat moved from the first prognos to the last, by the
    difference shown in whole tkr; a missing one of them states that, no direction."""
    month = Period.parse(since).month_name
    if is_missing(last):
        return f"Det senaste prognostiserade resultatet kan inte anges: {_MISSING}."
    if is_missing(first):
        return (f"Det prognostiserade resultatet är {fmt_number(last, zero='0')} tkr; förändringen "
                f"sedan {month} kan inte anges: {_MISSING}.")
    moved = round_half_away(last) - round_half_away(first)
    direction = "är oförändrat" if moved == 0 else \
        f"har {'förbättrats' if moved > 0 else 'försämrats'} med {fmt_number(abs(moved))} tkr"
    return (f"Det prognostiserade resultatet {direction} sedan {month}, till "
            f"{fmt_number(last, zero='0')} tkr.")


def forecast_sentence(history: pd.DataFrame, period: Period,
                      last_of_record: tuple[float, float] | None = None) -> str:
    """How this year's forecast of resultat moved (and, at year end, the outcome), in Swedish;
    with no prognos in the data, the last forecast of record (annual report) if given."""
    forecasts = history[history["kind"] == "prognos"]
    outcome = history[history["kind"] == "utfall"]
    year = period.year
    if forecasts.empty and last_of_record is not None:
        forecast, better = last_of_record
        text = (f"Sista budgetprognosen för {year} visade ett resultat på "
                f"{fmt_number(forecast, zero='0')} tkr (enligt förvaltningsberättelsen).")
        if not outcome.empty:
            text += (f" Utfallet blev {fmt_number(outcome.iloc[-1]['resultat'], zero='0')} tkr, "
                     f"{compared_with_forecast(better)} sista prognosen.")
        return text
    if forecasts.empty:
        text = f"Underlaget har ingen prognos för {year}."
    elif len(forecasts) == 1:
        first = forecasts.iloc[0]
        text = f"Prognosen för {year} har gjorts en gång ({Period.parse(first['period']).month_name})"
        text += (f" men resultatet kan inte anges: {_MISSING}." if is_missing(first["resultat"])
                 else f" och visar ett resultat på {fmt_number(first['resultat'], zero='0')} tkr.")
    else:
        first, last = forecasts.iloc[0], forecasts.iloc[-1]
        text = (f"Prognosen för {year} har gjorts {len(forecasts)} gånger. "
                f"{forecast_movement(first['resultat'], last['resultat'], first['period'])}")
    if not outcome.empty:
        text += f" Utfallet blev {fmt_number(outcome.iloc[-1]['resultat'], zero='0')} tkr."
    return text
