"""SIE dates are read as written (ÅÅÅÅMMDD, eight digits), never as whatever a number
parser makes of them: a #VER date or a #TRANS date of a file whose #TRANS all carry a date
was read as a number, so "020240115" and "+20240115" passed as 2024-01-15 and "00000115"
was named as "115"."""

from __future__ import annotations

import re

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie_bytes(ver_date: str, trans_date: str = "") -> bytes:
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", f'#VER A 1 {ver_date} "Faktura"', "{",
             f'#TRANS 4010 {{1 "9100"}} 100.00 {trans_date}'.rstrip(),
             f"#TRANS 1930 {{}} -100.00 {trans_date}".rstrip(), "}"]
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize("date", ["020240115", "+20240115", "00000115", "20240115.0"])
def test_a_ver_date_not_written_as_eight_digits_is_named_as_written(date):
    with pytest.raises(SieSyntaxError, match=rf'^"{re.escape(date)}" är inget datum') as caught:
        parse_sie(sie_bytes(date))
    assert caught.value.line == 4


@pytest.mark.parametrize("date", ["020240115", "+20240115", "00000115"])
def test_a_trans_date_not_written_as_eight_digits_is_named_as_written(date):
    with pytest.raises(SieSyntaxError, match=rf'^"{re.escape(date)}" är inget datum') as caught:
        parse_sie(sie_bytes("20240115", date))
    assert caught.value.line == 6


def test_dates_written_as_eight_digits_are_read():   # the #VER's date decides the month
    result = parse_sie(sie_bytes("20240115", "20240220"))[0][["year", "month", "ore"]]
    expected = [[2024, 1, 10000]]
    assert result.values.tolist() == expected
