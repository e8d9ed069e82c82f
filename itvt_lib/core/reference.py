"""Reference tables: member municipalities, account groups, cost centres, published figures.

Nothing in the suite names a kommun, a kontogrupp or a kostnadsställe: they come from here.
"""

from __future__ import annotations

import pandas as pd

from .loading import Column, Table

ROW_CLASSES = ("intakt", "kostnad", "kommunbidrag")

TABLES = (
    Table(
        "kommuner",
        (
            Column("kommun", doc="short name used as key in every other table"),
            Column("namn", doc="full name, e.g. Herrljunga kommun"),
            Column("huvudman", "bool", doc="ja for the host municipality"),
            Column("ordning", "int", min=1, doc="display order"),
        ),
        key=("kommun",),
        doc="The member municipalities of the joint committee.",
    ),
    Table(
        "kontogrupper",
        (
            Column("kontogrupp", doc="row of the operating statement"),
            Column("ordning", "int", min=1, doc="display order"),
            Column("typ", choices=ROW_CLASSES, doc="sign class: intakt (negative), "
                   "kostnad (positive) or kommunbidrag (positive)"),
        ),
        key=("kontogrupp",),
        doc="Rows of the operating statement (resultaträkning), their order and sign class.",
    ),
    Table(
        "kostnadsstallen",
        (
            Column("kostnadsstalle", doc="cost centre as named in the report"),
            Column("kommun", nullable=True, ref="kommuner.kommun",
                   doc="the kommun it belongs to; empty = joint (kommungemensam)"),
            Column("ordning", "int", min=1, doc="display order"),
        ),
        key=("kostnadsstalle",),
        doc="Cost centres (kostnadsställen), each joint or specific to one kommun.",
    ),
    Table(
        "published",
        (
            Column("source", doc="the document that printed the figure"),
            Column("report_period", "period", doc="period of that document"),
            Column("section", doc="the report table: driftredovisning, kostnadsstallen, "
                   "fordelning, ..."),
            Column("year", "year"),
            Column("measure", doc="column of that table: utfall, prognos, avvikelse, ..."),
            Column("post", doc="row of that table, as the report labels it"),
            Column("belopp", "number", doc="the figure as printed (tkr)"),
            Column("note", nullable=True, doc="why it differs"),
        ),
        key=("report_period", "section", "year", "measure", "post"),
        doc="Figures printed in earlier reports that are not of record, kept to be "
            "compared with the recomputed figure.",
    ),
)


def kommun_names(kommuner: pd.DataFrame) -> list[str]:
    """Member municipalities in display order."""
    return kommuner.sort_values("ordning")["kommun"].tolist()


def published_rows(published: pd.DataFrame, report_period, section: str) -> pd.DataFrame:
    """The published figures of one report section printed for `report_period`."""
    mask = (published["report_period"] == str(report_period)) & (published["section"] == section)
    return published[mask]
