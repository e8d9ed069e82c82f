"""SIE files (core/ledger/sie.py) whose #KTYP names one account twice with two types are
bad input (the later type would decide, silently, whether the account's costs count), also
when one writes it with a leading zero; a #PSALDO of "05011" is account 5011 (it was class
0 and dropped); a file whose lines end in CR alone (an old Mac export) is read as CR LF."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]
VER = ['#VER A 1 20230105 ""', "{", '#TRANS 5011 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00",
       "}"]


def sie(*records: str, end: str = "\r\n") -> bytes:
    return (end.join([*HEAD, *records, *VER]) + end).encode("cp437")


@pytest.mark.parametrize(("types", "line", "message"), [
    (["#KTYP 5011 K", "#KTYP 5011 T"], 6, r"#KTYP för konto 5011 står två gånger med olika "
     r"typ \(K på rad 5, T på rad 6\)"),
    (["#KTYP 5011 T", "#KTYP 5011 k", "#KTYP 3010 I"], 6, r"olika typ \(T på rad 5, k på rad 6\)"),
    (["#KTYP 05011 T", "#KTYP 5011 K"], 6, r"olika typ \(T på rad 5, K på rad 6\)"),
], ids=["cost-then-asset", "asset-then-cost", "written-with-a-leading-zero"])
def test_account_typed_twice_with_two_types_is_bad_input(types, line, message):
    with pytest.raises(SieSyntaxError, match=message) as info:
        parse_sie(sie(*types))
    assert info.value.line == line


def test_account_typed_twice_alike_is_read_once():
    result = parse_sie(sie("#KTYP 5011 K", "#KTYP 5011 k"))[0]["ore"].tolist()
    expected = [10000]
    assert result == expected


@pytest.mark.parametrize("end", ["\r", "\n"], ids=["cr-only", "lf-only"])
def test_line_ends_of_any_kind_read_as_crlf(end):
    result = parse_sie(sie(end=end))[0]
    expected = parse_sie(sie(end="\r\n"))[0]
    assert not expected.empty
    pd.testing.assert_frame_equal(result, expected)


def test_period_balance_of_an_account_with_a_leading_zero_is_read_as_the_account():
    head = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 2", "#RAR 0 20230101 20231231"]
    data = ("\r\n".join([*head, "#PSALDO 0 202301 05011 {} 100.00"]) + "\r\n").encode("cp437")
    result = parse_sie(data)[0][["konto", "ore"]].values.tolist()
    expected = [[5011, 10000]]
    assert result == expected
