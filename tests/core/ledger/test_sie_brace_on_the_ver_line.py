"""Hostile run 45b (core/ledger): a SIE file written with the `{` at the end of its #VER
line (`#VER A 1 20240215 "Lön" {`) said "} utan föregående {" on the `}` line, pointing
away from the fault. It now names the #VER line and says the `{` stands on its own line;
a `{` inside a quoted text is read as text."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]
TRANS = ['#TRANS 5011 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00", "}"]


def sie(*rows: str) -> bytes:
    return ("\r\n".join([*HEAD, *rows]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("ver", ['#VER A 1 20240215 "Lön" {', "#VER A 1 20240215 {  "])
def test_a_brace_on_the_ver_line_is_named_there(ver):
    with pytest.raises(SieSyntaxError, match=r"^\{ står sist på #VER-raden") as raised:
        parse_sie(sie(ver, *TRANS))
    assert raised.value.line == 5


@pytest.mark.parametrize("ver", ['#VER A 1 20240215 "Faktura {"', '#VER A 1 20240215 "{x}"'])
def test_a_brace_inside_the_ver_text_is_text(ver):
    result = parse_sie(sie(ver, "{", *TRANS))[0]
    expected = [[2024, 2, 5011, "9100", 10000]]
    assert result.values.tolist() == expected


def test_a_closing_brace_without_an_opening_one_is_still_named_on_its_line():
    with pytest.raises(SieSyntaxError, match=r"^\} utan föregående \{") as raised:
        parse_sie(sie('#VER A 1 20240215 "Lön"', "{", *TRANS, "}"))
    assert raised.value.line == 10
