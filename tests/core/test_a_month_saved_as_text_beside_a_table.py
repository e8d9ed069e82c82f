"""Hostile run 44c (core/data_files): Excel's "Text (tab-delimited)" saves a month as
"driftredovisning mars.txt"; a file named after a table with a suffix of text (.txt, .tsv)
was never looked at, so its rows were left out of the report unseen (`itvt check` ok). Rule
(core.data_files.table_named_in): such a file is looked at as a CSV file is; notes in it
are left beside the table."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

MONTH = ("year\tperiod\tmeasure\tkontogrupp\tbelopp\n"
         "2024\t2024-03\tprognos\tIntäkter\t-17750\n")


@pytest.mark.parametrize("name", ["driftredovisning mars.txt", "driftredovisning mars.TSV",
                                  "driftredovisning.txt"])
def test_a_month_saved_as_text_is_refused(data_dir, name):
    (data_dir / name).write_text(MONTH, encoding="utf-8")
    with pytest.raises(DataError, match=r"\.(txt|TSV): läses inte: tabellen driftredovisning "
                       r"läses bara från"):
        load_dataset(data_dir)


@pytest.mark.parametrize("name", ["driftredovisning anteckningar.txt", "driftredovisning.txt"])
def test_notes_saved_as_text_are_left_beside_the_table(data_dir, name):
    (data_dir / name).write_text("Prognosen för mars sänktes efter mötet.\nFråga Anna.\n",
                                 encoding="utf-8")
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected
