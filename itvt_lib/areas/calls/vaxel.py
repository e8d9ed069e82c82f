"""The växel (switchboard): svarsprocent = besvarade / inkommande, the per-kommun rows of
the main range, service levels and calls per platform.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ...core.checks import as_computed_by_hand
from ...core.formatting import (
    DURATION_KIND,
    count,
    fmt_duration,
    fmt_percent,
    is_missing,
    percent,
    share,
)
from ...core.reference import kommun_names
from .figures import TOTAL, as_numbers, share_of, sum_or_missing
from .ranges import covers, first_uncovered, in_range, main_range, range_text, within
from .schema import SERVICE_LEVELS


def svarsprocent(vaxel: pd.DataFrame) -> pd.Series:
    """Svarsprocent = besvarade / inkommande (a share; shown in whole percent)."""
    n = as_numbers(vaxel, ("inkommande", "besvarade"))
    return share_of(n["besvarade"], n["inkommande"])


def without_calls(vaxel: pd.DataFrame) -> pd.Series:
    """A row with 0 incoming calls: its svarsprocent is not missing but has nothing to measure."""
    return as_numbers(vaxel, ("inkommande",))["inkommande"].eq(0)


# A switchboard queue no caller waits through: beyond it, a mean wait was misread (a
# spreadsheet turns "00:21", 21 s, into the time 00:21:00, 21 minutes).
MAX_TAIL_WAIT_S = 3600


def tail_wait_at_least(mean_s: float, within_share: float, limit_s: float) -> float:
    """The least mean wait of the calls answered after `limit_s` that a mean wait `mean_s`
    with `within_share` (0–1) answered within `limit_s` implies (those waited ≤ `limit_s`);
    infinite when every call was answered within it and the mean is longer. To 15
    significant digits, as computed by hand (15:03 with 77,5 % within 120 s is 3 600 s)."""
    if within_share >= 1:
        return float("inf") if mean_s > limit_s else 0.0
    return as_computed_by_hand(max(0.0, (mean_s - limit_s * within_share) / (1 - within_share)))


def wait_misread(mean_s, within_pct) -> bool:
    """A mean wait at answer is misread when, with the share (percent) answered within the
    longest service level, the other calls would have waited over MAX_TAIL_WAIT_S."""
    if is_missing(mean_s) or is_missing(within_pct):
        return False
    return tail_wait_at_least(float(mean_s), float(within_pct) / 100,
                              SERVICE_LEVELS[-1]) > MAX_TAIL_WAIT_S


def wait_notes(rows: pd.DataFrame) -> list[str]:
    """A footnote for each column of `vaxel_comparison` whose kötid vid svar is misread."""
    limit = SERVICE_LEVELS[-1]
    return [f"Anmärkning: kötiden vid svar för {label}, {fmt_duration(row['kotid_vid_svar'])}, "
            f"går inte ihop med {fmt_percent(_pct(row[f'inom_{limit}s']), 0)} besvarade inom "
            f"{limit} sekunder (de övriga samtalen skulle ha väntat över en timme i snitt); "
            "kontrollera om mm:ss har lästs som tt:mm (00:21 sparat som 00:21:00 i ett "
            "kalkylprogram)." for label, row in rows.iterrows()
            if wait_misread(row["kotid_vid_svar"], row[f"inom_{limit}s"])]


def kommun_rows(vaxel: pd.DataFrame, kommuner: pd.DataFrame) -> pd.DataFrame:
    """The per-kommun rows of the main range among rows with a kommun, one per member in
    display order (a member without a row is all missing); a member with rows of several
    platforms keeps one per platform (`row_label`), never one merged row; a member with no
    row of the whole range keeps each of its rows inside it (`parts_inside`)."""
    split = vaxel[vaxel["kommun"].notna()]
    span = main_range(split)
    names = kommun_names(kommuner)
    if span is None:
        return pd.DataFrame(columns=vaxel.columns, index=pd.Index(names))
    rows = in_range(split, *span)
    parts = parts_inside(split, rows, span)
    several = rows["kommun"].duplicated(keep=False) | rows["kommun"].isin(set(parts["kommun"]))
    labels = [row_label(k, p, s) for k, p, s in zip(rows["kommun"], rows["plattform"],
                                                      several, strict=True)]
    labels += [part_label(k, p, a, b) for k, p, a, b in zip(
        parts["kommun"], parts["plattform"], parts["from_date"], parts["to_date"], strict=True)]
    rows = pd.concat([rows, parts])
    order = [label for name in names
             for label in ([lb for lb, k in zip(labels, rows["kommun"], strict=True)
                            if k == name] or [name])]
    return rows.set_axis(labels).drop(columns="kommun").reindex(order)


def parts_inside(split: pd.DataFrame, rows: pd.DataFrame, span: tuple[date, date]
                 ) -> pd.DataFrame:
    """The rows inside the compared range of a member and platform with no row of the whole
    range (a platform changed mid-range), oldest first: each is compared on its own."""
    inside = within(split, *span)
    whole = set(zip(rows["kommun"], rows["plattform"], strict=True))
    parts = inside[[pair not in whole for pair in zip(inside["kommun"], inside["plattform"],
                                                      strict=True)]]
    return parts.sort_values(["from_date", "to_date"], kind="stable")


def part_label(kommun: str, plattform: str, start: date, end: date) -> str:
    """The column of a row covering part of the compared range: "Vårgårda (Teams,
    2024-02-16–2024-03-31)"."""
    return f"{kommun} ({plattform}, {range_text(start, end)})"


def row_label(kommun: str, plattform: str, several: bool) -> str:
    """A kommun's column in the comparison: "Herrljunga", or "Herrljunga (Teams)" when the
    kommun has rows of several platforms in the range (their figures are not one kommun's)."""
    return f"{kommun} ({plattform})" if several else kommun


def service_level_curve(rows: pd.DataFrame) -> pd.DataFrame:
    """Share answered within 15/30/60/120 s (rows "15 s" …), one column per kommun."""
    curve = pd.DataFrame({name: [row[f"inom_{s}s"] for s in SERVICE_LEVELS]
                          for name, row in rows.iterrows()},
                         index=[f"{s} s" for s in SERVICE_LEVELS])
    return curve.astype("float64") / 100


def vaxel_measure_kinds() -> list:
    """The kind of each measure (row) of `vaxel_values`, in order: counts, svarsprocent
    (a share, whole percent), queue and talk time (durations), service levels (whole
    percent)."""
    return [count(), count(), share(0), DURATION_KIND,
            *[percent(0) for _ in SERVICE_LEVELS], DURATION_KIND, count(), count()]


def vaxel_values(rows: pd.DataFrame) -> pd.DataFrame:
    """The switchboard measures per kommun as numbers, one row per measure (kinds as
    `vaxel_measure_kinds`): counts, svarsprocent (computed), queue and talk time (seconds),
    service levels (percent as printed)."""
    rates = svarsprocent(rows) if not rows.empty else pd.Series(dtype="float64")
    lines = {
        "Inkommande samtal": list(rows["inkommande"]),
        "Besvarade samtal": list(rows["besvarade"]),
        "Svarsprocent": list(rates.reindex(rows.index)),
        "Genomsnittlig kötid vid svar": list(rows["kotid_vid_svar"]),
        **{f"Besvarade inom {s} sekunder": list(rows[f"inom_{s}s"]) for s in SERVICE_LEVELS},
        "Snitt samtalstid": list(rows["samtalstid"]),
        "Samtal som kopplas ut av agent": list(rows["kopplas_ut"]),
        "Antal returer": list(rows["returer"]),
    }
    frame = pd.DataFrame(lines, index=list(rows.index), dtype="object").T
    return frame.map(lambda v: float("nan") if is_missing(v) else float(v))


def vaxel_comparison(rows: pd.DataFrame) -> pd.DataFrame:
    """The switchboard measures per kommun as display text: `vaxel_values` each as its
    measure's kind reads it (counts, whole percent, mm:ss)."""
    values = vaxel_values(rows)
    return pd.DataFrame([[kind.text(v) for v in values.iloc[i]]
                         for i, kind in enumerate(vaxel_measure_kinds())],
                        index=values.index, columns=values.columns)


def _pct(value):
    return float("nan") if is_missing(value) else float(value) / 100


def gapless(vaxel: pd.DataFrame, members=None) -> bool:
    """True when each kommun's rows (and the rows without a kommun) leave no day between
    their first and last without a row; given the members (all platforms), every member and
    every kommun named is covered from the first day to the last by its own rows or rows
    without a kommun. A month or a member without a row would be left out of a total said
    to cover the whole range."""
    start, end = min(vaxel["from_date"]), max(vaxel["to_date"])
    spans = lambda rows: list(zip(rows["from_date"], rows["to_date"], strict=True))  # noqa: E731
    if members is None:
        return all(covers(spans(rows), min(rows["from_date"]), max(rows["to_date"]))
                   for _, rows in vaxel.groupby("kommun", sort=False, dropna=False))
    shared = spans(vaxel[vaxel["kommun"].isna()])
    named = dict.fromkeys([*members, *vaxel["kommun"].dropna()])
    return all(covers(spans(vaxel[vaxel["kommun"] == name]) + shared, start, end)
               for name in named) and covers(spans(vaxel), start, end)


def member_gap(vaxel: pd.DataFrame, members) -> tuple[str, date] | None:
    """The first member (or kommun named) and day of the rows' range that has neither a row
    of its own nor a row without a kommun ("alla": no row at all), as `gapless` reads them
    (None: no gap)."""
    start, end = min(vaxel["from_date"]), max(vaxel["to_date"])
    spans = lambda rows: list(zip(rows["from_date"], rows["to_date"], strict=True))  # noqa: E731
    shared = spans(vaxel[vaxel["kommun"].isna()])
    for name in dict.fromkeys([*members, *vaxel["kommun"].dropna()]):
        if (day := first_uncovered(spans(vaxel[vaxel["kommun"] == name]) + shared, start,
                                   end)) is not None:
            return name, day
    day = first_uncovered(spans(vaxel), start, end)
    return None if day is None else ("alla", day)


def platform_calls(vaxel: pd.DataFrame, members=()) -> pd.DataFrame:
    """Incoming calls per platform with the range they cover, and a Totalt row (NaN when
    a figure is missing or a day of the range has no row for a member, `gapless`)."""
    rows = []
    for plattform, group in vaxel.groupby("plattform", sort=False):
        rows.append((plattform, range_text(min(group["from_date"]), max(group["to_date"])),
                     _calls(group, None)))
    if rows:
        rows.append((TOTAL, range_text(min(vaxel["from_date"]), max(vaxel["to_date"])),
                     _calls(vaxel, tuple(members))))
    return pd.DataFrame(rows, columns=["Plattform", "Period", "Inkommande samtal"])


def _calls(rows: pd.DataFrame, members) -> float:
    return sum_or_missing(rows["inkommande"]) if gapless(rows, members) else float("nan")


def calls_within(vaxel: pd.DataFrame, start: date, end: date, plattform=None) -> float:
    """Incoming calls of the rows inside start..end (of one platform, or all when None)."""
    rows = within(vaxel, start, end)
    if not is_missing(plattform):
        rows = rows[rows["plattform"] == plattform]
    return sum_or_missing(rows["inkommande"]) if not rows.empty else float("nan")
