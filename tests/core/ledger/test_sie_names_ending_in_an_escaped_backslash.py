"""Hostile run 46b (core/ledger): a name ending in an escaped backslash (`#KONTO 5011
"Server C:\\\\"`, as exporters that escape backslashes write it) was refused "ett
citattecken avslutas aldrig på raden", though the same text is read in a #TRANS or #VER.
Every record now reads \\\\ as a backslash and \\" as a quote in the text; a quote left
open by \\" at the end is still refused."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]
VER = ['#VER A 1 20240131 "Faktura"', "{", '#TRANS 5011 {1 "9100"} 100.00', "#TRANS 2440 {} -100.00",
       "}"]


def sie(record: str) -> bytes:
    return ("\r\n".join([*HEAD, record, *VER]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("record", [r'#KONTO 5011 "Server C:\\"',
                                    r'#OBJEKT 1 "9100" "IT \\ Växel \\"',
                                    r'#FNAMN "Kommunen \"IT\" C:\\"',
                                    r'#KONTO 5011 "Lokal\\hyra \"X\" {a}"',
                                    r'#KONTO 5011 "Hyra"'])
def test_a_name_ending_in_an_escaped_backslash_is_read(record):
    result = parse_sie(sie(record))[0]
    assert result[["konto", "ansvar", "ore"]].values.tolist() == [[5011, "9100", 10000]]


@pytest.mark.parametrize("record", [r'#KONTO 5011 "Hyra \"', r'#KONTO 5011 "Hyra'])
def test_a_quote_left_open_is_still_refused(record):
    with pytest.raises(SieSyntaxError, match="^ett citattecken avslutas aldrig") as raised:
        parse_sie(sie(record))
    assert raised.value.line == 5
