"""Operating budget vs forecast and outcome (driftredovisning).

Sign convention (docs/ARCHITECTURE.md): income is negative, costs positive; nettokostnad = income +
costs; kommunbidrag positive; resultat = kommunbidrag − nettokostnad. Avvikelse is
positive when better than budget: budget − outcome for income, cost and net-cost rows,
outcome − budget for kommunbidrag and resultat. Budget = ursprunglig budget + tillägg.
A closed year's published totals are of record: shown, and checked against line items.

Modules by job: `schema` (the input tables), `amounts` (picking amounts), `statement`
(the resultaträkning and the kostnadsställe table), `published` (printed figures vs
computed), `forecast` (the forecast history), `adapters` (the rules applied to a report
context) and `report` (the area protocol). This package re-exports their public names.
"""

from __future__ import annotations

from .adapters import (
    PRINTED_TOTAL,
    drift_for,
    forecast_chart_for,
    forecast_history_for,
    kostnadsstallen_differing_for,
    kostnadsstallen_display_for,
    kostnadsstallen_for,
    last_forecast_for,
    netto_for,
    result_for,
    statement_display_for,
    statement_for,
)
from .amounts import (
    amounts,
    budget_amounts,
    forecasts_without_budget,
    forecasts_without_statement,
    measure_amounts,
    of_record,
    outcome_amounts,
    reportable_periods,
)
from .forecast import (
    FORECAST_COLUMNS,
    forecast_chart_frame,
    forecast_formats,
    forecast_history,
    forecast_history_table,
    forecast_sentence,
    last_forecast,
    shown_changes,
)
from .params import PARAMS
from .published import (
    MEASURE_SV,
    PUBLISHED_SUFFIX,
    ROUNDING_NOTE,
    differing_published,
    published_checks,
    with_published,
)
from .published_notes import note_checks
from .report import (
    _change_sentence,
    _driver_sentence,
    _frame_sentence,
    _line_count,
    _result_sentence,
    checks,
    frame_change,
    has_data,
    key_figures,
    printed_deviation,
    result_kind,
    summary,
    validate_params,
    validate_period,
)
from .schema import (
    AREA,
    MAX_TKR,
    MEASURES,
    POSTS,
    TABLES,
    amount_columns,
    check_kommunbidrag_sign,
    negative_kommunbidrag,
    validate_amount_rows,
    validate_kommunbidrag_rows,
)
from .statement import (
    DEFAULT_TOTAL_LABEL,
    GEMENSAMMA,
    NETTOKOSTNAD,
    RESULTAT,
    SUMMA_INTAKTER,
    SUMMA_KOSTNADER,
    TOTAL_POST,
    StatementColumn,
    apply_of_record,
    avvikelse,
    budget_outcome_labels,
    budget_vs_outcome,
    check_kontogrupp_names,
    check_kostnadsstalle_names,
    has_split,
    kostnadsstalle_statement,
    kostnadsstalle_total_labels,
    line_items,
    operating_statement,
    reads_as_varav_row,
    row_twin,
    shown_avvikelse,
    statement_columns,
    statement_layout,
    total_label,
    with_totals,
)

__all__ = [
    "PARAMS",
    "_change_sentence", "_driver_sentence", "_frame_sentence", "frame_change", "_line_count", "_result_sentence", "amount_columns",
    "amounts", "apply_of_record", "AREA", "avvikelse", "shown_avvikelse", "budget_amounts",
    "budget_outcome_labels", "budget_vs_outcome", "checks", "kostnadsstalle_statement",
    "kostnadsstalle_total_labels", "kostnadsstallen_for", "DEFAULT_TOTAL_LABEL",
    "PRINTED_TOTAL", "ROUNDING_NOTE", "differing_published", "kostnadsstallen_differing_for",
    "kostnadsstallen_display_for", "drift_for", "forecast_chart_for", "forecast_chart_frame",
    "FORECAST_COLUMNS", "forecast_formats", "forecast_history", "forecast_history_for",
    "forecast_history_table", "forecast_sentence", "shown_changes", "GEMENSAMMA", "has_data", "has_split",
    "key_figures", "last_forecast", "last_forecast_for", "line_items", "MAX_TKR",
    "measure_amounts", "MEASURE_SV", "MEASURES", "netto_for", "NETTOKOSTNAD", "of_record",
    "operating_statement", "outcome_amounts", "POSTS", "published_checks", "note_checks", "PUBLISHED_SUFFIX",
    "forecasts_without_budget", "forecasts_without_statement", "reportable_periods",
    "result_for", "result_kind", "RESULTAT", "printed_deviation", "statement_columns",
    "statement_display_for", "statement_for", "statement_layout", "StatementColumn",
    "SUMMA_INTAKTER", "SUMMA_KOSTNADER", "summary", "TABLES", "total_label", "TOTAL_POST", "validate_params", "row_twin",
    "check_kontogrupp_names", "check_kostnadsstalle_names", "reads_as_varav_row",
    "check_kommunbidrag_sign", "negative_kommunbidrag", "validate_amount_rows",
    "validate_kommunbidrag_rows", "validate_period", "with_published", "with_totals",
]
