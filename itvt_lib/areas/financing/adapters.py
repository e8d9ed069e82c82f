"""The financing area's context adapters: the report's models and results (computed once
per context), in one place. Notebook 80 and the report protocol (`report`) call these.
"""

from __future__ import annotations

from .inputs import Inputs, inputs_for
from .results import Results, compare
from .rules import Model
from .specs import model_specs, param_locator, param_models, param_upprakning


def report_inputs(ctx) -> Inputs:
    """The models' inputs for the report's data and period, extracted once for every
    report on the same dataset."""
    return ctx.of_data("financing.inputs", lambda: inputs_for(ctx.dataset, ctx.period))


def models_for(ctx, inputs: Inputs | None = None) -> list[Model]:
    """The report's models, validated."""
    inputs = inputs if inputs is not None else report_inputs(ctx)
    return model_specs(param_models(ctx.params), inputs, param_locator(ctx.params))


def results_for(ctx, inputs: Inputs | None = None) -> Results:
    """Models compared over every year, and next year's budget split, for the report
    (`inputs`: the period's, if the caller has them cached)."""
    inputs = inputs if inputs is not None else report_inputs(ctx)
    return compare(ctx.dataset, ctx.period, param_models(ctx.params),
                   param_upprakning(ctx.params), None, ctx.params.share_decimals, inputs,
                   source=param_locator(ctx.params))


def report_results(ctx) -> Results:
    """The report's financing results, computed once per context (`results_for`, kept in
    the context's own memo: no module state)."""
    return ctx.memo("financing.results", lambda: results_for(ctx))
