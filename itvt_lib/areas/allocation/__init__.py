"""Allocation of the joint costs between the member municipalities (docs/ARCHITECTURE.md,
"Layers").

Rules:
- The key for year Y is the population on (Y−2)-11-01 (counts, or the shares the source
  states when it gives no counts). Every key is a stated percentage: shares are rounded to
  `share_decimals` decimals of a percent (default 1) and balanced by largest remainder so
  that the rounded shares of any number of members sum to exactly 100 %.
- Each kommun pays its own kommunbidrag (its budget); its cost is joint net cost × share +
  its kommunspecifika costs (cost centres that carry its kommun).
- Budget share = kommun budget / total budget; budget = ursprunglig budget + tillägg.
- Drift (avvikelse per kommun) = kommun budget − allocated cost: positive is better than
  budget, as everywhere in the suite. It is also the kommun's result for the year.
- A closed year's per-kommun nettokostnad and resultat are of record: shown, and checked
  against the recomputed figures (a difference within tolerance is an avrundningsdifferens).
- Surplus/deficit: UB = IB + årets resultat; a write-off (avskrivning) sets next year's IB
  to 0, a transfer (överföring, the agreement's default) carries the UB forward.
- Other financing models (pools, drivers, grundavgift) are compared in `financing`.

Modules by job: `schema` (the input tables), `key` (the key and shares), `amounts`
(amounts per kommun), `fund` (surplus and deficit), `tables` (display helpers),
`consistency` (the papers contradicting their own rules), `adapters` (the rules applied to a report context) and `report` (the area protocol).
This package re-exports their public names.
"""

from __future__ import annotations

from .adapters import (
    allocation_display_for,
    allocation_for,
    allocation_marked_for,
    allocation_record_columns,
    centres_marked_for,
    deviation_contradictions_for,
    differing_published_for,
    footnote_text,
    history_for,
    history_marked_for,
    joint_budget_shares_for,
    key_for,
    key_history,
    key_table_for,
    kommun_statement,
    kommuner_of,
    neutral_budget_for,
    printed_deviations_for,
    share_decimals,
    shares_for,
    shown_drift,
    statement_display_for,
    statement_marked_for,
    surplus_deficit_for,
    tillagg_by_key_for,
    tillagg_contradictions_for,
    tillagg_note_for,
    total_labels,
    unsummed_kommuner,
    year_results,
)
from .amounts import (
    allocate,
    allocation_table,
    drift,
    joint_budget_shares,
    kommun_budget,
    neutral_budget,
    record_by_kommun,
    split_net_cost,
)
from .consistency import (
    MARK,
    NOTE_COLUMN,
    TILLAGG_MARK,
    deviation_contradictions,
    deviation_differs,
    deviation_note,
    key_split,
    printed_deviations,
    tillagg_by_key,
    tillagg_contradictions,
    tillagg_differs,
    tillagg_note,
    with_marks,
)
from .fund import (
    DECISION_SV,
    assumption_text,
    decision_text,
    derived_opening_balance,
    surplus_deficit,
)
from .key import (
    KEY_DAY,
    KEY_LAG_YEARS,
    KEY_MONTH,
    SHARE_SUM_TOLERANCE,
    befolkning_key,
    budget_shares,
    equal_shares,
    has_key,
    key_date,
    key_label,
    key_rows,
    round_shares,
    round_to_total,
    shares_from_weights,
)
from .params import PARAMS
from .report import (
    checks,
    explanation,
    fund_notes_for,
    has_data,
    key_figures,
    published_checks,
    summary,
    validate_period,
)
from .schema import (
    AREA,
    DECISION_STATES,
    DECISIONS,
    SECTION,
    TABLES,
    TOTAL_POST,
    _validate_befolkning,
)
from .tables import (
    BUDGET_SHARE,
    FUND_TOTAL,
    JOINT_BUDGET_SHARE,
    KEY,
    KEY_TOTAL,
    PERCENT_LABELS,
    POINTS,
    SHARE,
    YEAR,
    history_chart_frame,
    share_formats,
    with_total,
    with_total_row,
)

__all__ = [
    "PARAMS",
    "_validate_befolkning", "allocate", "allocation_display_for", "allocation_for",
    "allocation_table", "AREA", "assumption_text", "BUDGET_SHARE", "budget_shares", "checks",
    "JOINT_BUDGET_SHARE",
    "DECISION_STATES", "DECISION_SV", "decision_text", "DECISIONS", "derived_opening_balance",
    "differing_published_for", "drift", "equal_shares", "explanation", "footnote_text",
    "fund_notes_for",
    "FUND_TOTAL", "has_data", "has_key", "history_chart_frame", "history_for", "KEY",
    "key_date", "KEY_DAY", "key_figures", "key_for", "key_history", "key_label",
    "KEY_LAG_YEARS", "KEY_MONTH", "key_rows", "key_table_for", "KEY_TOTAL", "kommun_budget",
    "kommun_statement", "kommuner_of", "neutral_budget", "neutral_budget_for", "PERCENT_LABELS",
    "POINTS", "befolkning_key", "published_checks", "record_by_kommun", "round_shares",
    "round_to_total", "SECTION", "SHARE", "share_decimals", "share_formats",
    "SHARE_SUM_TOLERANCE", "shares_for", "shares_from_weights", "shown_drift", "split_net_cost",
    "statement_display_for", "summary", "surplus_deficit", "surplus_deficit_for", "TABLES",
    "total_labels", "TOTAL_POST", "validate_period", "with_total", "with_total_row",
    "YEAR",
    "year_results", "allocation_marked_for", "centres_marked_for", "deviation_contradictions",
    "deviation_contradictions_for", "deviation_note", "key_split", "MARK", "NOTE_COLUMN",
    "statement_marked_for", "tillagg_contradictions", "tillagg_contradictions_for",
    "unsummed_kommuner", "allocation_record_columns",
    "tillagg_note", "tillagg_note_for", "with_marks", "printed_deviations",
    "printed_deviations_for", "tillagg_by_key", "tillagg_by_key_for",
    "deviation_differs", "tillagg_differs", "history_marked_for",
    "TILLAGG_MARK", "joint_budget_shares", "joint_budget_shares_for",
]
