"""Financing models (issue 14, notebook 80): how each member would pay under another model.

Rules:
- A year's joint net cost splits into pools by the joint kostnadsställen (those without a
  kommun in kostnadsstallen.csv); kommunspecifika costs stay with their kommun. A closed
  year's pools are those of record; the difference to the joint net cost of record goes
  to the largest pool. The report's own open year uses the latest prognos.
- A driver is a quantity per kommun and year: befolkning (the key of year Y, population
  (Y−2)-11-01), budgetandel (budget year Y), lika, fast (percent from params), or a driver
  of data/fordelningsnycklar.csv (a count for budget year Y uses year Y−1). A missing
  driver year is missing ("uppgift saknas"), never a number.
- A model maps each pool to a driver, optionally with a grundavgift (a percent of every
  pool split equally). Shares round like keys (allocation.round_shares). Amounts are
  unrounded and shown once, balanced by largest remainder so that rows add up; the
  first model is the current one, and differences are between shown amounts.
- In a closed year the current model's cost per kommun is the cost of record where the
  annual report has one (what the members paid, as page 02 shows it), also where no key
  of that year is in the data (2021, 2022). Where that record splits the same total as the
  current model's cost by the rule as shown, but otherwise (another key rounding), another
  model's cost is the record plus its own difference by the rule from the current model.
- Next year's budget = this year's budget per kontogrupp × (1 + uppräkning), split per
  kommun under each model with the latest key known.

`compare` is the one entry point for a set of models (the report and the workbench);
`inputs_for` extracts everything from the data once per period, so a caller that
recomputes often (the workbench) passes its cached inputs.

Modules by job: `schema` (the driver table), `inputs` (the models' inputs), `rules` (the
rules), `specs` (raw models typed, `typed_models`; models checked against the data,
`model_specs`), `results` (the one entry point), `tables` and `sentences` (the page),
`adapters` (the report context's models and results) and `report` (the area protocol).
This package re-exports their public names.
"""

from __future__ import annotations

from .adapters import models_for, report_inputs, report_results, results_for
from .inputs import (
    BudgetBase,
    Inputs,
    ModelError,
    YearCost,
    _check_driver_rows,
    inputs_for,
    joint_pools,
    pools_of_record,
    with_drivers,
)
from .params import PARAMS, FinancingModel
from .report import (
    checks,
    has_data,
    key_figures,
    model_checks,
    summary,
    summing_to_nettokostnad,
    validate_params,
)
from .results import (
    Results,
    compare,
    report_year,
    typed_driver,
    typed_values,
    typed_year_used,
)
from .rules import (
    CHANGE_COLUMN,
    UPPRAKNING_COLUMN,
    Model,
    balanced_amounts,
    compare_models,
    cumulative_difference,
    current_cost,
    deviation_shown,
    driver_weights,
    driver_year,
    missing_drivers,
    model_cost,
    model_shares,
    next_year_budget,
    next_year_split,
    pool_share,
    rate_column,
    uprated,
)
from .schema import (
    AREA,
    BUILTIN_DRIVERS,
    DRIVERS,
    TABLES,
    driver_member_checks,
    driver_names,
    driver_problem,
    members_without_a_value,
)
from .sentences import (
    _difference_words,
    andelar_as_used,
    driver_explanations,
    footnote_text,
    missing_lines,
    next_year_notes,
    no_figures_lines,
    partial_year_lines,
    summary_lines,
)
from .specs import (
    CURRENT_MODEL,
    MODEL_KEYS,
    _andelar,
    first_is_current,
    is_current,
    locator,
    model_specs,
    param_locator,
    param_models,
    param_upprakning,
    typed_models,
    upprakning_rates,
)
from .tables import (
    CUMULATIVE,
    DIFFERENCE,
    DRIVER_SV,
    basis_text,
    chart_frame,
    driver_label,
    formats,
    history_table,
    marked_current,
    measure_word,
    next_year_table,
    report_table,
    stands_for,
)

__all__ = [
    "PARAMS", "CHANGE_COLUMN", "UPPRAKNING_COLUMN", "rate_column",
    "_andelar", "_check_driver_rows", "driver_member_checks", "members_without_a_value", "_difference_words", "AREA", "balanced_amounts",
    "basis_text", "stands_for", "BudgetBase", "BUILTIN_DRIVERS", "chart_frame", "checks", "compare",
    "compare_models", "CUMULATIVE", "current_cost", "cumulative_difference", "CURRENT_MODEL", "FinancingModel", "deviation_shown",
    "DIFFERENCE", "andelar_as_used", "driver_explanations", "driver_label", "driver_names", "driver_problem",
    "DRIVER_SV", "DRIVERS",
    "driver_weights", "driver_year", "first_is_current", "footnote_text", "formats", "has_data", "history_table",
    "marked_current",
    "Inputs", "inputs_for", "is_current", "joint_pools", "key_figures", "measure_word", "missing_drivers",
    "missing_lines", "Model", "model_checks", "model_cost", "MODEL_KEYS", "model_shares",
    "model_specs", "ModelError", "models_for", "report_inputs", "next_year_budget", "next_year_notes", "no_figures_lines",
    "next_year_split", "next_year_table", "partial_year_lines", "locator", "param_locator", "param_models", "param_upprakning", "pool_share", "pools_of_record",
    "report_results", "report_table", "report_year", "Results", "results_for", "summary",
    "summary_lines", "summing_to_nettokostnad", "TABLES", "typed_driver", "typed_models", "typed_values", "typed_year_used", "upprakning_rates", "uprated", "validate_params",
    "with_drivers",
    "YearCost",
]
