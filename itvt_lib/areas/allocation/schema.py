"""The allocation's name and input tables (befolkning, kommunbidrag_kommun,
resultatfond) with their validators.
"""

from __future__ import annotations

import pandas as pd

from ...core.checks import WARN, Check
from ...core.errors import DataError
from ...core.formatting import as_written, fmt_number, is_missing
from ...core.loading import Column, Table
from ...core.reference import kommun_names, published_rows
from .. import budget
from .key import KEY_DAY, KEY_LAG_YEARS, KEY_MONTH, SHARE_SUM_TOLERANCE, key_label

AREA = "Fördelning mellan kommunerna"
SECTION = "fordelning"          # section of published.csv
TOTAL_POST = "Summa"            # post of published.csv that means the total row

DECISIONS = ("overforing", "avskrivning")
DECISION_STATES = ("forslag", "beslutat")


def key_member_checks(dataset) -> list[Check]:
    """A warning for each member a key date of befolkning leaves out, naming the file and
    the key date's last line: the key of its year is missing (pages 02 and 80)."""
    frame, kommuner = dataset["befolkning"], kommun_names(dataset["kommuner"])
    result = []
    for day, rows in frame.groupby("key_date", sort=True):
        year, given = day.year + KEY_LAG_YEARS, set(rows["kommun"])
        file, line = dataset.locate("befolkning", rows.index[-1])
        result += [Check(
            AREA, f"Fördelningsnyckeln {year} ({key_label(day)}): en rad för varje kommun",
            "finns", f"saknas för {kommun}", 0, WARN,
            f"{file}:{line}: nyckeldatum {day.isoformat()} saknar en rad för {kommun}, så "
            f"nyckeln för {year} räknas som saknad på sidorna 02 och 80; lägg till raden")
            for kommun in kommuner if kommun not in given]
    return result


def stated_share_checks(dataset, decimals: int) -> list[Check]:
    """A warning for each stated share (`andel_procent`) with more decimals than the shares
    are rounded to (`share_decimals`): the key is the share as rounded, not as written."""
    frame = dataset["befolkning"]
    result = []
    for i, row in frame.iterrows():
        share = row["andel_procent"]
        if is_missing(share) or abs(round(float(share), decimals) - float(share)) < 1e-9:
            continue
        file, line = dataset.locate("befolkning", i)
        year = row["key_date"].year + KEY_LAG_YEARS
        result.append(Check(
            AREA, f"Fördelningsnyckeln {year}: {row['kommun']}s angivna andel med "
                  "share_decimals decimaler",
            as_written(share), f"{decimals} decimaler", 0, WARN,
            f"{file}:{line}: {row['kommun']}s andel {as_written(share)} % har fler decimaler "
            f"än share_decimals ({decimals}); nyckeln räknas med andelen avrundad, ändra "
            "share_decimals i params/ om andelen ska gälla som den står"))
    return result


def _validate_befolkning(frame: pd.DataFrame, locate) -> None:
    """One of invanare/andel_procent per row; a member's share above 0 (as its invanare is
    at least 1); one kind per key date; stated shares sum to 100 ± 0,1; a key date is
    1 November."""
    for i, row in frame.iterrows():
        has_count, has_share = not is_missing(row["invanare"]), not is_missing(row["andel_procent"])
        if has_count == has_share:
            file, line = locate(i)
            what = "båda är ifyllda" if has_count else "ingen är ifylld"
            raise DataError(file, f"fyll i antingen invanare eller andel_procent ({what})",
                            line, "invanare")
        if has_share and float(row["andel_procent"]) <= 0:
            file, line = locate(i)
            raise DataError(file, f"{row['kommun']} har andelen 0 %; en medlemskommun har "
                            "invånare och en andel över 0", line, "andel_procent")
        day = row["key_date"]
        if (day.month, day.day) != (KEY_MONTH, KEY_DAY):
            file, line = locate(i)
            raise DataError(file, f"{day.isoformat()} är inte 1 november (nyckeln är "
                            "befolkningen den 1 november)", line, "key_date")
    for day, rows in frame.groupby("key_date", sort=True):
        counted = rows["invanare"].notna()
        if counted.any() and not counted.all():
            file, line = locate(rows.index[(counted != counted.iloc[0]).argmax()])
            raise DataError(file, f"{day.isoformat()} blandar antal (invanare) och andelar "
                            "(andel_procent): ange ett slag per nyckeldatum", line,
                            "andel_procent" if counted.iloc[0] else "invanare")
        if counted.all():
            if float(rows["invanare"].sum()) <= 0:
                file, line = locate(rows.index[-1])
                raise DataError(file, f"{day.isoformat()}: antalen summerar till noll", line,
                                "invanare")
            continue
        total = float(rows["andel_procent"].sum())
        if abs(total - 100) > SHARE_SUM_TOLERANCE + 1e-9:
            file, line = locate(rows.index[-1])
            raise DataError(file, f"andelarna {day.isoformat()} summerar till "
                            f"{as_written(total)} %, inte 100 (±{as_written(SHARE_SUM_TOLERANCE)})",
                            line, "andel_procent")


def _validate_kommunbidrag(frame: pd.DataFrame, locate) -> None:
    """As every kommunbidrag table (budget.validate_kommunbidrag_rows); and a kommun's
    budget for a year, ursprunglig_budget + tillagg (a cut), where stated, is not negative:
    it is the budgetandel key, and a share below 0 is no share."""
    budget.validate_kommunbidrag_rows(frame, locate)
    refuse_outcome_rows(frame, locate)
    rows = frame[frame["measure"].isin(("budget", "ursprunglig_budget", "tillagg"))]
    for (year, kommun), part in rows.groupby(["year", "kommun"], sort=False):
        stated = part[part["measure"] != "tillagg"]["belopp"].notna().any()  # else missing
        total = float(part["belopp"].astype(float).fillna(0).sum())
        if stated and total < 0:
            file, line = locate(part["belopp"].astype(float).idxmin())
            raise DataError(file, f"kommunbidraget {year} för {kommun} är negativt "
                            f"({fmt_number(total)} tkr); det är budgetandelens nyckel och en "
                            "kommuns andel kan inte vara under 0", line, "belopp")


def refuse_outcome_rows(frame: pd.DataFrame, locate) -> None:
    """A kommun's kommunbidrag is its budget: an `utfall` or `prognos` row would be read
    into nothing (the committee's lies in driftredovisning.csv), so it is bad input."""
    for i, measure in frame["measure"].items():
        if measure in ("utfall", "prognos"):
            file, line = locate(i)
            raise DataError(file, f"{measure} läses inte här (raden skulle inte synas "
                            "någonstans): tabellen håller kommunens budget (budget, eller "
                            "ursprunglig_budget och tillagg); nämndens kommunbidrag i "
                            f"{measure} står i driftredovisning.csv", line, "measure")


def _validate_fund(frame: pd.DataFrame, locate) -> None:
    """A decision has a state (förslag/beslutat) and a state has a decision."""
    for i, row in frame.iterrows():
        if is_missing(row["beslut"]) != is_missing(row["status"]):
            file, line = locate(i)
            column = "status" if is_missing(row["status"]) else "beslut"
            raise DataError(file, "beslut och status hör ihop (fyll i båda eller ingen)", line,
                            column)


TABLES = (
    Table("befolkning",
          (Column("key_date", "date"),
           Column("kommun", ref="kommuner.kommun"),
           Column("invanare", "int", nullable=True, min=1),
           Column("andel_procent", "number", nullable=True, min=0, max=100),
           Column("source")),
          key=("key_date", "kommun"),
          validate=_validate_befolkning),
    Table("kommunbidrag_kommun",
          budget.amount_columns(Column("kommun", ref="kommuner.kommun")),
          key=("year", "period", "measure", "kommun"),
          validate=_validate_kommunbidrag),
    Table("resultatfond",
          (Column("year", "year"),
           Column("kommun", ref="kommuner.kommun"),
           Column("ib", "number", nullable=True),
           Column("beslut", nullable=True, choices=DECISIONS),
           Column("status", nullable=True, choices=DECISION_STATES),
           Column("source", nullable=True)),
          key=("year", "kommun"),
          validate=_validate_fund),
)


def refuse_the_total_printed_twice(published: pd.DataFrame, locations, period,
                                   total_label: str) -> None:
    """A printed total of a year and measure is one row: post "Summa" and post the total
    row's own label both given is bad input, never one of them kept silently."""
    rows = published_rows(published, period, SECTION)
    rows = rows[rows["post"].isin([TOTAL_POST, total_label])]
    for _, part in rows.groupby(["year", "measure"], sort=False):
        if len(part) > 1:
            file, line = locations.loc[part.index[1]] if locations is not None else \
                ("published.csv", None)
            raise DataError(file, f"{part['post'].iloc[1]} och {part['post'].iloc[0]} är samma "
                            f"rad (summan) för {part['measure'].iloc[0]} {part['year'].iloc[0]}; "
                            "ange summan en gång", None if line is None else int(line), "post")
