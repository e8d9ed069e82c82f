"""A kostnadsställe of kostnadsstallen.csv without a row in a year that has rows (a new
kostnadsställe added before its figures) is missing, as page 01's kostnadsställe table
shows it: never 0 in the joint cost or a kommun's kommunspecifika on page 02, nor in the
financing models' costs on page 80. A year without any kostnadsställe row keeps its own
rule (a closed year at its cost of record)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from itvt_lib import areas
from itvt_lib.areas import allocation
from itvt_lib.areas.financing.adapters import results_for

CENTRES = pd.DataFrame({"kostnadsstalle": ["Gemensamt", "Växel", "Eget A", "Eget B"],
                        "kommun": [None, None, "A", "B"], "ordning": [1, 2, 3, 4]})


@pytest.mark.parametrize(("items", "expected_joint", "expected_specific"), [
    ({"Gemensamt": 100.0, "Växel": 10.0, "Eget A": 5.0, "Eget B": 0.0}, 110.0, [5.0, 0.0]),
    ({"Gemensamt": 100.0, "Eget A": 5.0, "Eget B": 0.0}, math.nan, [5.0, 0.0]),
    ({"Gemensamt": 100.0, "Växel": 10.0, "Eget B": 0.0}, 110.0, [math.nan, 0.0]),
    ({}, math.nan, [0.0, 0.0]),
])
def test_split_net_cost_with_a_centre_without_a_row(items, expected_joint, expected_specific):
    joint, specific = allocation.split_net_cost(pd.Series(items, dtype="float64"), CENTRES,
                                                ["A", "B"])
    expected = pd.Series(expected_specific, index=["A", "B"], dtype="float64")
    assert (math.isnan(joint) and math.isnan(expected_joint)) or joint == expected_joint
    pd.testing.assert_series_equal(specific, expected)


def test_a_new_kommunspecifik_centre_without_rows_leaves_the_costs_missing(data_dir, params):
    with (data_dir / "kostnadsstallen.csv").open("a", encoding="utf-8") as out:
        out.write("Skola Herrljunga,Herrljunga,5\n")
    ctx = areas.open_report("2024-02", data_dir=data_dir, params_dir=params)
    result = allocation.allocation_for(ctx)
    assert result.loc["Herrljunga"].isna().any()
    costs = results_for(ctx).comparison
    result = costs.loc[costs["År"] == 2024, "Kostnad"]
    assert not result.empty and result.isna().all()
