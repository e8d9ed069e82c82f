"""Hostile switchboard rows (areas/calls/schema.py): a percent typed as the share Excel
copies (inom_15s 0.69 for 69 %) was accepted and published as "0,7 %" with no warning;
now bad input naming line, column and both readings."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = ",3307,92,00:21,69,83,93,97,"


@pytest.mark.parametrize(("row", "column", "message"), [
    (",3307,92,00:21,0.69,0.83,0.93,0.97,", "inom_15s",
     "0,69 kan läsas som 0,69 % eller som andelen 69 %"),
    (",3307,0.92,00:21,69,83,93,97,", "svarsprocent_publicerad",
     "0,92 kan läsas som 0,92 % eller som andelen 92 %"),
    (",3307,92,00:21,69,83,93,0.5,", "inom_120s",
     "0,5 kan läsas som 0,5 % eller som andelen 50 %"),
], ids=["service-levels", "svarsprocent", "one-level"])
def test_a_switchboard_percent_written_as_a_share_is_bad_input(data_dir, row, column, message):
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, row, 1), encoding="utf-8")
    with pytest.raises(DataError, match=rf"vaxel\.csv:3: {column}: {message}"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("value", "expected"), [
    (0.69, True), (0.001, True), (0.0, False), (1.0, False), (92.0, False), (None, False),
    (float("nan"), False),
])
def test_share_typed_as_percent(value, expected):
    from itvt_lib.areas.calls.schema import share_typed_as_percent

    result = share_typed_as_percent(value)
    assert result is expected
