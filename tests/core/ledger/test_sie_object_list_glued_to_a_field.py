"""A #TRANS object list stands between blanks (SIE 4B, 5.7): one glued to the amount
({}100.00) or to the konto (4010{}) is bad input naming its line. The glued field was read
as part of the object list and the next field as the amount (a date 20240215 as kr)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie_bytes(trans: list[str]) -> bytes:
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231",
             '#VER A 1 20240215 "Faktura"', "{", *trans, "}"]
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize("debit", ['#TRANS 4010 {1 "9100"}100.00 0',
                                   '#TRANS 4010 {1 "9100"}100.00 20240215',
                                   '#TRANS 4010{1 "9100"} 100.00',
                                   '#TRANS 4010 {1 "9100"}"100.00" 20240215'])
def test_an_object_list_glued_to_a_field_is_bad_input(debit):
    trans = [debit, "#TRANS 1930 {} -100.00"]
    with pytest.raises(SieSyntaxError, match="^objektlistan ska skiljas från fälten") as caught:
        parse_sie(sie_bytes(trans))
    assert caught.value.line == 7


@pytest.mark.parametrize("debit", ['#TRANS 4010 {1 "9100"} 100.00', "#TRANS 4010\t{}\t100.00",
                                   '#TRANS 4010 {1 "9100"}\t100.00 20240215 "{x}y"'])
def test_an_object_list_between_blanks_or_tabs_is_read(debit):
    trans = [debit, "#TRANS 1930 {} -100.00"]
    result = parse_sie(sie_bytes(trans))[0][["konto", "ore"]].values.tolist()
    assert result == [[4010, 10000]]
