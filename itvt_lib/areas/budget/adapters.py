"""The operating budget's context adapters: each rule applied to a report context
(`*_for(ctx)`, the data as reported), in one place. Notebooks 01 and 08, the report
protocol (`report`) and the other areas call these.
"""

from __future__ import annotations

import pandas as pd

from ...core.ledger import DRIFT as REPORTED_DRIFT
from ...core.ledger import NETTO as REPORTED_NETTO
from .amounts import of_record
from .forecast import forecast_chart_frame, forecast_history, last_forecast
from .published import differing_published, with_published
from .statement import (
    NETTOKOSTNAD,
    RESULTAT,
    budget_outcome_labels,
    kostnadsstalle_statement,
    kostnadsstalle_sums,
    operating_statement,
    record_columns,
    statement_columns,
    statement_layout,
    statement_sums,
    total_label,
    unsummed_note,
)


def drift_for(dataset) -> pd.DataFrame:
    """driftredovisning as reported: where the ledger has a year's December, its utfall
    wins over the typed one (read and mapped at load, core.ledger)."""
    return dataset.tables.get(REPORTED_DRIFT, dataset["driftredovisning"])


def netto_for(dataset) -> pd.DataFrame:
    """kostnadsstalle_netto as reported (the ledger's year-end utfall wins, as above)."""
    return dataset.tables.get(REPORTED_NETTO, dataset["kostnadsstalle_netto"])


def statement_for(ctx, recomputed: bool = False) -> pd.DataFrame:
    """The resultaträkning for the context's period (computed once per report; each caller
    gets its own copy)."""
    ds = ctx.dataset
    return ctx.memo(f"budget.statement.{recomputed}", lambda: operating_statement(
        drift_for(ds), ds["kontogrupper"], ds["bokslut_totaler"], ctx.period,
        recomputed)).copy()


def statement_display_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The resultaträkning as shown: each figure the period's report printed otherwise
    beside the computed one, marked, and the footnotes explaining the marks and any sum
    row its rows as shown do not add up to (`unsummed_note`)."""
    statement = statement_for(ctx)
    differing = differing_published(ctx.dataset["published"], ctx.period, "driftredovisning",
                                    statement, statement_columns(ctx.period), ctx.tolerance)
    shown, notes = with_published(statement, differing)
    sums = statement_sums(statement_layout(ctx.dataset["kontogrupper"]),
                          list(statement.columns), statement_columns(ctx.period)[-1].label)
    return shown, notes + unsummed_note(statement, sums, record_columns(
        ctx.dataset["bokslut_totaler"], ctx.period))


def kostnadsstallen_for(ctx) -> pd.DataFrame:
    """The kostnadsställe table for the context's period."""
    ds = ctx.dataset
    return kostnadsstalle_statement(netto_for(ds), ds["kostnadsstallen"],
                                 ds["bokslut_totaler"], ctx.period, total_label(ctx.params))


PRINTED_TOTAL = "Summa verksamhet"  # the kostnadsställe table's total row as the report prints it


def kostnadsstallen_differing_for(ctx) -> pd.DataFrame:
    """The kostnadsställe figures the period's report printed otherwise than shown."""
    return differing_published(ctx.dataset["published"], ctx.period, "kostnadsstallen",
                               kostnadsstallen_for(ctx), statement_columns(ctx.period),
                               ctx.tolerance, {PRINTED_TOTAL: total_label(ctx.params)})


def kostnadsstallen_display_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The kostnadsställe table as shown: each figure the report printed otherwise beside
    the computed one, marked, and the footnotes explaining the marks and any sum row its
    rows as shown do not add up to (`unsummed_note`)."""
    table = kostnadsstallen_for(ctx)
    shown, notes = with_published(table, kostnadsstallen_differing_for(ctx))
    return shown, notes + unsummed_note(table, kostnadsstalle_sums(table, total_label(ctx.params)),
                                        record_columns(ctx.dataset["bokslut_totaler"], ctx.period))


def result_for(ctx) -> tuple[float, float]:
    """(resultat, nettokostnad) of the period's prognos, or utfall at year end."""
    table = statement_for(ctx)
    _, outcome_label = budget_outcome_labels(ctx.period)
    return float(table.loc[RESULTAT, outcome_label]), float(table.loc[NETTOKOSTNAD, outcome_label])


def forecast_history_for(ctx) -> pd.DataFrame:
    """The forecast history of the context's year, up to its period."""
    ds = ctx.dataset
    return forecast_history(drift_for(ds), ds["kontogrupper"], ds["bokslut_totaler"], ctx.period)


def forecast_chart_for(ctx, history: pd.DataFrame) -> pd.DataFrame:
    """The chart frame of `forecast_chart_frame` for the context's year."""
    ds = ctx.dataset
    return forecast_chart_frame(history, drift_for(ds), ds["kontogrupper"], ctx.period.year)


def last_forecast_for(ctx) -> tuple[float, float] | None:
    """(last forecast's resultat, utfall better by) of record for the report's year at year
    end, or None when the annual report states none."""
    table = ctx.dataset["sista_prognos"]
    row = table[table["year"] == ctx.period.year]
    record = of_record(ctx.dataset["bokslut_totaler"], ctx.period.year)
    if not ctx.period.is_year_end or row.empty or "resultat" not in record:
        return None
    better = float(row["utfall_battre_tkr"].iloc[0])
    return last_forecast(record["resultat"], better), better
