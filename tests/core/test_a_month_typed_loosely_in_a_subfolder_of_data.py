"""A month's rows in a sub-folder of data (data/mars/driftredovisning.csv) are refused
when a period is newer than the table's, but a period typed "2024-3" (or "2024/03",
"2024-03-01" as Excel saves a month it took for a date, "202403") was no period to the
rule, so March was left out unseen again, exit 0 and no word (the year, 2024, is not
newer). Such a period is now read as its month there; an archive of older months typed
the same way still lies there unread."""

from __future__ import annotations

import pytest
from file_beside_a_table import write

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEADER = "year,period,measure,kontogrupp,belopp\n"


@pytest.mark.parametrize("period", ["2024-3", "2024/03", "2024-03-01", "202403", " 2024-3 "])
def test_a_newer_month_typed_loosely_in_a_subfolder_is_refused(data_dir, period):
    path = data_dir / "mars" / "driftredovisning.csv"
    path.parent.mkdir()
    write(path, f"{HEADER}2024,{period},prognos,Intäkter,-17750\n")
    with pytest.raises(DataError, match=r"mars/driftredovisning\.csv:2: period: läses inte: "
                       r".* har period 2024-03, som tabellen driftredovisning saknar"):
        load_dataset(data_dir)


@pytest.mark.parametrize("period", ["2023-3", "2023/12", "2023-12-31", "202312", "2024-2",
                                    "Q1 2024", "2024"])
def test_an_archive_of_older_months_typed_loosely_lies_there_unread(data_dir, period):
    path = data_dir / "arkiv" / "driftredovisning gammal.csv"
    path.parent.mkdir()
    write(path, f"{HEADER}2023,{period},utfall,Intäkter,-17750\n")
    result = load_dataset(data_dir)
    assert "driftredovisning" in result.tables
