"""Investments (investments.py) and the area registry (areas/__init__.py): rules the other
fast tests leave open (survivors of the sampled mutation run, issue 18)."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas
from itvt_lib.areas import investments, open_report
from itvt_lib.core.errors import DataError, ParamError


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
    with pytest.raises(DataError, match=f"year {year} is not reported in {report_period}") as err:
        investments._validate_totals(frame, _locate)
    assert "investeringar_totaler.csv:3" in str(err.value)


def test_total_label_without_a_parameter_is_totalt():
    # Rule: the total row's label is the params' text, "Totalt" when the parameter is empty.
    ctx = open_report("2023-12", overrides={"investeringar": {"total_bokslut": None}})
    assert investments.total_label(ctx) == "Totalt"
    assert investments.total_label(open_report("2023-12")) == "TOTALA INVESTERINGAR"


def test_latest_without_a_reportable_period_is_a_one_line_error(dataset, monkeypatch):
    monkeypatch.setattr(areas, "reportable_periods", lambda _dataset: [])
    with pytest.raises(ParamError, match="^period: no reportable period in the data$"):
        areas.resolve_period("latest", dataset)
