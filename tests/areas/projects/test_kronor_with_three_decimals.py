"""Hostile project exports (areas/projects.py, core/loading.py): an amount in kronor written
with three decimals ("57.562", a time system grouping thousands with a point) was read as
57,56 kr and published (without projekttid_totaler, with no failed check). Kronor have at
most two decimals (öre), so it is bad input naming both readings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = "2024-02,1240,Förrätt,145,57562"


@pytest.mark.parametrize(("written", "message"), [
    ("2024-02,1240,Förrätt,145,57.562",
     '"57.562" har 3 decimaler, ett belopp i kronor högst 2 \\(öre\\); kan läsas som '
     "57,562 eller 57\xa0562"),
    ('2024-02,1240,Förrätt,"145,5","57,562"',
     '"57,562" har 3 decimaler, ett belopp i kronor högst 2 \\(öre\\); kan läsas som '
     "57,562 eller 57\xa0562"),
    ("2024-02,1240,Förrätt,145,57562.0001",
     '"57562.0001" har 4 decimaler, ett belopp i kronor högst 2 \\(öre\\)$'),
], ids=["point", "comma-file", "four"])
def test_kronor_with_more_than_two_decimals_are_bad_input(data_dir, written, message):
    path = data_dir / "projekttid" / "2024-02.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, written), encoding="utf-8")
    with pytest.raises(DataError, match=rf"2024-02\.csv:2: belopp_kr: {message}"):
        load_dataset(data_dir)


def test_kronor_with_ore_are_read(data_dir):
    path = data_dir / "projekttid" / "2024-02.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(ROW, "2024-02,1240,Förrätt,145,57561.50"), encoding="utf-8")
    frame = load_dataset(data_dir)["projekttid"]
    rows = frame[(frame["projektnummer"] == "1240") & (frame["period"] == "2024-02")]
    result = float(rows["belopp_kr"].iloc[0])
    expected = 57561.5
    assert result == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("57.562", 3), ("57.50", 2), ("57", 0), ("5.7562E+4", 0), ("0.001", 3),
])
def test_decimals_of(text, expected):
    from itvt_lib.core.numbers import decimals_of

    result = decimals_of(Decimal(text))
    assert result == expected
