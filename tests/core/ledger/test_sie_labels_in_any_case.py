"""A SIE label is read in any case, #VER and #TRANS as the header's labels are: a
verifikation written "#ver" with "#Trans" rows is summed, never skipped unseen as an
unknown label."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]


def ver(number: int, amount: str, ver: str = "#VER", trans: str = "#TRANS") -> list[str]:
    return [f'{ver} A {number} 20230105 ""', "{", f"{trans} 5011 {{}} {amount}",
            f"{trans} 1930 {{}} -{amount}", "}"]


def sie(*records: str) -> bytes:
    return ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437")


@pytest.mark.parametrize(("ver_label", "trans_label"), [
    ("#VER", "#trans"), ("#ver", "#trans"), ("#Ver", "#Trans"),
])
def test_verifikation_labelled_in_another_case_is_summed(ver_label, trans_label):
    result = parse_sie(sie(*ver(1, "100.00"), *ver(2, "40.00", ver_label, trans_label)))[0]
    assert result["ore"].tolist() == [14000]


def test_labels_beginning_like_trans_stay_other_records():
    result = parse_sie(sie(*ver(1, "100.00")[:3], "#RTRANS 5011 {} 7.00", "#btrans 5011 {} 7.00",
                           *ver(1, "100.00")[3:]))[0]
    assert result["ore"].tolist() == [10000]
