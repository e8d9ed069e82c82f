"""The financing area's name and input table (fordelningsnycklar: drivers per kommun and
year) and its validator.
"""

from __future__ import annotations

import pandas as pd

from ...core.checks import WARN, Check
from ...core.errors import DataError
from ...core.loading import Column, Table

AREA = "Finansieringsmodell"


BUILTIN_DRIVERS = ("befolkning", "budgetandel", "lika", "fast")

# The drivers' Swedish names: (name, what its values are, the heading of its value boxes,
# the input table holding it), for the pages, the memo and the app alike. The data's own
# drivers (fordelningsnycklar.driver) named here are those the committee's papers use; another
# is named by its code in quotes.
DRIVERS = {
    "befolkning": ("Befolkning", "befolkningen per kommun", "Antal invånare per kommun",
                   "befolkning"),
    "budgetandel": ("Budgetandel", "kommunbidraget per kommun",
                    "Kommunbidrag per kommun (tkr)", "kommunbidrag_kommun"),
    "lika": ("Lika delar", "", "", ""),
    "fast": ("Fasta andelar", "fasta andelar per kommun", "Fasta andelar per kommun (%)", ""),
    "samtal": ("Samtal till växeln", "växelns samtal per kommun",
               "Antal samtal till växeln per kommun", "fordelningsnycklar"),
    "anvandare": ("Användare", "antalet användare per kommun", "Antal användare per kommun",
                  "fordelningsnycklar"),
    "datorer": ("Datorer", "antalet datorer per kommun", "Antal datorer per kommun",
                "fordelningsnycklar"),
    "anstallda": ("Anställda", "antalet anställda per kommun", "Antal anställda per kommun",
                  "fordelningsnycklar"),
}


def driver_names(driver: str) -> tuple[str, str, str, str]:
    """A driver's (name, what its values are, heading of its values, input table): from
    DRIVERS, else its code in quotes ("Fördelningsnyckel ”x”")."""
    return DRIVERS.get(driver, (f"Fördelningsnyckel ”{driver}”", f"värdena för ”{driver}”",
                                f"Värden för ”{driver}” per kommun", "fordelningsnycklar"))


def driver_problem(frame: pd.DataFrame):
    """The first problem of driver rows (driver, year, kommun, value) as (row label,
    column, message), or None: a driver is not named like a built-in one, and its values
    per year sum above zero."""
    for i, name in frame["driver"].items():
        if name in BUILTIN_DRIVERS:
            return i, "driver", f'"{name}" är en inbyggd fördelningsgrund; ge din ett annat namn'
    for (name, year), rows in frame.groupby(["driver", "year"], sort=False):
        if float(rows["value"].sum()) <= 0:
            return rows.index[-1], "value", f"värdena för {name} {year} summerar till noll"
    return None


def _validate_drivers(frame: pd.DataFrame, locate) -> None:
    """The driver table passes `driver_problem` (else DataError)."""
    problem = driver_problem(frame)
    if problem is not None:
        label, column, message = problem
        file, line = locate(label)
        raise DataError(file, message, line, column)


def members_without_a_value(frame: pd.DataFrame, kommuner) -> list[tuple[int, str]]:
    """(last row of the driver and year, kommun) for each member a driver's year of
    fordelningsnycklar leaves out: a year is given for every kommun or not at all."""
    result = []
    for _, rows in frame.groupby(["driver", "year"], sort=False):
        given = set(rows["kommun"])
        result += [(rows.index[-1], k) for k in kommuner if k not in given]
    return result


def driver_member_checks(dataset) -> list[Check]:
    """A warning for each member a driver's year leaves out (`members_without_a_value`),
    naming the file and line: that year of the driver is missing for every model."""
    if "fordelningsnycklar" not in dataset:
        return []
    frame = dataset["fordelningsnycklar"]
    result = []
    for label, kommun in members_without_a_value(frame, list(dataset["kommuner"]["kommun"])):
        file, line = dataset.locate("fordelningsnycklar", label)
        name, year = frame.loc[label, "driver"], frame.loc[label, "year"]
        result.append(Check(
            AREA, f"{name} {year}: ett värde för varje kommun", "finns", f"saknas för {kommun}",
            0, WARN, f"{file}:{line}: {name} {year} saknar en rad för {kommun}, så året räknas "
            f"som saknat i alla modeller; lägg till raden (- för noll)"))
    return result


TABLES = (
    Table("fordelningsnycklar",
          (Column("driver"),
           Column("year", "year"),
           Column("kommun", ref="kommuner.kommun"),
           Column("value", "number", min=0),
           Column("source")),
          key=("driver", "year", "kommun"), optional=True,
          validate=_validate_drivers),
)
