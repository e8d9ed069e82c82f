"""A SIE file's #RAR: one record per årsnr. A second, different #RAR 0 replaced the first unseen (a
date in the first year was then refused as outside the second); which is the file's
current year would be a guess, so it is bad input naming both lines. A broken fiscal year
is read by the calendar months of its dates."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.ledger.sie import SieSyntaxError, parse_sie

VER = ['#VER A 1 20240115 ""', "{", '#TRANS 5011 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00",
       "}", '#VER A 2 20231015 ""', "{", '#TRANS 5011 {1 "9100"} 7.00', "#TRANS 1930 {} -7.00",
       "}"]


def sie(*rar: str) -> bytes:
    return ("\r\n".join(["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", *rar, *VER]) + "\r\n").encode(
        "cp437")


@pytest.mark.parametrize("second", ["#RAR 0 20230101 20231231", "#RAR 0 20240101 20240630"])
def test_a_fiscal_year_number_twice_is_bad_input_naming_both(second):
    with pytest.raises(SieSyntaxError, match=r"#RAR 0 står två gånger \(rad 4 och 5\)") as info:
        parse_sie(sie("#RAR 0 20240101 20241231", second))
    assert info.value.line == 5


def test_a_broken_fiscal_year_is_read_by_calendar_month():
    result = parse_sie(sie("#RAR 0 20230701 20240630"))[0]
    expected = pd.DataFrame({"year": [2023, 2024], "month": [10, 1], "konto": [5011, 5011],
                             "ansvar": ["9100", "9100"], "ore": [700, 10000]})
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)


def test_the_same_fiscal_year_written_twice_is_read():
    result = parse_sie(sie("#RAR 0 20230101 20241231", "#RAR 0 20230101 20241231"))[0]
    assert result["ore"].tolist() == [700, 10000]
