"""Adding a month (core/data_files): data/driftredovisning-2024-03.csv saved by Excel as
tab-delimited text was split on commas, so its header was one cell naming no column, the
file was left beside the table and `itvt check` said ok: March was lost without a word.
A line's delimiter may be a tab too."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import delimiter_of
from itvt_lib.core.errors import DataError

MONTH = "year\tperiod\tmeasure\tkontogrupp\tbelopp\n2024\t2024-03\tprognos\tIntäkter\t-17750\n"


@pytest.mark.parametrize("line, expected", [
    ("year\tperiod\tmeasure\tkontogrupp\tbelopp", "\t"),
    ("year;period;measure", ";"),
    ("year,period,measure", ","),
    ("Driftredovisning, mars 2024", ","),
    ("a;b,c", ","),
])
def test_a_lines_delimiter(line, expected):
    result = delimiter_of(line)
    assert result == expected


def test_a_tab_delimited_month_beside_the_table_is_refused(data_dir):
    (data_dir / "driftredovisning-2024-03.csv").write_text(MONTH, encoding="utf-8")
    with pytest.raises(DataError, match=r"driftredovisning-2024-03\.csv: läses inte: tabellen "
                       r"driftredovisning läses bara från driftredovisning\.csv"):
        load_dataset(data_dir)
