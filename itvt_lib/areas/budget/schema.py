"""The operating budget's name and input tables (driftredovisning, kostnadsstalle_netto,
bokslut_totaler, sista_prognos): amount tables in tkr, long format by measure.
"""

from __future__ import annotations

import pandas as pd

from ...core.errors import DataError
from ...core.formatting import as_written, is_missing
from ...core.loading import Column, Table

AREA = "Driftredovisning"
MEASURES = ("utfall", "budget", "ursprunglig_budget", "tillagg", "prognos")
POSTS = ("summa_intakter", "summa_kostnader", "nettokostnad", "nettokostnad_gemensamma",
         "kommunbidrag", "resultat")


def validate_amount_rows(frame: pd.DataFrame, locate) -> None:
    """utfall and prognos belong to a period of their year; budgets to no period; a
    year's row has either its final budget (budget) or ursprunglig_budget and tillagg,
    never both (which one counts would be a guess), and so does the whole table's year
    (the budget is read as one kind per year: rows of the other kind would be ignored)."""
    for i, row in frame.iterrows():
        period, measure = row["period"], row["measure"]
        if measure in ("utfall", "prognos") and is_missing(period):
            file, line = locate(i)
            raise DataError(file, f"{measure} behöver perioden då den gjordes", line, "period")
        if measure not in ("utfall", "prognos") and not is_missing(period):
            file, line = locate(i)
            raise DataError(file, f"{measure} gäller hela året: lämna period tom",
                            line, "period")
        if not is_missing(period) and int(str(period)[:4]) != row["year"]:
            file, line = locate(i)
            raise DataError(file, f'"{period}" ligger inte i år {row["year"]}', line, "period")
    key = next(c for c in frame.columns if c not in ("year", "period", "measure", "belopp"))
    split = frame[frame["measure"].isin(("ursprunglig_budget", "tillagg"))].reset_index()
    final = frame[frame["measure"] == "budget"].reset_index()
    both = final.merge(split, on=["year", key], suffixes=("", "_split"))
    if not both.empty:
        row = both.iloc[0]
        (file, first), (_, second) = sorted([locate(row["index"]), locate(row["index_split"])],
                                            key=lambda where: where[1])
        raise DataError(file, f"budget och {row['measure_split']} {row['year']} för "
                        f"{row[key]} (rad {first}): ange antingen budget eller "
                        "ursprunglig_budget och tillagg", second, "measure")
    mixed = final.merge(split, on="year", suffixes=("", "_split"))
    if not mixed.empty:   # budget_amounts reads one kind per year: the other would be ignored
        row = mixed.iloc[0]
        (file, first), (_, second) = sorted([locate(row["index"]), locate(row["index_split"])],
                                            key=lambda where: where[1])
        raise DataError(file, f"budget {row['year']} för {row[key]} och "
                        f"{row['measure_split']} för {row[key + '_split']} (rad {first}): ett år "
                        "anges i hela tabellen antingen med budget eller med ursprunglig_budget "
                        "och tillagg", second, "measure")


def negative_kommunbidrag(measure: str, belopp) -> bool:
    """Kommunbidrag is written positive (income negative); only a tillägg (a cut) may be negative."""
    return measure != "tillagg" and not is_missing(belopp) and float(belopp) < 0


def refuse_negative_kommunbidrag(frame: pd.DataFrame, locate, rows=None) -> None:
    """A negative kommunbidrag (the sign of income, as some reports print it) is bad input:
    read as written it turns the resultat by twice the kommunbidrag."""
    rows = frame.index if rows is None else rows
    for i in rows:
        row = frame.loc[i]
        if negative_kommunbidrag(row["measure"], row["belopp"]):
            file, line = locate(i)
            raise DataError(file, f"kommunbidrag ({row['measure']}) {as_written(row['belopp'])} "
                            "är negativt; kommunbidraget skrivs positivt (intäkter negativt), "
                            "bara ett tillägg kan vara negativt", line, "belopp")


def validate_kommunbidrag_rows(frame: pd.DataFrame, locate) -> None:
    """The amount rows' rules, and every kommunbidrag positive but a tillägg."""
    validate_amount_rows(frame, locate)
    refuse_negative_kommunbidrag(frame, locate)


# The posts of record the annual report gives per kommun (any other would be read into nothing).
KOMMUN_POSTS = ("nettokostnad", "resultat")


def refuse_kommun_rows_read_into_nothing(frame: pd.DataFrame, locate) -> None:
    """A row with a kommun names a post of record per kommun (`KOMMUN_POSTS`)."""
    for i, row in frame.iterrows():
        if not is_missing(row["kommun"]) and row["post"] not in KOMMUN_POSTS:
            file, line = locate(i)
            raise DataError(file, f'{row["post"]} per kommun läses inte (per kommun läses '
                            f'{" och ".join(KOMMUN_POSTS)}); lämna kommun tom för nämndens '
                            "siffra", line, "kommun")


def validate_totals(frame: pd.DataFrame, locate) -> None:
    """The kommunbidrag of record is positive; a row per kommun is one that is read."""
    rows = frame.index[frame["post"] == "kommunbidrag"]
    refuse_negative_kommunbidrag(frame.assign(measure="bokslut"), locate, rows)
    refuse_kommun_rows_read_into_nothing(frame, locate)


def check_kommunbidrag_sign(dataset) -> None:
    """Every driftredovisning row of a kontogrupp of typ kommunbidrag is positive but a tillägg."""
    groups = dataset["kontogrupper"]
    kb = set(groups[groups["typ"] == "kommunbidrag"]["kontogrupp"])
    drift = dataset["driftredovisning"]
    rows = drift.index[drift["kontogrupp"].isin(kb)]
    refuse_negative_kommunbidrag(drift, lambda i: dataset.locate("driftredovisning", i), rows)


# A plausible amount in the operating statement (tkr): anything beyond is a typo.
MAX_TKR = 1e9


def amount_columns(key: Column) -> tuple[Column, ...]:
    """The columns of an amount table keyed by `key`: belopp in tkr, |belopp| ≤ 10⁹."""
    return (
        Column("year", "year"),
        Column("period", "period", nullable=True),
        Column("measure", choices=MEASURES),
        key,
        Column("belopp", "number", nullable=True, min=-MAX_TKR, max=MAX_TKR),
    )


TABLES = (
    Table("driftredovisning",
          amount_columns(Column("kontogrupp", ref="kontogrupper.kontogrupp")),
          key=("year", "period", "measure", "kontogrupp"),
          validate=validate_amount_rows),
    Table("kostnadsstalle_netto",
          amount_columns(Column("kostnadsstalle", ref="kostnadsstallen.kostnadsstalle")),
          key=("year", "period", "measure", "kostnadsstalle"),
          validate=validate_amount_rows),
    Table("bokslut_totaler",
          (Column("year", "year"), Column("post", choices=POSTS),
           Column("kommun", nullable=True, ref="kommuner.kommun"),
           Column("belopp", "number", min=-MAX_TKR, max=MAX_TKR)),
          key=("year", "post", "kommun"),
          validate=validate_totals),
    Table("sista_prognos",
          (Column("year", "year"),
           Column("utfall_battre_tkr", "number"),
           Column("kalla")),
          key=("year",)),
)
