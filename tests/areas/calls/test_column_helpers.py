"""The call tables' column helpers: the columns they declare, reading a file with them, and
the one-line error for a bad cell.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from itvt_lib.areas import calls
from itvt_lib.core.errors import DataError
from itvt_lib.core.loading import Column, Table, read_table

NAN = float("nan")


D = date.fromisoformat


# ---------------------------------------------------------------- the column helpers


def test_column_helpers_exact():
    """Ranges are two required dates; a count is a whole number ≥ 0 that may be missing;
    a percent is a number from 0 to 100 that may be missing."""
    assert calls._range_columns() == (Column("from_date", "date"), Column("to_date", "date"))
    assert calls._count("antal") == Column("antal", "int", nullable=True, min=0)
    assert calls._percent("inom_15s") == Column("inom_15s", "number", nullable=True, min=0,
                                                max=100)


def helper_table() -> Table:
    return Table("t", (*calls._range_columns(), calls._count("antal"),
                       calls._percent("andel")))


def read(tmp_path, body: str) -> pd.DataFrame:
    path = tmp_path / "t.csv"
    path.write_text("from_date,to_date,antal,andel\n" + body, encoding="utf-8")
    return read_table(helper_table(), [path])[0]


def test_column_helpers_read_a_file(tmp_path):
    result = read(tmp_path, "2023-10-01,2023-12-31,2758,69\n2023-01-01,2023-12-31,,\n")
    expected = pd.DataFrame({"from_date": [D("2023-10-01"), D("2023-01-01")],
                             "to_date": [D("2023-12-31"), D("2023-12-31")],
                             "antal": pd.array([2758, None], dtype="Int64"),
                             "andel": [69.0, NAN]})
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("row", "message"), [
    (",2023-12-31,1,1", r"t\.csv:2: from_date: värde saknas"),
    ("2023-10-01,,1,1", r"t\.csv:2: to_date: värde saknas"),
    ("2023-10-01,31/12,1,1", r't\.csv:2: to_date: "31/12" är inget datum'),
    ("2023-10-01,2023-12-31,-3,1", r"t\.csv:2: antal: -3 är mindre än det minsta tillåtna, 0$"),
    ("2023-10-01,2023-12-31,1.5,1", r't\.csv:2: antal: "1.5" är inte ett heltal'),
    ("2023-10-01,2023-12-31,1,101", r"t\.csv:2: andel: 101 är större än det största tillåtna, 100$"),
    ("2023-10-01,2023-12-31,1,-1", r"t\.csv:2: andel: -1 är mindre än det minsta tillåtna, 0$"),
])
def test_column_helpers_reject_bad_cells(tmp_path, row, message):
    with pytest.raises(DataError, match=message):
        read(tmp_path, row + "\n")
