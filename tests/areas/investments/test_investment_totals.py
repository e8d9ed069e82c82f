"""Investments: the printed totals of the report year (or the year before), the total's
label, a year without a budget, checks of the report's own year only, and a printed kommun
without project lines.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from itvt_lib.areas import investments, open_report
from itvt_lib.core.errors import DataError
from itvt_lib.core.periods import Period


def _locate(i):
    return "data/investeringar_totaler.csv", i + 2


@pytest.mark.parametrize(("year", "report_period"), [
    (2024, "2024-02"),   # the report's own year
    (2023, "2024-02"),   # a closed year printed in the next year's report
    (2023, "2023-12"),
])
def test_printed_total_of_the_report_year_or_the_year_before_is_accepted(year, report_period):
    frame = pd.DataFrame({"year": [year], "report_period": [report_period]})
    assert investments._validate_totals(frame, _locate) is None


@pytest.mark.parametrize(("year", "report_period"), [(2022, "2024-02"), (2025, "2024-02")])
def test_printed_total_of_another_year_is_bad_input(year, report_period):
    # Rule: a printed total belongs to its report's year or the year before; any other
    # year is bad input naming file, line and column.
    frame = pd.DataFrame({"year": [2024, year], "report_period": ["2024-02", report_period]})
    with pytest.raises(DataError, match=f"år {year} redovisas inte i {report_period}") as err:
        investments._validate_totals(frame, _locate)
    assert "investeringar_totaler.csv:3" in str(err.value)


def test_total_label_without_a_parameter_is_totalt(params):
    # Rule: the total row's label is the params' text, "Totalt" when no params file sets it.
    defaults = params / "defaults.yaml"
    text = defaults.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if "total_bokslut:" in x)
    defaults.write_text(text.replace(line, ""), encoding="utf-8")
    ctx = open_report("2023-12", params_dir=params)
    assert investments.total_label(ctx) == "Totalt"
    assert investments.total_label(open_report("2023-12")) == "TOTALA INVESTERINGAR"


def _with(dataset, **tables):
    return dataclasses.replace(dataset, tables={**dataset.tables, **tables})


def test_a_year_without_a_budget_has_no_investment_report(dataset):
    # Rule: a period has investment data only when its year has an ursprunglig budget
    # and an outcome made at the period (here the 2024 prognos is kept, the budget is not).
    lines = dataset["investeringar"]
    without = lines[~((lines["year"] == 2024) & (lines["measure"] == "ursprunglig_budget"))]
    assert investments.has_data(dataset, Period(2024, 2))
    assert not investments.has_data(_with(dataset, investeringar=without), Period(2024, 2))


def test_checks_compare_only_the_reports_own_year(dataset):
    # Rule: the checks of 2024-02 compare the figures printed in that report for 2024; a
    # 2023 figure printed in the same report (allowed: the closed year) is not one of them.
    # Månadsrapport per 2024-02-29: 5 measures × (2 kommuner + total) = 15 printed figures.
    totals = dataset["investeringar_totaler"]
    extra = pd.DataFrame([{"source": "Månadsrapport per 2024-02-29", "report_period": "2024-02",
                           "year": 2023, "measure": "utfall", "kommun": None, "belopp": 551.0}])
    changed = _with(dataset, investeringar_totaler=pd.concat([totals, extra], ignore_index=True))
    result = investments.checks(open_report("2024-02", dataset=changed))
    assert len(result) == 15
    assert not any(" 2023 " in check.description for check in result)


def test_printed_kommun_without_project_lines_is_not_a_pass(dataset):
    # Rule: a kommun printed in the report but without project lines has no computed
    # figure: its checks cannot pass (monthly report: warn), and the others still run.
    lines = dataset["investeringar"]
    without = lines[~((lines["year"] == 2024) & (lines["kommun"] == "Vårgårda"))]
    result = investments.checks(open_report("2024-02", dataset=_with(dataset, investeringar=without)))
    vargarda = [c for c in result if "Vårgårda" in c.description]
    assert len(result) == 15 and len(vargarda) == 5
    assert {c.status for c in vargarda} == {"warn"}
