"""The workbench opened on a period given to `open_workbench`: "latest" (as the report
notebooks take it) is the newest period; a period the data has no report for, or a text
that is no period, is one Swedish line naming the periods there are (the app shows it,
the Python API raises the ParamError), never a widget's English traceback."""

from __future__ import annotations

import IPython.display
import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import open_workbench


@pytest.mark.parametrize("period", [None, "", "latest"])
def test_no_period_or_latest_opens_on_the_newest_period(data_dir, params_dir, tmp_path, period):
    bench = open_workbench(period, data_dir, params_dir, tmp_path / "outputs", show=False)
    result = bench.period.value
    expected = bench.period.options[-1]
    assert result == expected


@pytest.mark.parametrize(("period", "reason"), [
    ("2099-01", r"2099-01 är ingen rapportperiod i data \(rapportperioder: .*\d{4}-\d{2}\)"),
    ("2024-2", "period: "),
    (202402, "period: "),
])
def test_a_period_without_a_report_is_one_line_naming_the_periods(
        data_dir, params_dir, tmp_path, monkeypatch, period, reason):
    with pytest.raises(ParamError, match=reason):
        open_workbench(period, data_dir, params_dir, tmp_path / "outputs", show=False)
    shown = []
    monkeypatch.setattr(IPython.display, "display", shown.append)
    assert open_workbench(period, data_dir, params_dir, tmp_path / "outputs") is None
    (widget,) = shown
    assert widget.value.count("<p") == 1 and "Arbetsbänken kan inte öppnas" in widget.value
