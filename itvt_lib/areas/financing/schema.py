"""The financing area's name and input table (fordelningsnycklar: drivers per kommun and
year) and its validator.
"""

from __future__ import annotations

import pandas as pd

from ...core.errors import DataError
from ...core.loading import Column, Table

AREA = "Finansieringsmodell"


BUILTIN_DRIVERS = ("befolkning", "budgetandel", "lika", "fast")


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
