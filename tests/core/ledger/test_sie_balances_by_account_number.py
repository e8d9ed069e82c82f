"""A SIE period balance (#PSALDO of a type 2/3 file, #PBUDGET) is one account's however its
number is written: "05011" beside "5011" for one period and objects is the balance twice,
bad input naming both lines (it was summed twice)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20230101 20231231"]


def sie(*records: str) -> bytes:
    return ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize(("records", "message"), [
    (["#PSALDO 0 202301 5011 {} 100.00", "#PSALDO 0 202301 05011 {} 100.00"],
     r"#PSALDO för 202301 konto 05011 med samma objekt finns två gånger \(rad 5 och 6\)"),
    (["#PSALDO 0 202301 5011 {} 100.00", '#PSALDO 0 202301 05011 {1 "9100"} 60.00',
      '#PSALDO 0 202301 5011 {1 "9100"} 60.00'],
     r"#PSALDO för 202301 konto 5011 med samma objekt finns två gånger \(rad 6 och 7\)"),
    (["#PBUDGET 0 202301 05011 {} 100.00", "#PBUDGET 0 202301 5011 {} 100.00"],
     r"#PBUDGET för 202301 konto 5011 med samma objekt finns två gånger \(rad 5 och 6\)"),
], ids=["psaldo-total", "psaldo-object", "pbudget"])
def test_balance_written_with_and_without_leading_zero_is_bad_input(records, message):
    with pytest.raises(SieSyntaxError, match=message):
        parse_sie(sie(*records))


def test_balances_of_one_account_written_alike_are_read_once():
    result = parse_sie(sie("#PSALDO 0 202301 05011 {} 100.00", "#PSALDO 0 202302 5011 {} 40.00",
                           "#PBUDGET 0 202301 05011 {} 120.00"))
    expected = ([(2023, 1, 5011, 10000), (2023, 2, 5011, 4000)], [(2023, 1, 5011, 12000)])
    assert tuple(list(frame[["year", "month", "konto", "ore"]].itertuples(index=False, name=None))
                 for frame in result) == expected
