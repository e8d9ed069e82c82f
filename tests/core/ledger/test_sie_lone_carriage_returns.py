"""A CR alone ends a SIE line also in a file whose other lines end in CR LF or LF (a file
pieced together from an old Mac export): the record after it is read, never taken as
extra fields of the record before it and dropped."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError


def sie(sietyp: str, *records: str) -> bytes:
    head = ["#FLAGGA 0", "#FORMAT PC8", f"#SIETYP {sietyp}", "#RAR 0 20230101 20231231"]
    return ("\r\n".join([*head, *records]) + "\r\n").encode("cp437")


VER = ['#VER A 1 20230105 ""', "{", "#TRANS 5011 {} 100.00", "#TRANS 1930 {} -100.00", "}"]


@pytest.mark.parametrize(("records", "frame"), [
    (["#PSALDO 0 202301 5011 {} 100.00\r#PSALDO 0 202302 5011 {} 50.00"], 0),
    (["#PBUDGET 0 202301 5011 {} 100.00\r#PBUDGET 0 202302 5011 {} 50.00"], 1),
], ids=["psaldo", "pbudget"])
def test_balance_after_a_lone_cr_is_read(records, frame):
    result = parse_sie(sie("3", *records))[frame][["month", "ore"]].to_dict("list")
    expected = {"month": [1, 2], "ore": [10000, 5000]}
    assert result == expected


def test_account_type_after_a_lone_cr_decides_whether_its_costs_count():
    with pytest.raises(SieSyntaxError, match=r"konto 5011 är av klass 5 .* anger T "):
        parse_sie(sie("4", '#KONTO 5011 "Lokalhyra"\r#KTYP 5011 T', *VER))


def test_line_after_a_lone_cr_is_numbered_in_errors():
    with pytest.raises(SieSyntaxError, match=r"#PSALDO för 202302 konto 5011 är 50,00 kr") as info:
        parse_sie(sie("4", "#PSALDO 0 202301 5011 {} 100.00\r#PSALDO 0 202302 5011 {} 50.00",
                      *VER))
    assert info.value.line == 6


def test_utf8_letter_in_a_cr_only_file_is_named_at_its_line():
    data = sie("4", '#KONTO 5011 "Lokalhyra Växel"', *VER).decode("cp437").replace("\r\n", "\r")
    with pytest.raises(SieSyntaxError, match="filen är sparad som UTF-8") as info:
        parse_sie(data.encode("utf-8"))
    assert info.value.line == 5
