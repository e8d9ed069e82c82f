"""A kommun's kommunspecifika cost missing (an empty cell in data) leaves the year's costs
missing for every kommun and every model: never read as 0, never balanced without it,
and never read as a member that had not joined (the current model alone with a line about
the bokslut). The same for next year's budget split. Members A, B, C: TEST data."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from financing_test_data import NAN, inputs3

from itvt_lib.areas import financing as rules

MODELS = [{"name": "Nuvarande", "driver": "befolkning"}, {"name": "Lika", "driver": "lika"}]


def _with_specific(specific) -> rules.Inputs:
    base = inputs3()
    year = dataclasses.replace(base.years[0], specific=np.array(specific))
    return dataclasses.replace(base, years=(year,),
                               base=dataclasses.replace(base.base, specific=np.array(specific)))


@pytest.mark.parametrize("specific", [[0.0, NAN, 10.0], [NAN, NAN, NAN]])
def test_every_kommuns_cost_is_missing(specific):
    inputs = _with_specific(specific)
    models = rules.model_specs(rules.typed_models(MODELS), inputs)
    table = rules.compare_models(inputs, models)
    result = table[["Kostnad", "Avvikelse", "Skillnad mot nuvarande modell"]]
    assert result.isna().all().all()
    found = rules.Results(inputs, models, table, None, None, 1)
    assert rules.partial_year_lines(found, [2024]) == []


@pytest.mark.parametrize("specific", [[0.0, NAN, 10.0], [NAN, NAN, NAN]])
def test_next_years_split_is_missing(specific):
    inputs = _with_specific(specific)
    models = rules.model_specs(rules.typed_models(MODELS), inputs)
    result = rules.next_year_split(inputs, models, inputs.base.pools, inputs.base.specific,
                                   2025)["Budget 2025"]
    assert result.isna().all()


def test_known_kommunspecifika_are_still_split():
    inputs = _with_specific([0.0, 0.0, 10.0])
    models = rules.model_specs(rules.typed_models(MODELS), inputs)
    result = rules.compare_models(inputs, models)["Kostnad"]
    assert result.notna().all() and result.sum() == 2 * 700.0
