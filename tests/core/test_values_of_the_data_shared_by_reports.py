"""Values of the data alone (the financing models' inputs, the investment project lines) are
computed once per dataset and period and shared by every report on that dataset; another
dataset or another period computes its own."""

import pandas as pd

from itvt_lib.areas import open_report
from itvt_lib.areas.financing.adapters import report_inputs
from itvt_lib.areas.investments import lines_for
from tests.conftest import with_tables


def test_two_reports_on_one_dataset_share_the_models_inputs(dataset):
    first = open_report("2024-02", dataset=dataset)
    second = open_report("2024-02", dataset=dataset)

    assert report_inputs(second) is report_inputs(first)


def test_another_period_of_the_same_dataset_has_its_own_inputs(dataset):
    result = report_inputs(open_report("2023-12", dataset=dataset))
    expected = report_inputs(open_report("2024-02", dataset=dataset))

    assert result is not expected
    assert result.years != expected.years


def test_a_dataset_with_a_changed_table_computes_its_own_inputs(ctx_2024):
    befolkning = ctx_2024.dataset["befolkning"].copy()
    befolkning["invanare"] = befolkning["invanare"] * 2 + \
        (befolkning["kommun"] == befolkning["kommun"].iloc[0]) * 1000
    changed = with_tables(ctx_2024, befolkning=befolkning)

    result = report_inputs(changed)

    assert result is not report_inputs(ctx_2024)
    assert any((result.weights["befolkning"][y] != report_inputs(ctx_2024).weights[
        "befolkning"][y]).any() for y in result.weights["befolkning"])


def test_each_caller_of_the_project_lines_gets_its_own_copy(ctx_2024):
    first = lines_for(ctx_2024)
    first.iloc[:, 0] = -1.0

    result = lines_for(ctx_2024)

    assert not (result.iloc[:, 0] == -1.0).all()
    pd.testing.assert_index_equal(result.index, first.index)
