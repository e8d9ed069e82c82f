"""A #PSALDO or #PBUDGET period must be a calendar month ÅÅÅÅMM: the year 0000 has no
month (with #RAR it stopped the run as an internal error "year 0 is out of range"; without
#RAR it was read as a year 0), and an object list or a digit such as PC8's "²" in the
period field is no period (they stopped the run likewise)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import SieSyntaxError, parse_sie


def sie(*records: str) -> bytes:
    rows = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 2", *records]
    return ("\r\n".join(rows) + "\r\n").encode("cp437")


RAR = "#RAR 0 20240101 20241231"
JANUARY = "#PSALDO 0 202401 5011 {} 10.00"


@pytest.mark.parametrize(("records", "line", "shown"), [
    ((RAR, "#PSALDO 0 000001 5011 {} 10.00"), 5, '"000001"'),
    ((RAR, JANUARY, "#PBUDGET 0 000001 5011 {} 10.00"), 6, '"000001"'),
    (("#PSALDO 0 000012 5011 {} 10.00",), 4, '"000012"'),
    ((RAR, "#PSALDO 0 {1 2 3 4 5 6} 5011 {} 10.00"), 5, r'"\[.*\]"'),
    ((RAR, "#PSALDO 0 20240\u00b2 5011 {} 10.00"), 5, '"20240\u00b2"'),   # PC8 byte FD
])
def test_a_period_without_a_calendar_month_is_bad_input(records, line, shown):
    with pytest.raises(SieSyntaxError, match=rf"^{shown} är ingen period \(ÅÅÅÅMM\)$") as info:
        parse_sie(sie(*records))
    assert info.value.line == line


def test_a_period_of_the_year_0001_is_a_month_outside_the_fiscal_year():
    with pytest.raises(SieSyntaxError, match=r"perioden 000101 ligger utanför räkenskapsåret"):
        parse_sie(sie(RAR, "#PSALDO 0 000101 5011 {} 10.00"))


def test_a_calendar_month_is_read():
    result = parse_sie(sie(RAR, JANUARY))[0][["year", "month", "ore"]].values.tolist()
    expected = [[2024, 1, 1000]]
    assert result == expected
