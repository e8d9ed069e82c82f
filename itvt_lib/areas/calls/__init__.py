"""Service desk and switchboard: call and ticket metrics (docs/ARCHITECTURE.md, "Service desk and
switchboard", "Periods").

Every row carries an explicit date range (from_date, to_date). A row belongs to the report
of period P when its range ends inside P's year, on or before P's last day; several
ranges may belong to one period (the source shows a Q4 row and a year row side by side).
Where one figure per period is needed, the *main range* is used: the range that ends
last, and of those the longest.

Rates are shares of inkommande; inkommande = besvarade + missade + overflow vid öppet +
overflow vid stängt (Telenor OneX). Svarsprocent (växel) = besvarade / inkommande, shown
in whole percent. Durations are seconds (parsed once by io, kind "duration").
Missing figures stay NaN and are shown as missing, never as zero.

Modules by job: `schema` (the input tables), `ranges` (periods and date ranges),
`figures` (shared counts, shares and definitions), `onex` (the service desk), `nilex`
(tickets), `vaxel` (the switchboard), `adapters` (the rows and tables of a report
context) and `report` (the area protocol). This package re-exports their public names.
"""

from __future__ import annotations

from .adapters import (
    nilex_for,
    onex_for,
    tickets_for,
    vaxel_by_kommun_for,
    vaxel_by_kommun_span,
    vaxel_for,
    vaxel_platforms_for,
)
from .figures import (
    COUNT_TOLERANCE,
    DEFINITIONS,
    TOTAL,
    as_numbers,
    definitions_table,
    share_of,
    sum_or_missing,
)
from .nilex import (
    matrix_with_totals,
    record_totals,
    ticket_matrix,
    ticket_shares,
    tickets_by_channel,
)
from .onex import (
    ONEX_COUNTS,
    ONEX_DURATIONS,
    ONEX_FORMATS,
    ONEX_HEADINGS,
    ONEX_PARTS,
    OUTCOME_HEADINGS,
    RATE_FORMATS,
    RATE_HEADINGS,
    main_onex_row,
    onex_notes,
    onex_parts_sum,
    onex_rate_table,
    onex_rates,
    onex_table,
    outcome_shares,
    scaled_copies,
    year_quarter_pairs,
)
from .params import PARAMS
from .ranges import (
    QUARTERS_SV,
    belongs_to,
    in_range,
    is_year,
    main_range,
    quarter_of,
    range_sv,
    range_text,
    rows_for,
    within,
)
from .report import checks, has_data, key_figures, summary
from .schema import AREA, SERVICE_LEVELS, TABLES, _count, _percent, _range_columns
from .vaxel import (
    calls_within,
    kommun_rows,
    platform_calls,
    service_level_curve,
    svarsprocent,
    vaxel_comparison,
    vaxel_measure_kinds,
    vaxel_values,
    wait_notes,
)

__all__ = [
    "PARAMS",
    "_count", "_percent", "_range_columns", "AREA", "as_numbers", "belongs_to", "calls_within",
    "checks", "COUNT_TOLERANCE", "DEFINITIONS", "definitions_table", "has_data", "in_range",
    "is_year", "key_figures", "kommun_rows", "main_onex_row", "main_range",
    "matrix_with_totals", "nilex_for", "ONEX_COUNTS", "ONEX_DURATIONS", "onex_for",
    "ONEX_FORMATS", "ONEX_HEADINGS", "onex_notes", "ONEX_PARTS", "onex_parts_sum",
    "onex_rate_table", "onex_rates", "onex_table", "OUTCOME_HEADINGS", "outcome_shares",
    "platform_calls", "quarter_of", "QUARTERS_SV", "range_sv", "range_text", "RATE_FORMATS",
    "RATE_HEADINGS", "record_totals", "rows_for", "scaled_copies", "service_level_curve",
    "SERVICE_LEVELS", "share_of", "sum_or_missing", "summary", "svarsprocent",
    "vaxel_comparison", "vaxel_measure_kinds", "vaxel_values", "vaxel_by_kommun_for", "vaxel_platforms_for", "vaxel_by_kommun_span", "TABLES", "ticket_matrix",
    "ticket_shares", "tickets_by_channel", "tickets_for", "TOTAL", "vaxel_for", "wait_notes",
    "within",
    "year_quarter_pairs",
]
