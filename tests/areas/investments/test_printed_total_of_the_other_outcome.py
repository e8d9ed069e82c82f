"""Investments: a printed total naming the outcome the report does not print (prognos in a
year-end report, utfall in a monthly one) is bad input, not an internal error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from itvt_lib import cli
from itvt_lib.areas import investments
from itvt_lib.core.errors import DataError


def _locate(i):
    return "data/investeringar_totaler.csv", i + 2


@pytest.mark.parametrize(("report_period", "year", "measure", "expected"), [
    ("2023-12", 2023, "prognos", True),
    ("2024-02", 2024, "utfall", True),
    ("2023-12", 2023, "utfall", False),
    ("2024-02", 2024, "prognos", False),
    ("2024-02", 2023, "utfall", False),   # the closed year before, printed in a monthly
    ("2024-02", 2024, "budget", False),
])
def test_foreign_outcome(report_period, year, measure, expected):
    result = investments.foreign_outcome(report_period, year, measure)
    assert result is expected


@pytest.mark.parametrize(("report_period", "year", "measure", "own"), [
    ("2023-12", 2023, "prognos", "utfall"),
    ("2024-02", 2024, "utfall", "prognos"),
])
def test_printed_total_of_the_other_outcome_is_bad_input(report_period, year, measure, own):
    # Rule: check and run stop with one Swedish line naming file, line and column, instead
    # of an internal error when the checks name the measure.
    frame = pd.DataFrame({"year": [year, year], "report_period": [report_period] * 2,
                          "measure": ["budget", measure]})
    with pytest.raises(DataError, match=f"{report_period} redovisar {own}, inte {measure}") \
            as err:
        investments._validate_totals(frame, _locate)
    assert "investeringar_totaler.csv:3" in str(err.value)
    assert "measure" in str(err.value)


def test_check_of_a_data_dir_with_prognos_in_the_annual_report_exits_2(tmp_path, capsys):
    # Rule: the command answers bad input with exit 2 and one line "fel: FILE:LINE: ...".
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parents[3] / "data", data)
    with (data / "investeringar_totaler.csv").open("a", encoding="utf-8") as out:
        out.write("Förvaltningsberättelse 2023,2023-12,2023,prognos,,551\n")
    code = cli.main(["check", "--period", "2023-12", "--data-dir", str(data)])
    result = capsys.readouterr().err
    assert code == 2
    assert "investeringar_totaler.csv:" in result
    assert "Traceback" not in result and "internt fel" not in result
