"""A verifikation's number is a number (SIE 4B, #VER vernr): `A 01` is `A 1`. A file
holding `#VER A 1` and `#VER A 01` (two exports put together, one padding its numbers)
was summed twice without a word, as the check for a verifikation twice compared the
numbers as text. Rule: series and number stand once, the number compared by value."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]


def sie(*numbers: str) -> bytes:
    records = []
    for number in numbers:
        records += [f'#VER A {number} 20230105 ""', "{", '#TRANS 5011 {1 "9100"} 100.00',
                    "#TRANS 1930 {} -100.00", "}"]
    return ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("numbers", [("1", "01"), ("007", "7"), ("1", "1")])
def test_a_number_written_twice_is_refused(numbers):
    with pytest.raises(SieSyntaxError, match=r"verifikationen A \d+ finns två gånger "
                                             r"\(rad 5 och 10\)"):
        parse_sie(sie(*numbers))


@pytest.mark.parametrize("numbers", [("1", "10"), ("1", "2"), ('""', '""'), ("1a", "01a")])
def test_different_numbers_are_summed(numbers):
    outcomes, _ = parse_sie(sie(*numbers))
    result = int(outcomes["ore"].sum())
    assert result == 20000
