"""A SIE #KTYP is one of SIE's four account types T, S, K, I (any case); another letter is
bad input naming the line (a cost account typed "X" was read as a balance account and its
costs left out unseen)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]
VER = ['#VER A 1 20230105 ""', "{", "#TRANS 5011 {} 100.00", "#TRANS 1930 {} -100.00", "}"]


def sie(*records: str) -> bytes:
    return ("\r\n".join([*HEAD, *records, *VER]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("typ", ["X", "KK", "Kostnad", "5"])
def test_account_type_other_than_t_s_k_i_is_bad_input(typ):
    with pytest.raises(SieSyntaxError, match=rf'#KTYP 5011 "{typ}": kontotypen ska vara T, S, '
                       "K eller I") as info:
        parse_sie(sie(f"#KTYP 5011 {typ}"))
    assert info.value.line == 5


@pytest.mark.parametrize(("typ", "expected"), [
    ("K", [10000]), ('"k"', [10000]), ("I", [10000]),
])
def test_account_type_letters_decide_whether_the_account_counts(typ, expected):
    result = parse_sie(sie(f"#KTYP 5011 {typ}"))[0]["ore"].tolist()
    assert result == expected


@pytest.mark.parametrize("typ", ["t", "S"])
def test_balance_type_letters_of_either_case_on_a_cost_account_are_bad_input(typ):
    with pytest.raises(SieSyntaxError, match=rf"konto 5011 är av klass 5 .* anger {typ} "):
        parse_sie(sie(f"#KTYP 5011 {typ}"))
