"""Service desk and switchboard: call and ticket metrics (docs/ARCHITECTURE.md, "Service desk and
switchboard", "Periods").

Every row carries an explicit date range (from_date, to_date). A row belongs to the report
of period P when its range ends inside P's year, on or before P's last day; several
ranges may belong to one period (the source shows a Q4 row and a year row side by side).
Where one figure per period is needed, the *main range* is used: the range that ends
last, and of those the longest.

Rates are shares of inkommande; inkommande = besvarade + missade + overflow vid öppet +
overflow vid stängt (Telenor OneX). Svarsprocent (växel) = besvarade / inkommande, shown
in whole percent. Durations are seconds (parsed once by io, kind "duration").
Missing figures stay NaN and are shown as missing, never as zero.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from ..core.checks import FAIL, PASS, WARN, Check, KeyFigure, compare, traffic_light
from ..core.errors import DataError
from ..core.formatting import (
    fmt_duration,
    fmt_number,
    fmt_percent,
    is_missing,
    join_sv,
    round_half_away,
)
from ..core.loading import Column, Table, require_ordered
from ..core.periods import MONTHS_SV, Period
from ..core.reference import kommun_names
from .calls_params import PARAMS as CALLS_PARAMS

AREA = "Samtal och ärenden"

ONEX_PARTS = ("besvarade", "missade", "overflow_oppet", "overflow_stangt")
ONEX_COUNTS = ("inkommande", *ONEX_PARTS)
ONEX_DURATIONS = ("genomsnittlig_kotid", "langsta_kotid")
SERVICE_LEVELS = (15, 30, 60, 120)  # seconds: the vaxel columns inom_<s>s
COUNT_TOLERANCE = 0  # counts are exact: any difference is a failed check
TOTAL = "Totalt"

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


# ---------------------------------------------------------------- schema

def _range_columns() -> tuple[Column, Column]:
    return (Column("from_date", "date"),
            Column("to_date", "date"))


def _check_ranges(frame: pd.DataFrame, locate) -> None:
    """from_date must not be after to_date."""
    require_ordered(frame, locate, "from_date", "to_date")


def _validate_nilex_totals(frame: pd.DataFrame, locate) -> None:
    """A total is for one typ (row total), one kanal (column total) or neither (grand total)."""
    _check_ranges(frame, locate)
    for i, row in frame.iterrows():
        if not is_missing(row["typ"]) and not is_missing(row["kanal"]):
            file, line = locate(i)
            raise DataError(file, "a total names a typ or a kanal (or neither), not both; "
                            "single cells belong in nilex", line, "kanal")


def _validate_vaxel(frame: pd.DataFrame, locate) -> None:
    """Ranges of one kommun and platform do not overlap (their calls are summed); the
    service level does not fall with a longer wait (inom 15 s ≤ 30 s ≤ 60 s ≤ 120 s)."""
    _check_ranges(frame, locate)
    seen: dict[tuple, list[tuple[date, date, int]]] = {}
    for i, row in frame.iterrows():
        who = (None if is_missing(row["kommun"]) else row["kommun"], row["plattform"])
        for start, end, other in seen.get(who, []):
            if row["from_date"] <= end and start <= row["to_date"]:
                file, line = locate(i)
                _, other_line = locate(other)
                raise DataError(file, f"range overlaps the one on line {other_line} for the "
                                "same kommun and plattform (calls would be counted twice)",
                                line, "from_date")
        seen.setdefault(who, []).append((row["from_date"], row["to_date"], i))
        levels = [(s, row[f"inom_{s}s"]) for s in SERVICE_LEVELS
                  if not is_missing(row[f"inom_{s}s"])]
        for (short, low), (long, high) in zip(levels, levels[1:], strict=False):
            if high < low:
                file, line = locate(i)
                raise DataError(file, f"{high:g} % within {long} s is below {low:g} % within "
                                f"{short} s", line, f"inom_{long}s")


def _count(name: str) -> Column:
    """A count column: a whole number ≥ 0; empty = missing."""
    return Column(name, "int", nullable=True, min=0)


def _percent(name: str) -> Column:
    """A percent column 0–100; empty = missing."""
    return Column(name, "number", nullable=True, min=0, max=100)


PARAMS = CALLS_PARAMS

TABLES = (
    Table("onex",
          (*_range_columns(),
           Column("label"),
           _count("inkommande"),
           _count("besvarade"),
           _count("missade"),
           _count("overflow_oppet"),
           _count("overflow_stangt"),
           Column("genomsnittlig_kotid", "duration", nullable=True),
           Column("langsta_kotid", "duration", nullable=True)),
          key=("from_date", "to_date"),
          validate=_check_ranges),
    Table("nilex",
          (*_range_columns(),
           Column("typ"),
           Column("kanal"),
           _count("antal")),
          key=("from_date", "to_date", "typ", "kanal"),
          validate=_check_ranges),
    Table("nilex_totaler",
          (*_range_columns(),
           Column("typ", nullable=True),
           Column("kanal", nullable=True),
           Column("antal", "int", min=0)),
          key=("from_date", "to_date", "typ", "kanal"),
          optional=True, validate=_validate_nilex_totals),
    Table("vaxel",
          (*_range_columns(),
           Column("kommun", nullable=True, ref="kommuner.kommun"),
           Column("plattform"),
           _count("inkommande"),
           _count("besvarade"),
           _percent("svarsprocent_publicerad"),
           Column("kotid_vid_svar", "duration", nullable=True),
           *(_percent(f"inom_{s}s") for s in SERVICE_LEVELS),
           Column("samtalstid", "duration", nullable=True),
           _count("kopplas_ut"),
           _count("returer")),
          key=("from_date", "to_date", "kommun", "plattform"),
          validate=_validate_vaxel),
    Table("vaxel_totaler",
          (*_range_columns(),
           Column("plattform", nullable=True),
           Column("inkommande", "int", min=0)),
          key=("from_date", "to_date", "plattform"),
          optional=True, validate=_check_ranges),
)


# ---------------------------------------------------------------- periods and ranges

def belongs_to(frame: pd.DataFrame, period: Period) -> pd.Series:
    """A row belongs to period P when its range ends in P's year, on or before P's last day."""
    ends = frame["to_date"]
    mask = [d.year == period.year and d <= period.last_day for d in ends]
    return pd.Series(mask, index=frame.index, dtype=bool)


def rows_for(frame: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The rows of `frame` that belong to `period`, oldest range first."""
    rows = frame[belongs_to(frame, period)]
    return rows.sort_values(["to_date", "from_date"], ascending=[True, False], kind="stable")


def main_range(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The range that ends last and, of those, is the longest (None for no rows)."""
    if frame.empty:
        return None
    end = max(frame["to_date"])
    start = min(frame[frame["to_date"] == end]["from_date"])
    return start, end


def in_range(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Rows whose range is exactly start..end."""
    return frame[(frame["from_date"] == start) & (frame["to_date"] == end)]


def within(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Rows whose range lies inside start..end."""
    return frame[(frame["from_date"] >= start) & (frame["to_date"] <= end)]


def _month_end(year: int, month: int) -> date:
    return Period(year, month).last_day


def is_year(start: date, end: date) -> bool:
    """True for a calendar year, 1 January to 31 December."""
    return start == date(start.year, 1, 1) and end == date(start.year, 12, 31)


def quarter_of(start: date, end: date) -> int | None:
    """The quarter (1–4) when the range is exactly a calendar quarter, else None."""
    if start.day != 1 or (start.month - 1) % 3 or end.year != start.year:
        return None
    return (start.month - 1) // 3 + 1 if end == _month_end(start.year, start.month + 2) else None


QUARTERS_SV = ("första", "andra", "tredje", "fjärde")


def range_sv(start: date, end: date) -> str:
    """A range in Swedish words: "2023", "fjärde kvartalet 2023", "oktober 2023", or
    "perioden 2023-09-26–2023-12-31"."""
    if is_year(start, end):
        return str(start.year)
    quarter = quarter_of(start, end)
    if quarter:
        return f"{QUARTERS_SV[quarter - 1]} kvartalet {start.year}"
    if start.day == 1 and end == _month_end(start.year, start.month):
        return f"{MONTHS_SV[start.month - 1]} {start.year}"
    return f"perioden {range_text(start, end)}"


def range_text(start: date, end: date) -> str:
    """A range as dates: "2023-10-01–2023-12-31"."""
    return f"{start.isoformat()}–{end.isoformat()}"


# ---------------------------------------------------------------- OneX (service desk)

def _numbers(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """Columns as float64, missing as NaN (nullable Int64 or object → float)."""
    return pd.DataFrame({c: pd.to_numeric(frame[c]).astype("float64") for c in columns},
                        index=frame.index)


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    """part / whole; NaN where either is missing or whole is zero."""
    return (part / whole.where(whole > 0)).astype("float64")


def onex_parts_sum(onex: pd.DataFrame) -> pd.Series:
    """besvarade + missade + overflow vid öppet + overflow vid stängt (NaN if a part is
    missing): what inkommande should be."""
    return _numbers(onex, ONEX_PARTS).sum(axis=1, min_count=len(ONEX_PARTS))


def onex_rates(onex: pd.DataFrame) -> pd.DataFrame:
    """Svarsfrekvens = besvarade / inkommande, andel missade = missade / inkommande,
    andel overflow = (overflow öppet + overflow stängt) / inkommande."""
    n = _numbers(onex, ONEX_COUNTS)
    overflow = n["overflow_oppet"] + n["overflow_stangt"]
    return pd.DataFrame({"svarsfrekvens": _share(n["besvarade"], n["inkommande"]),
                         "andel_missade": _share(n["missade"], n["inkommande"]),
                         "andel_overflow": _share(overflow, n["inkommande"])},
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
    numbers = _numbers(onex, ONEX_COUNTS + ONEX_DURATIONS)
    for column in ONEX_COUNTS + ONEX_DURATIONS:
        table[ONEX_HEADINGS[column]] = list(numbers[column])
    return table


def onex_rate_table(onex: pd.DataFrame) -> pd.DataFrame:
    """Svarsfrekvens, andel missade and andel overflow per OneX row (shares)."""
    rates = onex_rates(onex).rename(columns=RATE_HEADINGS)
    rates.index = list(onex["label"])
    return rates


ONEX_FORMATS = {ONEX_HEADINGS[c]: fmt_duration for c in ONEX_DURATIONS}
RATE_FORMATS = {heading: fmt_percent for heading in RATE_HEADINGS.values()}


def year_quarter_pairs(onex: pd.DataFrame) -> list[tuple[int, int]]:
    """Every (year row, quarter row) pair of the same calendar year."""
    years = [i for i, r in onex.iterrows() if is_year(r["from_date"], r["to_date"])]
    quarters = [i for i, r in onex.iterrows() if quarter_of(r["from_date"], r["to_date"])]
    return [(y, q) for y in years for q in quarters
            if onex.loc[q, "from_date"].year == onex.loc[y, "from_date"].year]


def scaled_copies(onex: pd.DataFrame) -> list[tuple[int, int]]:
    """(year row, quarter row) pairs where the year row is exactly four times the quarter row
    in every count column, with equal queue times (looks extrapolated, not counted)."""
    counts, durations = _numbers(onex, ONEX_COUNTS), _numbers(onex, ONEX_DURATIONS)
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


# ---------------------------------------------------------------- Nilex (tickets)

def ticket_matrix(nilex: pd.DataFrame) -> pd.DataFrame:
    """Tickets as typ × kanal, in the order the data first names them; a cell without a
    row (or an empty antal) is missing."""
    types, channels = pd.unique(nilex["typ"]), pd.unique(nilex["kanal"])
    cells = nilex.set_index(["typ", "kanal"])["antal"].astype("float64")
    return cells.unstack("kanal").reindex(index=types, columns=channels).rename_axis(
        index=None, columns=None)


def record_totals(totals: pd.DataFrame) -> dict:
    """Published totals keyed ("typ", name), ("kanal", name) or ("all", None)."""
    result = {}
    for _, row in totals.iterrows():
        if not is_missing(row["typ"]):
            result[("typ", row["typ"])] = float(row["antal"])
        elif not is_missing(row["kanal"]):
            result[("kanal", row["kanal"])] = float(row["antal"])
        else:
            result[("all", None)] = float(row["antal"])
    return result


def matrix_with_totals(matrix: pd.DataFrame, record: dict | None = None) -> pd.DataFrame:
    """The matrix with a Totalt column (sum per typ) and row (sum per kanal); a published
    total of record replaces the computed one (they are checked to agree)."""
    record = record or {}
    table = matrix.copy()
    table[TOTAL] = [record.get(("typ", t), matrix.loc[t].sum(min_count=1) if
                               matrix.loc[t].notna().all() else float("nan"))
                    for t in matrix.index]
    column_sums = [record.get(("kanal", k), matrix[k].sum(min_count=1) if
                              matrix[k].notna().all() else float("nan"))
                   for k in matrix.columns]
    grand = record.get(("all", None), _total(matrix))
    table.loc[TOTAL] = [*column_sums, grand]
    return table


def _total(matrix: pd.DataFrame) -> float:
    """Sum of every cell, NaN when any is missing (or there are none)."""
    values = matrix.to_numpy().ravel()
    return float("nan") if len(values) == 0 or pd.isna(values).any() else float(values.sum())


def tickets_by_channel(nilex: pd.DataFrame) -> pd.DataFrame:
    """Tickets as kanal × typ (the matrix turned), for the chart by channel."""
    return ticket_matrix(nilex).T


def ticket_shares(matrix: pd.DataFrame, by: str) -> pd.DataFrame:
    """Tickets per kanal (by="kanal") or typ (by="typ") and their share of all tickets;
    NaN when a cell counted is missing."""
    sums = matrix.sum(axis=0 if by == "kanal" else 1, skipna=False)
    total = _total(matrix)
    return pd.DataFrame({"Ärenden": sums, "Andel": sums / total if total else float("nan")})


# ---------------------------------------------------------------- switchboard (växel)

def svarsprocent(vaxel: pd.DataFrame) -> pd.Series:
    """Svarsprocent = besvarade / inkommande (a share; shown in whole percent)."""
    n = _numbers(vaxel, ("inkommande", "besvarade"))
    return _share(n["besvarade"], n["inkommande"])


def kommun_rows(vaxel: pd.DataFrame, kommuner: pd.DataFrame) -> pd.DataFrame:
    """The per-kommun rows of the main range among rows with a kommun, one per member in
    display order (a member without a row is all missing)."""
    split = vaxel[vaxel["kommun"].notna()]
    span = main_range(split)
    names = kommun_names(kommuner)
    if span is None:
        return pd.DataFrame(columns=vaxel.columns, index=pd.Index(names))
    rows = in_range(split, *span)
    merged = rows.groupby("kommun", sort=False).first() if rows["kommun"].duplicated().any() \
        else rows.set_index("kommun")
    return merged.reindex(names).rename_axis(index=None)


def service_level_curve(rows: pd.DataFrame) -> pd.DataFrame:
    """Share answered within 15/30/60/120 s (rows "15 s" …), one column per kommun."""
    curve = pd.DataFrame({name: [row[f"inom_{s}s"] for s in SERVICE_LEVELS]
                          for name, row in rows.iterrows()},
                         index=[f"{s} s" for s in SERVICE_LEVELS])
    return curve.astype("float64") / 100


def switchboard_comparison(rows: pd.DataFrame) -> pd.DataFrame:
    """The switchboard measures per kommun as display text: counts, svarsprocent
    (computed, whole percent), queue and talk time (mm:ss), service levels (whole percent)."""
    rates = svarsprocent(rows) if not rows.empty else pd.Series(dtype="float64")
    lines = {
        "Inkommande samtal": [fmt_number(v) for v in rows["inkommande"]],
        "Besvarade samtal": [fmt_number(v) for v in rows["besvarade"]],
        "Svarsprocent": [fmt_percent(v, 0) for v in rates.reindex(rows.index)],
        "Genomsnittlig kötid vid svar": [fmt_duration(v) for v in rows["kotid_vid_svar"]],
        **{f"Besvarade inom {s} sekunder": [fmt_percent(_pct(v), 0) for v in rows[f"inom_{s}s"]]
           for s in SERVICE_LEVELS},
        "Snitt samtalstid": [fmt_duration(v) for v in rows["samtalstid"]],
        "Samtal som kopplas ut av agent": [fmt_number(v) for v in rows["kopplas_ut"]],
        "Antal returer": [fmt_number(v) for v in rows["returer"]],
    }
    return pd.DataFrame(lines, index=list(rows.index)).T


def _pct(value):
    return float("nan") if is_missing(value) else float(value) / 100


def platform_calls(vaxel: pd.DataFrame) -> pd.DataFrame:
    """Incoming calls per platform with the range they cover, and a Totalt row (NaN when
    a figure is missing)."""
    rows = []
    for plattform, group in vaxel.groupby("plattform", sort=False):
        rows.append((plattform, range_text(min(group["from_date"]), max(group["to_date"])),
                     _sum(group["inkommande"])))
    if rows:
        rows.append((TOTAL, range_text(min(vaxel["from_date"]), max(vaxel["to_date"])),
                     _sum(vaxel["inkommande"])))
    return pd.DataFrame(rows, columns=["Plattform", "Period", "Inkommande samtal"])


def _sum(values: pd.Series) -> float:
    """Sum, NaN when any value is missing."""
    numbers = pd.to_numeric(values).astype("float64")
    return float("nan") if numbers.isna().any() or numbers.empty else float(numbers.sum())


def calls_within(vaxel: pd.DataFrame, start: date, end: date, plattform=None) -> float:
    """Incoming calls of the rows inside start..end (of one platform, or all when None)."""
    rows = within(vaxel, start, end)
    if not is_missing(plattform):
        rows = rows[rows["plattform"] == plattform]
    return _sum(rows["inkommande"]) if not rows.empty else float("nan")


# ---------------------------------------------------------------- for a period

def onex_for(ctx) -> pd.DataFrame:
    """The OneX rows of the context's period."""
    return rows_for(ctx.dataset["onex"], ctx.period)


def nilex_for(ctx) -> tuple[pd.DataFrame, tuple[date, date] | None]:
    """The Nilex rows of the period's main range, and that range."""
    rows = rows_for(ctx.dataset["nilex"], ctx.period)
    span = main_range(rows)
    return (rows if span is None else in_range(rows, *span)), span


def tickets_for(ctx) -> pd.DataFrame:
    """The Nilex matrix of the period's main range with its totals (empty if no data)."""
    rows, span = nilex_for(ctx)
    if span is None:
        return pd.DataFrame()
    totals = in_range(ctx.dataset["nilex_totaler"], *span)
    return matrix_with_totals(ticket_matrix(rows), record_totals(totals))


def vaxel_for(ctx) -> pd.DataFrame:
    """The switchboard rows of the context's period."""
    return rows_for(ctx.dataset["vaxel"], ctx.period)


def switchboard_for(ctx) -> pd.DataFrame:
    """The per-kommun switchboard rows of the period's main range, one per member."""
    return kommun_rows(vaxel_for(ctx), ctx.dataset["kommuner"])


def switchboard_span(ctx) -> tuple[date, date] | None:
    """The range of the per-kommun comparison."""
    rows = vaxel_for(ctx)
    return main_range(rows[rows["kommun"].notna()])


def definitions_table() -> pd.DataFrame:
    """The definitions of every rate on the page, as a two-column table."""
    return pd.DataFrame({"Mått": list(DEFINITIONS), "Definition": list(DEFINITIONS.values())})


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """True when any OneX, Nilex or switchboard row belongs to the period."""
    return any(belongs_to(dataset[name], period).any() for name in ("onex", "nilex", "vaxel"))


def _onex_sentence(row: pd.Series) -> str:
    """Incoming calls and how they ended; a missing figure is named as missing."""
    rates = onex_rates(row.to_frame().T).iloc[0]
    when = range_sv(row["from_date"], row["to_date"])
    if is_missing(row["inkommande"]):
        return f"Antalet inkommande samtal till servicedesk under {when}: uppgift saknas."
    words = {"svarsfrekvens": "besvarades", "andel_missade": "missades",
             "andel_overflow": "gick till overflow"}
    parts = [f"{fmt_percent(rates[k])} {w}" for k, w in words.items() if not is_missing(rates[k])]
    gaps = [w for k, w in words.items() if is_missing(rates[k])]
    text = f"Servicedesk tog emot {fmt_number(row['inkommande'])} samtal under {when}"
    text += f", varav {join_sv(parts)}." if parts else "."
    if gaps:
        text += f" Uppgift saknas om hur många som {join_sv(gaps)}."
    return text


def _ticket_sentence(matrix: pd.DataFrame, span: tuple[date, date]) -> str:
    total = matrix.loc[TOTAL, TOTAL]
    text = (f"I ärendehanteringssystemet Nilex skapades {fmt_number(total)} ärenden under "
            f"{range_sv(*span)}")
    shares = ticket_shares(matrix.drop(index=TOTAL, columns=TOTAL), "kanal").dropna()
    if shares.empty:
        return text + "."
    top = shares["Ärenden"].idxmax()
    return f"{text}; flest kom via {top} ({fmt_percent(shares.loc[top, 'Andel'])})."


def _switchboard_sentences(vaxel: pd.DataFrame, kommun: pd.DataFrame,
                           span: tuple[date, date] | None) -> list[str]:
    lines = []
    platforms = platform_calls(vaxel)
    if not platforms.empty:
        total = platforms.iloc[-1]
        start, end = min(vaxel["from_date"]), max(vaxel["to_date"])
        text = f"Växeln tog emot {fmt_number(total['Inkommande samtal'])} samtal under " \
               f"{range_sv(start, end)}"
        each = platforms.iloc[:-1]
        if len(each) > 1:
            text += ", varav " + join_sv([f"{fmt_number(r['Inkommande samtal'])} på {r['Plattform']}"
                                          f" ({r['Period']})" for _, r in each.iterrows()])
        lines.append(text + ".")
    rates = svarsprocent(kommun.dropna(subset=["inkommande"])) if not kommun.empty else None
    if rates is not None and not rates.dropna().empty and span is not None:
        lines.append(f"Svarsprocenten i växeln under {range_sv(*span)} var " + join_sv(
            [f"{fmt_percent(v, 0)} i {k}" for k, v in rates.dropna().items()]) + ".")
    return lines


def summary(ctx) -> list[str]:
    """Swedish sentences: service-desk calls and rates, tickets, switchboard calls and
    svarsprocent, and a note on rows that look extrapolated."""
    lines = []
    onex = onex_for(ctx)
    row = main_onex_row(onex)
    if row is not None:
        lines.append(_onex_sentence(row))
        lines += onex_notes(onex)
    matrix = tickets_for(ctx)
    if not matrix.empty:
        lines.append(_ticket_sentence(matrix, nilex_for(ctx)[1]))
    vaxel = vaxel_for(ctx)
    if not vaxel.empty:
        lines += _switchboard_sentences(vaxel, switchboard_for(ctx), switchboard_span(ctx))
    return lines


def key_figures(ctx) -> list[KeyFigure]:
    """OneX svarsfrekvens (status by params status.svarsfrekvens), incoming service-desk
    calls, tickets created and switchboard calls."""
    result = []
    row = main_onex_row(onex_for(ctx))
    if row is not None:
        when = range_sv(row["from_date"], row["to_date"])
        rate = onex_rates(row.to_frame().T).iloc[0]["svarsfrekvens"]
        rule = ctx.params.status.svarsfrekvens
        green, yellow = rule.green_at, rule.yellow_at
        status = traffic_light(None if is_missing(rate) else round_half_away(rate, 3),
                               green, yellow)
        result += [
            KeyFigure(f"Svarsfrekvens servicedesk ({when})",
                      None if is_missing(rate) else float(rate), "%", status,
                      f"grön vid ≥ {fmt_percent(green)}, gul vid ≥ {fmt_percent(yellow)}, "
                      "röd därunder", decimals=1),
            KeyFigure(f"Inkommande samtal servicedesk ({when})",
                      float(row["inkommande"]) if not is_missing(row["inkommande"]) else None,
                      "samtal"),
        ]
    matrix = tickets_for(ctx)
    if not matrix.empty:
        value = matrix.loc[TOTAL, TOTAL]
        result.append(KeyFigure(f"Ärenden i Nilex ({range_sv(*nilex_for(ctx)[1])})",
                                None if is_missing(value) else float(value), "ärenden"))
    vaxel = vaxel_for(ctx)
    if not vaxel.empty:
        when = range_sv(min(vaxel["from_date"]), max(vaxel["to_date"]))
        total = _sum(vaxel["inkommande"])
        result.append(KeyFigure(f"Samtal i växeln ({when})",
                                None if is_missing(total) else total, "samtal"))
    return result


def _onex_checks(onex: pd.DataFrame) -> list[Check]:
    result = [compare(AREA, f"OneX {row['label']}: inkommande = besvarade + missade + "
                            "overflow vid öppet + overflow vid stängt",
                      None if is_missing(row["inkommande"]) else float(row["inkommande"]),
                      parts, COUNT_TOLERANCE)
              for (_, row), parts in zip(onex.iterrows(), onex_parts_sum(onex), strict=True)]
    scaled = set(scaled_copies(onex))
    for y, q in year_quarter_pairs(onex):
        description = (f"OneX {onex.loc[y, 'label']} mot {onex.loc[q, 'label']}: helårsraden "
                       "är räknad, inte uppräknad från kvartalet")
        expected = "inte 4 × kvartalet"
        if (y, q) in scaled:
            result.append(Check(AREA, description, expected, "exakt 4 × kvartalet", 0, WARN,
                                "ser uppräknad ut, inte räknad: varje antal är 4 × kvartalets "
                                "och kötiderna är lika"))
        else:
            result.append(Check(AREA, description, expected, expected, 0, PASS))
    return result


def _nilex_checks(nilex: pd.DataFrame, totals: pd.DataFrame, period: Period) -> list[Check]:
    result = []
    ranges = pd.concat([rows_for(nilex, period), rows_for(totals, period)])
    for start, end in ranges[["from_date", "to_date"]].drop_duplicates().itertuples(index=False):
        matrix = ticket_matrix(in_range(nilex, start, end))
        when = range_text(start, end)
        for (kind, name), expected in record_totals(in_range(totals, start, end)).items():
            if kind == "typ":
                values = matrix.loc[name] if name in matrix.index else None
                what = f"raden {name}"
            elif kind == "kanal":
                values = matrix[name] if name in matrix.columns else None
                what = f"kolumnen {name}"
            else:
                values = pd.Series(matrix.to_numpy().ravel()) if not matrix.empty else None
                what = "alla ärenden"
            actual = None if values is None or values.isna().any() else float(values.sum())
            result.append(compare(AREA, f"Nilex {when}: publicerat totalt för {what} mot "
                                        "summan av cellerna", expected, actual, COUNT_TOLERANCE,
                                  note="" if values is not None else "saknas i nilex"))
    return result


def _vaxel_checks(vaxel: pd.DataFrame, totals: pd.DataFrame, period: Period) -> list[Check]:
    result = []
    rows = rows_for(vaxel, period)
    split = rows[rows["kommun"].notna()]
    for (_, row), rate in zip(split.iterrows(), svarsprocent(split), strict=True):
        when = range_text(row["from_date"], row["to_date"])
        if not is_missing(row["inkommande"]) and not is_missing(row["besvarade"]):
            ok = row["besvarade"] <= row["inkommande"]
            result.append(Check(AREA, f"Växel {row['kommun']} {when}: besvarade ≤ inkommande",
                                float(row["inkommande"]), float(row["besvarade"]), 0,
                                PASS if ok else FAIL))
        if not is_missing(row["svarsprocent_publicerad"]):
            computed = None if is_missing(rate) else round_half_away(rate * 100)
            check = compare(AREA, f"Växel {row['kommun']} {when}: publicerad svarsprocent mot "
                                  "besvarade / inkommande (hela procent)",
                            float(row["svarsprocent_publicerad"]), computed, 0,
                            differ_status=WARN)
            if check.status == WARN and computed is not None:
                check = replace(check, note="rapporten visar den beräknade")
            result.append(check)
    for _, row in rows_for(totals, period).iterrows():
        start, end = row["from_date"], row["to_date"]
        which = "alla plattformar" if is_missing(row["plattform"]) else row["plattform"]
        actual = calls_within(vaxel, start, end, row["plattform"])
        result.append(compare(AREA, f"Växel {range_text(start, end)}, {which}: publicerat "
                                    "antal samtal mot summan av raderna",
                              float(row["inkommande"]),
                              None if is_missing(actual) else actual, COUNT_TOLERANCE))
    return result


def checks(ctx) -> list[Check]:
    """Parts add up to totals (OneX rows, Nilex rows and columns, switchboard totals),
    printed svarsprocent vs computed, and the 4 × quarter plausibility warning."""
    ds, period = ctx.dataset, ctx.period
    return (_onex_checks(rows_for(ds["onex"], period))
            + _nilex_checks(ds["nilex"], ds["nilex_totaler"], period)
            + _vaxel_checks(ds["vaxel"], ds["vaxel_totaler"], period))

