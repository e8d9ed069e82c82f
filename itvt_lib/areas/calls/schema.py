"""The calls area's name and input tables (onex, nilex, nilex_totaler, vaxel,
vaxel_totaler), every row with an explicit date range, and their validators.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from ...core.errors import DataError
from ...core.formatting import as_written, fmt_duration, is_missing
from ...core.loading import Column, Table, require_ordered
from ...core.reference import row_twin
from ...core.settings import name_key
from .figures import TOTAL

AREA = "Samtal och ärenden"

SERVICE_LEVELS = (15, 30, 60, 120)  # seconds: the vaxel columns inom_<s>s


def _range_columns() -> tuple[Column, Column]:
    return (Column("from_date", "date"),
            Column("to_date", "date"))


def _check_ranges(frame: pd.DataFrame, locate) -> None:
    """from_date must not be after to_date."""
    require_ordered(frame, locate, "from_date", "to_date")


def _refuse_total_names(frame: pd.DataFrame, locate, columns) -> None:
    """No typ, kanal or plattform is named like the tables' total row, Totalt (`row_twin`):
    its row would stand beside the total, or be overwritten by it, under the same name."""
    for column in columns:
        for i, name in frame[column].items():
            if not is_missing(name) and row_twin(name, (TOTAL,)) is not None:
                file, line = locate(i)
                raise DataError(file, f'"{name}" är namnet på tabellens summarad {TOTAL}; '
                                "skriv ett annat namn (en publicerad summa hör hemma i "
                                "totaltabellen)", line, column)


def _validate_nilex(frame: pd.DataFrame, locate) -> None:
    """Date ranges in order; no typ or kanal named Totalt."""
    _check_ranges(frame, locate)
    _refuse_total_names(frame, locate, ("typ", "kanal"))


ONEX_PARTS = ("besvarade", "missade", "overflow_oppet", "overflow_stangt")


def _validate_onex(frame: pd.DataFrame, locate) -> None:
    """No part of the incoming calls (answered, missed, overflow) exceeds them, and the
    average wait is not longer than the longest (either would publish an impossible rate)."""
    _check_ranges(frame, locate)
    for i, row in frame.iterrows():
        total = row["inkommande"]
        for part in ONEX_PARTS:
            if not is_missing(total) and not is_missing(row[part]) and row[part] > total:
                file, line = locate(i)
                raise DataError(file, f"{row[part]} {part.replace('_', ' ')} är fler än "
                                f"{total} inkommande", line, part)
        mean, longest = row["genomsnittlig_kotid"], row["langsta_kotid"]
        if not is_missing(mean) and not is_missing(longest) and mean > longest:
            file, line = locate(i)
            raise DataError(file, f"den genomsnittliga kötiden {fmt_duration(mean)} är längre "
                            f"än den längsta, {fmt_duration(longest)}", line,
                            "genomsnittlig_kotid")


def _validate_nilex_totals(frame: pd.DataFrame, locate) -> None:
    """A total is for one typ (row total), one kanal (column total) or neither (grand total)."""
    _check_ranges(frame, locate)
    _refuse_total_names(frame, locate, ("typ", "kanal"))
    for i, row in frame.iterrows():
        if not is_missing(row["typ"]) and not is_missing(row["kanal"]):
            file, line = locate(i)
            raise DataError(file, "en summa anger typ eller kanal (eller ingen), inte båda; "
                            "enskilda celler hör hemma i nilex", line, "kanal")


VAXEL_PERCENTS = ("svarsprocent_publicerad", *(f"inom_{s}s" for s in SERVICE_LEVELS))


def share_typed_as_percent(value) -> bool:
    """A switchboard percent strictly between 0 and 1 is a share copied from Excel (0,69 = 69 %),
    or 0,69 %: two readings, and no switchboard answers under 1 % of its calls."""
    return not is_missing(value) and 0 < float(value) < 1


def _check_percent_scale(frame: pd.DataFrame, locate) -> None:
    """Every switchboard percent is written in percent (0–100), never as a share."""
    for i, row in frame.iterrows():
        for column in VAXEL_PERCENTS:
            if share_typed_as_percent(row[column]):
                file, line = locate(i)
                written = as_written(row[column])
                raise DataError(file, f"{written} kan läsas som {written} % eller som andelen "
                                f"{as_written(float(row[column]) * 100)} %; skriv procent (0–100)",
                                line, column)


def counted_twice(kommun, other_kommun) -> bool:
    """Two overlapping rows of one platform count the same calls when they name the same
    kommun, or when either names none (a row without kommun is the whole platform's)."""
    return is_missing(kommun) or is_missing(other_kommun) or kommun == other_kommun


def _validate_vaxel(frame: pd.DataFrame, locate) -> None:
    """Ranges of one platform (`name_key`: "teams" is "Teams") do not overlap for one
    kommun, nor a row without kommun with any (their calls are summed: `counted_twice`);
    every percent is in percent, not a share; the service level does not fall with a longer wait (inom 15 s ≤ … ≤ 120 s)."""
    _check_ranges(frame, locate)
    _refuse_total_names(frame, locate, ("plattform",))
    _check_percent_scale(frame, locate)
    seen: dict[str, list[tuple[date, date, object, int]]] = {}
    for i, row in frame.iterrows():
        kommun = None if is_missing(row["kommun"]) else row["kommun"]
        for start, end, other_kommun, other in seen.get(name_key(row["plattform"]), []):
            if row["from_date"] <= end and start <= row["to_date"] and \
                    counted_twice(kommun, other_kommun):
                file, line = locate(i)
                _, other_line = locate(other)
                why = ("samma kommun och plattform (samtalen skulle räknas två gånger)"
                       if kommun == other_kommun else "samma plattform; en rad utan kommun "
                       "är hela plattformens samtal, som skulle räknas två gånger")
                spelled = frame.at[other, "plattform"]
                if spelled != row["plattform"]:
                    why += f' ("{row["plattform"]}" är "{spelled}" skrivet på annat sätt)'
                raise DataError(file, f"perioden överlappar den på rad {other_line} för {why}",
                                line, "from_date")
        seen.setdefault(name_key(row["plattform"]), []).append(
            (row["from_date"], row["to_date"], kommun, i))
        levels = [(s, row[f"inom_{s}s"]) for s in SERVICE_LEVELS
                  if not is_missing(row[f"inom_{s}s"])]
        for (short, low), (long, high) in zip(levels, levels[1:], strict=False):
            if high < low:
                file, line = locate(i)
                raise DataError(file, f"{high:g} % inom {long} s är mindre än {low:g} % inom "
                                f"{short} s", line, f"inom_{long}s")


def _validate_vaxel_totals(frame: pd.DataFrame, locate) -> None:
    """Date ranges in order; no plattform named Totalt."""
    _check_ranges(frame, locate)
    _refuse_total_names(frame, locate, ("plattform",))


def _count(name: str) -> Column:
    """A count column: a whole number ≥ 0; empty = missing."""
    return Column(name, "int", nullable=True, min=0)


def _percent(name: str) -> Column:
    """A percent column 0–100; empty = missing."""
    return Column(name, "number", nullable=True, min=0, max=100)


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
          validate=_validate_onex),
    Table("nilex",
          (*_range_columns(),
           Column("typ"),
           Column("kanal"),
           _count("antal")),
          key=("from_date", "to_date", "typ", "kanal"),
          validate=_validate_nilex),
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
          optional=True, validate=_validate_vaxel_totals),
)
