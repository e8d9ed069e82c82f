"""Hostile run 45b (core/ledger): a SIE #VER exported without its date (`#VER A 1 ""`,
or no date field at all) said `"" är inget datum`, naming no record. It now says that the
#VER lacks its date, on the #VER's line; #TRANS rows with their own dates are read."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


def sie(ver: str, date: str = "") -> bytes:
    rows = [ver, "{", f'#TRANS 5011 {{1 "9100"}} 100.00 {date}', f"#TRANS 1930 {{}} -100.00 {date}",
            "}"]
    return ("\r\n".join([*HEAD, *rows]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("ver", ['#VER A 1 ""', "#VER A 1", '#VER A 1 " " "Lön"'])
def test_a_verifikation_without_its_date_is_named(ver):
    with pytest.raises(SieSyntaxError, match=r"^#VER saknar datum \(ÅÅÅÅMMDD\)") as raised:
        parse_sie(sie(ver))
    assert raised.value.line == 5


def test_transactions_with_their_own_dates_are_read():
    result = parse_sie(sie('#VER A 1 ""', "20240215"))[0]
    expected = [[2024, 2, 5011, "9100", 10000]]
    assert result.values.tolist() == expected
