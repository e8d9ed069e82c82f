"""A driver of fordelningsnycklar.csv given for one kommun only (Vårgårda's row of samtal
2023 forgotten) made the whole year missing without a word: page 80 said "växelns samtal
per kommun finns inte för 2023" and `itvt check` said ok. A driver's year without some
member is a warning on the checks page naming the file, line and kommun (not bad input: a
member that joined later has no count of an earlier year)."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.core.checks import WARN

HEADER = "driver,year,kommun,value,source\n"


def with_drivers(data_dir, rows: str):
    (data_dir / "fordelningsnycklar.csv").write_text(HEADER + rows, encoding="utf-8")
    return data_dir


def member_warnings(ctx):
    return [(c.description, c.status, c.actual, c.note.partition(": ")[0].rpartition("/")[2],
             c.note.partition(": ")[2])
            for c in financing.checks(ctx) if "ett värde för varje kommun" in c.description]


@pytest.mark.parametrize("rows, expected", [
    ("samtal,2023,Herrljunga,3603,X\n",
     [("samtal 2023: ett värde för varje kommun", WARN, "saknas för Vårgårda",
       "fordelningsnycklar.csv:2", "samtal 2023 saknar en rad för Vårgårda, så året räknas "
       "som saknat i alla modeller; lägg till raden (- för noll)")]),
    ("samtal,2023,Herrljunga,3603,X\nsamtal,2023,Vårgårda,5392,X\n"
     "samtal,2022,Vårgårda,5000,X\n",
     [("samtal 2022: ett värde för varje kommun", WARN, "saknas för Herrljunga",
       "fordelningsnycklar.csv:4", "samtal 2022 saknar en rad för Herrljunga, så året räknas "
       "som saknat i alla modeller; lägg till raden (- för noll)")]),
    ("samtal,2023,Herrljunga,3603,X\nsamtal,2023,Vårgårda,5392,X\n", []),
    ("samtal,2023,Herrljunga,-,X\nsamtal,2023,Vårgårda,5392,X\n", []),
])
def test_a_driver_year_without_some_kommun_is_a_warning(data_dir, params, rows, expected):
    result = member_warnings(open_report("2024-02", with_drivers(data_dir, rows), params))
    assert result == expected


def test_the_rule_names_each_member_left_out():
    frame = pd.DataFrame({"driver": ["samtal", "samtal", "anvandare"],
                          "year": [2023, 2022, 2023], "kommun": ["A", "B", "C"]})
    result = financing.members_without_a_value(frame, ["A", "B", "C"])
    expected = [(0, "B"), (0, "C"), (1, "A"), (1, "C"), (2, "A"), (2, "B")]
    assert result == expected
