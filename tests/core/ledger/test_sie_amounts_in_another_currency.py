"""A SIE file's #VALUTA, when present, is SEK (any case, quoted or not); another currency,
or a #VALUTA without one, is bad input naming the line (a file in euro was read as kronor,
its amounts published as tkr)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]
VER = ['#VER A 1 20240115 ""', "{", "#TRANS 5011 {} 100.00", "#TRANS 1930 {} -100.00", "}"]


def sie(*records: str) -> bytes:
    return ("\r\n".join([*HEAD, *records, *VER]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("valuta", ["SEK", "sek", '"SEK"'])
def test_amounts_in_kronor_are_read(valuta):
    result = parse_sie(sie(f"#VALUTA {valuta}"))[0]["ore"].tolist()
    expected = [10000]
    assert result == expected


@pytest.mark.parametrize(("valuta", "shown"), [("EUR", " EUR"), ('"NOK"', " NOK"), ("", "")])
def test_amounts_in_another_currency_are_bad_input(valuta, shown):
    with pytest.raises(SieSyntaxError, match=rf"#VALUTA{shown}: beloppen är inte i kronor "
                       r"\(SEK\); exportera filen i SEK") as info:
        parse_sie(sie(f"#VALUTA {valuta}".rstrip()))
    assert info.value.line == 5
