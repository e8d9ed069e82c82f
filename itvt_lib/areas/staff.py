"""Staff figures (väsentliga personalförhållanden) of the annual report.

Values are percentages (0–100) measured in a month (the source's "Nov 2023"):
sick leave as a share of ordinary working time, long-term sick leave (> 60 days) as a
share of total sick leave, and full-time employees as a share of staff; each for the
total, women and men. A measurement belongs to the year-end report of its year; it is
compared with the measurement one year earlier, the change in percentage points.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import pandas as pd

from ..core.checks import PASS, WARN, Check, KeyFigure, as_computed_by_hand
from ..core.errors import DataError
from ..core.formatting import fmt_number, is_missing, percent, points, round_half_away
from ..core.loading import Column, Table
from ..core.periods import MONTHS_SV, Period

AREA = "Personal"
MEASURES = {
    "sjukfranvaro": "Sjukfrånvaro i förhållande till ordinarie arbetstid",
    "langtidssjukfranvaro": "Långtidssjukfrånvaro (>60 dagar), andel av total sjukfrånvaro",
    "heltid": "Andel heltid",
}
SHORT = {"sjukfranvaro": "Sjukfrånvaro", "langtidssjukfranvaro": "Långtidssjukfrånvaro",
         "heltid": "Andel heltid"}
GROUPS = {"total": "totalt", "kvinnor": "kvinnor", "män": "män"}
CHANGE = "Förändring (procentenheter)"
TOTAL_LABELS = tuple(MEASURES.values())  # rows of the display table shown as totals
CLAIMS = ("samma_niva", "okat_nagot", "minskat_nagot", "okat", "minskat")
SAME_LEVEL_POINTS = 0.5  # "samma nivå": a change of at most this many percentage points
SLIGHT_SHARE = 0.25  # "något": at most a quarter of the previous level (or the same level)


def _validate(frame: pd.DataFrame, locate) -> None:
    """The statistics range is both dates or neither (half a range would be dropped from
    the page unseen), runs forwards, ends in the measurement month, and is the same on
    every row of a month (the page states one range for all its figures)."""
    for i, row in frame.iterrows():
        start, end = row["statistik_fran"], row["statistik_till"]
        if is_missing(start) or is_missing(end):
            continue
        if start > end:
            file, line = locate(i)
            raise DataError(file, f"{start} är senare än statistik_till {end}", line,
                            "statistik_fran")
        if end.strftime("%Y-%m") != row["period"]:
            file, line = locate(i)
            raise DataError(file, f"{end} ligger inte i mätmånaden {row['period']}",
                            line, "statistik_till")
    _one_range_per_month(frame, locate)
    for i, row in frame.iterrows():
        start, end = row["statistik_fran"], row["statistik_till"]
        if is_missing(start) != is_missing(end):
            file, line = locate(i)
            given, empty = ("statistik_fran", "statistik_till") if is_missing(end) \
                else ("statistik_till", "statistik_fran")
            raise DataError(file, f"tom medan {given} är ifylld; ange båda datumen eller "
                            "inget av dem (sidan anger hela statistikperioden)", line, empty)


def _one_range_per_month(frame: pd.DataFrame, locate) -> None:
    """Every row of a measurement month has the range of its first row (both empty
    counting as a range): two ranges would be shown as one."""
    def shown(value) -> str:
        return "tom" if is_missing(value) else str(value)

    for _, rows in frame.groupby("period", sort=False):
        first = rows.iloc[0]
        for i, row in rows.iterrows():
            for column in ("statistik_fran", "statistik_till"):
                if shown(row[column]) != shown(first[column]):
                    file, line = locate(i)
                    _, first_line = locate(rows.index[0])
                    raise DataError(file, f"{shown(row[column])} skiljer sig från "
                                    f"{shown(first[column])} på rad {first_line}; sidan anger "
                                    f"en statistikperiod för hela mätmånaden {row['period']}",
                                    line, column)


TABLES = (
    Table("personal",
          (Column("period", "period"),
           Column("statistik_fran", "date", nullable=True),
           Column("statistik_till", "date", nullable=True),
           Column("measure", choices=tuple(MEASURES)),
           Column("grupp", choices=tuple(GROUPS)),
           Column("procent", "number", nullable=True, min=0, max=100)),
          key=("period", "measure", "grupp"),
          validate=_validate),
    Table("personal_kommentar",   # a comment on a month without figures would vanish
          (Column("period", "period", ref="personal.period"),
           Column("measure", choices=tuple(MEASURES)),
           Column("grupp", choices=tuple(GROUPS)),
           Column("pastaende", choices=CLAIMS),
           Column("text")),
          key=("period", "measure", "grupp")),
)


# ---------------------------------------------------------------- calculations

def period_label(period) -> str:
    """The source's column heading for a measurement month: "Nov 2023"."""
    p = Period.parse(period)
    return f"{MONTHS_SV[p.month - 1][:3].capitalize()} {p.year}"


def measurement_for(staff: pd.DataFrame, period: Period) -> Period | None:
    """The latest measurement month in the report's year, on or before the period."""
    months = [Period.parse(p) for p in staff["period"].unique()]
    own = [p for p in months if p.year == period.year and p <= period]
    return max(own) if own else None


def row_label(measure: str, grupp: str) -> str:
    """Table row: the measure's heading for the total, "– kvinnor"/"– män" beneath it."""
    return MEASURES[measure] if grupp == "total" else f"– {GROUPS[grupp]}"


def staff_table(staff: pd.DataFrame, current: Period) -> pd.DataFrame:
    """Per measure and group (in MEASURES/GROUPS order): the value a year before `current`,
    at `current`, and the change in percentage points as printed (`shown_change`)."""
    previous = current.same_period_last_year()
    index = pd.MultiIndex.from_tuples([(m, g) for m in MEASURES for g in GROUPS],
                                      names=["measure", "grupp"])

    def values(period: Period) -> pd.Series:
        own = staff[staff["period"] == str(period)]
        return own.set_index(["measure", "grupp"])["procent"].astype(float).reindex(index)

    table = pd.DataFrame(index=index)
    table[period_label(previous)] = values(previous)
    table[period_label(current)] = values(current)
    table[CHANGE] = shown_change(table.iloc[:, 0], table.iloc[:, 1])
    return table


def shown_change(previous, current):
    """The change in percentage points between the two values as printed (one decimal,
    half away from zero): 2,04 → 2,15 % reads 2,0 → 2,2 % and is +0,2, not +0,1."""
    def shown(value):
        return pd.Series(value, dtype="float64").map(lambda v: round_half_away(v, 1))
    change = (shown(current) - shown(previous)).map(lambda v: round_half_away(v, 10))
    return change if isinstance(current, pd.Series) else float(change.iloc[0])


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """Row labels for the committee: the measure on its total row, groups beneath."""
    labels = [row_label(m, g) for m, g in table.index]
    return table.set_axis(pd.Index(labels, name="Procent"), axis=0)


# A percentage 0–100 as the committee reads it: "15,7 %".
fmt_staff_percent = percent(1)
# A change in percentage points with its sign: "+15,7", "−0,1", zero "±0,0".
fmt_points = points(1, zero="±0,0")


def table_formats(table: pd.DataFrame) -> dict:
    """Formatters of the display table: percent for the years, points for the change."""
    return {c: (fmt_points if c == CHANGE else fmt_staff_percent) for c in table.columns}


def chart_frame(table: pd.DataFrame) -> pd.DataFrame:
    """The total of each measure per year, as shares (for a percent axis)."""
    totals = table.xs("total", level="grupp").drop(columns=CHANGE) / 100
    return totals.set_axis([SHORT[m] for m in totals.index], axis=0)


def _direction(change: float, unit: str = "procentenheter") -> str:
    rounded = round_half_away(change, 1)
    if rounded == 0:
        return "ligger på samma nivå som föregående år"
    verb = "ökat" if rounded > 0 else "minskat"
    return f"har {verb} med {fmt_number(abs(rounded), 1)} {unit} jämfört med föregående år"


def claim_holds(claim: str, previous: float, current: float) -> bool:
    """Whether a comment fits the figures: "samma nivå" is a change of at most 0,5
    percentage points; "ökat/minskat något" a change in that direction of at most
    max(0,5 points, a quarter of the previous level); "ökat/minskat" any change that way.
    Change and bound are taken as printed (1,7 → 2,2 is 0,5, not 0,5000…04; `shown_change`;
    the quarter of 2,38 is of 2,4 as printed)."""
    change = shown_change(previous, current)
    printed = round_half_away(previous, 1)   # a quarter of 2,38 is of 2,4 as printed: 0,6
    slight = round_half_away(max(SAME_LEVEL_POINTS, SLIGHT_SHARE * abs(printed)), 10)
    if claim == "samma_niva":
        return abs(change) <= SAME_LEVEL_POINTS
    sign = 1 if claim.startswith("okat") else -1
    if sign * change <= 0:
        return False
    return sign * change <= slight if claim.endswith("_nagot") else True


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """Staff figures belong to the year-end report of the year they were measured."""
    return period.is_year_end and measurement_for(dataset["personal"], period) is not None


def table_for(ctx) -> pd.DataFrame:
    """The staff table of the context's year-end report."""
    staff = ctx.dataset["personal"]
    return staff_table(staff, measurement_for(staff, ctx.period))


def statistics_span(ctx) -> str:
    """The source's "Statistiken gäller 2022-12-01–2023-11-30." (empty when not stated),
    and where the month a year earlier covers other months, that range and that the
    change compares different periods (the warning of `checks`)."""
    staff = ctx.dataset["personal"]
    now = measurement_for(staff, ctx.period)
    span = statistics_range(staff, now)
    if span is None:
        return ""
    text = f"Statistiken gäller {span[0].isoformat()}–{span[1].isoformat()}."
    before = differing_range(ctx)
    if before is not None:
        text += (f" Siffrorna för {period_label(now.same_period_last_year())} gäller "
                 f"{before[0].isoformat()}–{before[1].isoformat()}: förändringen jämför "
                 "olika perioder.")
    return text


def differing_range(ctx) -> tuple | None:
    """The statistics range a year earlier where both measurements state one and they do
    not compare (`comparable_ranges`), else None."""
    staff = ctx.dataset["personal"]
    now = measurement_for(staff, ctx.period)
    span, before = statistics_range(staff, now), statistics_range(
        staff, now.same_period_last_year())
    return before if None not in (span, before) and not comparable_ranges(before, span) \
        else None


def range_notes(ctx) -> list[str]:
    """A footnote under the table whose change compares measurements of other months."""
    before = differing_range(ctx)
    if before is None:
        return []
    staff = ctx.dataset["personal"]
    now = measurement_for(staff, ctx.period)
    span = statistics_range(staff, now)
    return [f"Anmärkning: förändringen jämför olika perioder: siffrorna för {period_label(now)} "
            f"gäller {span[0].isoformat()}–{span[1].isoformat()}, de för "
            f"{period_label(now.same_period_last_year())} {before[0].isoformat()}–"
            f"{before[1].isoformat()}."]


def statistics_range(staff: pd.DataFrame, period) -> tuple | None:
    """A measurement month's statistics range (from, to), None where it is not stated."""
    own = staff[staff["period"] == str(period)]
    starts, ends = own["statistik_fran"].dropna(), own["statistik_till"].dropna()
    return None if starts.empty or ends.empty else (min(starts), max(ends))


def a_year_on(day):
    """The same day a year later; the last day of February stays February's last day."""
    later = pd.Timestamp(day) + pd.DateOffset(years=1)
    return later + pd.offsets.MonthEnd(0) if pd.Timestamp(day).is_month_end else later


def comparable_ranges(before: tuple, now: tuple) -> bool:
    """Two measurements compare when the later range is the earlier one a year on
    (2022-12-01–2023-11-30 and 2023-12-01–2024-11-30, 2022-03-01–2023-02-28 and
    2023-03-01–2024-02-29): the same months, as long."""
    return all(a_year_on(d) == pd.Timestamp(e) for d, e in zip(before, now, strict=True))


def summary(ctx) -> list[str]:
    """Each measure's total now, and its change from a year earlier; a total shown as printed
    though not between women and men (`contradicted_totals`) is said to be."""
    table = table_for(ctx)
    current = table.columns[1]
    found, before = set(contradicted_totals(table)), table.columns[0]
    lines = []
    for measure, subject in (("sjukfranvaro", "Den totala sjukfrånvaron"),
                             ("langtidssjukfranvaro", "Långtidssjukfrånvaron"),
                             ("heltid", "Andelen heltidsanställda")):
        row = table.loc[(measure, "total")]
        if is_missing(row.iloc[1]):
            continue
        sentence = f"{subject} är {fmt_staff_percent(row.iloc[1])} ({current})"
        if not is_missing(row[CHANGE]):
            sentence += f" och {_direction(row[CHANGE])}"
        earlier = (measure, before) in found and not is_missing(row[CHANGE])
        lines.append(sentence + "." + (
            " Totalen visas som tryckt, men den ligger inte mellan kvinnor och män (se sidans "
            "fotnot)." if (measure, current) in found else f" Förändringen utgår från totalen "
            f"för {before}, som inte ligger mellan kvinnor och män (se sidans fotnot)."
            if earlier else ""))
    if lines and differing_range(ctx) is not None:
        lines.append("Förändringarna jämför olika statistikperioder (se sidans fotnot).")
    return lines


def key_figures(ctx) -> list[KeyFigure]:
    """Total sick leave at the latest measurement, as a share (a "%" key figure is a share)."""
    table = table_for(ctx)
    value = table.loc[("sjukfranvaro", "total")].iloc[1] / 100
    contradicted = ("sjukfranvaro", table.columns[1]) in contradicted_totals(table)
    return [KeyFigure(f"Sjukfrånvaro ({table.columns[1]})", value, "%", decimals=1,
                      rule="andel av ordinarie arbetstid", note="som tryckt; totalen ligger "
                      "inte mellan kvinnor och män, se sidans fotnot" if contradicted else "")]


def total_between_groups(total: float, women: float, men: float) -> bool:
    """A total lies between women and men, ± 0,05 as printed to one decimal."""
    low, high = min(women, men), max(women, men)
    return as_computed_by_hand(low - 0.05) <= total <= as_computed_by_hand(high + 0.05)


def contradicted_totals(table: pd.DataFrame) -> list[tuple[str, str]]:
    """(measure, column) of each total shown that is not between women and men."""
    found = []
    for label in table.columns[:2]:
        for measure in MEASURES:
            values = [table.loc[(measure, g), label] for g in GROUPS]
            if not any(is_missing(v) for v in values) and not total_between_groups(*values):
                found.append((measure, label))
    return found


def total_notes(ctx) -> list[str]:
    """A footnote for each total shown as printed though not between women and men."""
    table = table_for(ctx)
    return [f"Anmärkning: totalen för {SHORT[m].lower()} {label}, "
            f"{fmt_staff_percent(table.loc[(m, 'total'), label])}, ligger inte mellan "
            f"kvinnor ({fmt_staff_percent(table.loc[(m, 'kvinnor'), label])}) och män "
            f"({fmt_staff_percent(table.loc[(m, 'män'), label])}): underlaget motsäger sig "
            "självt; totalen och förändringen visas som tryckta." for m, label in
            contradicted_totals(table)]


def checks(ctx) -> list[Check]:
    """A total is a weighted mean of women and men, so it lies between the two, ± 0,05 as
    printed to one decimal (bounds to 15 significant digits: 2,15 + 0,05 is 2,2)."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    table = table_for(ctx)
    result = []
    for label in table.columns[:2]:
        for measure in MEASURES:
            total, women, men = (table.loc[(measure, g), label] for g in GROUPS)
            if any(is_missing(v) for v in (total, women, men)):
                continue
            low, high = min(women, men), max(women, men)
            inside = total_between_groups(total, women, men)
            result.append(Check(
                AREA, f"{MEASURES[measure]} {label}: totalen ligger mellan kvinnor och män",
                f"{fmt_number(low, 1, zero='0,0')}–{fmt_number(high, 1, zero='0,0')}",
                float(total), 0.05, PASS if inside else WARN,
                "" if inside else "totalen kan inte vara ett medelvärde av grupperna"))
    now = measurement_for(ctx.dataset["personal"], ctx.period)
    ranges = [statistics_range(ctx.dataset["personal"], p) for p in (now.same_period_last_year(),
                                                                      now)]
    if None not in ranges:
        texts = [f"{label} {a.isoformat()}–{b.isoformat()}"
                 for label, (a, b) in zip(table.columns[:2], ranges, strict=True)]
        alike = comparable_ranges(*ranges)
        result.append(Check(AREA, f"Statistikperioden {table.columns[1]} är den för "
                            f"{table.columns[0]} ett år senare", texts[0], texts[1], 0.0,
                            PASS if alike else WARN, "" if alike else "förändringen jämför "
                            "olika perioder; jämför statistiken för samma månader"))
    return result + claim_checks(ctx)


def comments_for(ctx) -> pd.DataFrame:
    """The annual report's comments on the measurement's figures (text, measure, grupp,
    pastaende), in the order of the data."""
    comments = ctx.dataset["personal_kommentar"]
    return comments[comments["period"] == str(measurement_for(ctx.dataset["personal"],
                                                              ctx.period))]


def comment_texts(ctx) -> tuple[list[str], list[str]]:
    """The comments' sentences as the source has them, and for each that does not fit the
    figures a note saying so (the same rule as the checks)."""
    table = table_for(ctx)
    texts, notes = [], []
    for _, row in comments_for(ctx).iterrows():
        texts.append(row["text"])
        before, now = table.loc[(row["measure"], row["grupp"])].iloc[:2]
        if is_missing(before) or is_missing(now) or \
                claim_holds(row["pastaende"], float(before), float(now)):
            continue
        notes.append(f"Anmärkning: texten om {SHORT[row['measure']].lower()} "
                     f"({GROUPS[row['grupp']]}) stämmer inte med siffrorna, "
                     f"{fmt_staff_percent(before)} → {fmt_staff_percent(now)} "
                     f"({fmt_points(shown_change(before, now))} procentenheter).")
    return texts, notes


def claim_checks(ctx) -> list[Check]:
    """Each comment of the annual report on a staff figure against the figures (a comment
    that does not fit them is a known inconsistency: warn)."""
    table = table_for(ctx)
    result = []
    for _, row in comments_for(ctx).iterrows():
        before, now = table.loc[(row["measure"], row["grupp"])].iloc[:2]
        if is_missing(before) or is_missing(now):
            continue
        holds = claim_holds(row["pastaende"], float(before), float(now))
        figures = f"{fmt_staff_percent(before)} → {fmt_staff_percent(now)}"
        result.append(Check(
            AREA, f"Texten om {MEASURES[row['measure']].lower()} ({GROUPS[row['grupp']]}) "
            "mot siffrorna", row["text"], figures, 0.0, PASS if holds else WARN,
            "" if holds else f"texten stämmer inte med siffrorna ({figures}, "
            f"{fmt_points(shown_change(before, now))} procentenheter)"))
    return result
