"""financing_rules.typed_models and model_specs: each bad model in the parameters is one
line naming where it is, with a `reason` and `details` the workbench translates into
Swedish; the
inputs without driver tables, a pool without a row, and figures in the kommuner's order."""

from __future__ import annotations

import dataclasses
import math
import re

import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.core.periods import Period

KEYS = "name, driver, pools, grundavgift_procent, andelar"


@pytest.fixture(scope="module")
def inputs(dataset):
    return rules.inputs_for(dataset, Period(2024, 2))


@pytest.mark.parametrize(("raw", "message", "reason", "details"), [
    ([], "params: financing_models: ska vara en lista med minst en modell", "no_models", {}),
    (["Lika"], 'params: financing_models[1]: ska vara en mappning med "name" och "driver"',
     "not_a_model", {}),
    ([{"name": "A", "driver": "lika", "farg": "blå"}],
     f"params: financing_models[1].farg: okänd nyckel (kända: {KEYS})", "unknown_key", {}),
    ([{"name": "A", "driver": "lika"}, {"name": "A", "driver": "befolkning"}],
     "params: financing_models[2].name: namnet används två gånger", "name_twice", {"name": "A"}),
    ([{"driver": "lika"}], "params: financing_models[1].name: namnet saknas",
     "name_missing", {"name": None}),
    ([{"name": "A", "driver": "lika", "pools": ["IT Gemensamt"]}],
     "params: financing_models[1].pools: ska vara en mappning pool: driver", "not_a_model", {}),
    ([{"name": "A", "driver": "lika", "grundavgift_procent": 120}],
     "params: financing_models[1].grundavgift_procent: 120 ligger inte mellan 0 och 100",
     "grundavgift_range", {"value": 120.0}),
])
def test_bad_model_is_one_line_with_its_reason(inputs, raw, message, reason, details):
    with pytest.raises(rules.ModelError, match="^" + re.escape(message) + "$") as caught:
        rules.typed_models(raw)
    assert (caught.value.reason, caught.value.details) == (reason, details)


def test_unknown_driver_names_the_driver_and_the_known_ones(inputs):
    # Rule: the built-in drivers come first, then the data's driver tables.
    with pytest.raises(rules.ModelError) as caught:
        rules.model_specs(rules.typed_models([{"name": "A", "driver": "okänd"}]), inputs)
    message = str(caught.value)
    assert message.startswith('params: financing_models[1].driver: "okänd" är ingen '
                              "fördelningsgrund (befolkning, budgetandel, lika, fast")
    assert (caught.value.reason, caught.value.details) == ("unknown_driver", {"driver": "okänd"})


def test_the_source_names_the_file():
    with pytest.raises(rules.ModelError, match=r"^params/modeller\.yaml: financing_models: "):
        rules.typed_models([], source="params/modeller.yaml")


def test_a_pool_without_a_row_is_missing_for_its_year(dataset):
    """Rule: a pool (joint kostnadsställe) without a row for the year's measure is missing
    (NaN) in that year; the other pools keep their amounts. Månadsrapport per 2024-02-29:
    prognos IT Gemensamt 18 347 tkr (Telefonväxel's row left out)."""
    netto = dataset["kostnadsstalle_netto"]
    kept = netto[~((netto["year"] == 2024) & (netto["kostnadsstalle"] == "Telefonväxel"))]
    changed = dataclasses.replace(dataset, tables={**dataset.tables, "kostnadsstalle_netto": kept})
    year = next(y for y in rules.inputs_for(changed, Period(2024, 2)).years if y.year == 2024)
    assert year.pools["IT Gemensamt"] == 18347.0
    assert math.isnan(year.pools["Telefonväxel"])


def _without(dataset, name):
    return dataclasses.replace(dataset, tables={k: v for k, v in dataset.tables.items()
                                                if k != name})


def test_inputs_without_driver_tables_have_the_built_in_drivers_only(dataset):
    # Rule: fordelningsnycklar is optional; without it only befolkning and budgetandel
    # come from the data (the calls driver "samtal" comes from that table).
    result = rules.inputs_for(_without(dataset, "fordelningsnycklar"), Period(2024, 2))
    assert sorted(result.weights) == ["befolkning", "budgetandel"]


def test_per_kommun_figures_follow_the_kommun_order_not_the_row_order(dataset):
    """Rule: every per-kommun array is in the kommuner table's order (Herrljunga, Vårgårda),
    whatever the order of the rows. Förvaltningsberättelse 2023: nettokostnad of record
    11 603 / 14 827 tkr; Fördelning 2023: 9 510 / 12 176 invånare (1/11 2021)."""
    reversed_rows = {name: dataset[name].iloc[::-1].reset_index(drop=True)
                     for name in ("bokslut_totaler", "befolkning")}
    changed = dataclasses.replace(dataset, tables={**dataset.tables, **reversed_rows})
    result = rules.inputs_for(changed, Period(2024, 2))
    year_2023 = next(y for y in result.years if y.year == 2023)
    assert year_2023.cost_of_record.tolist() == [11603.0, 14827.0]
    assert result.weights["befolkning"][2023].tolist() == [9510.0, 12176.0]
