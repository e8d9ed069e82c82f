"""Adding a month (core/data_files): data/driftredovisning-2024-03.csv whose first line is a
title with a comma ("Driftredovisning, mars 2024") above a header and rows in semicolons was
split on commas throughout, so its header named no column, the file was left beside the
table and `itvt check` said ok: March was lost without a word. Each line is split on its
own delimiter."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import first_rows
from itvt_lib.core.errors import DataError

MONTH = ("Driftredovisning, mars 2024\n"
         "year;period;measure;kontogrupp;belopp\n"
         "2024;2024-03;prognos;Intäkter;-17750\n")


@pytest.mark.parametrize("text, expected", [
    (MONTH, ["year", "period", "measure", "kontogrupp", "belopp"]),
    ("Rapport; mars\nyear,period,measure,kontogrupp,belopp\n",
     ["year", "period", "measure", "kontogrupp", "belopp"]),
])
def test_each_line_is_split_on_its_own_delimiter(tmp_path, text, expected):
    path = tmp_path / "driftredovisning-2024-03.csv"
    path.write_text(text, encoding="utf-8")
    result = first_rows(path)[1]
    assert result == expected


def test_a_month_under_a_title_with_a_comma_is_refused(data_dir):
    (data_dir / "driftredovisning-2024-03.csv").write_text(MONTH, encoding="utf-8")
    with pytest.raises(DataError, match=r"driftredovisning-2024-03\.csv: läses inte: tabellen "
                       r"driftredovisning läses bara från driftredovisning\.csv"):
        load_dataset(data_dir)
