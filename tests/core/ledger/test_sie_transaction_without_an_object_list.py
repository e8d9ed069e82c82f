"""Hostile run 46b (core/ledger): a #TRANS written without its object list, as some
programs' templates write it (`#TRANS 5010 100.00`, Moment), was refused with "#TRANS
saknar objektlista". It has one meaning (no object) and is read so, with or without date
and text, beside rows that have `{}`, under a #KSUMMA computed as the standard says
(braces are not counted); what follows the konto is read as usual."""

from __future__ import annotations

import zlib

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


def sie(*trans: str, ksumma: bool = False) -> bytes:
    body = [*HEAD[1:], '#VER A 1 20240131 "Faktura"', "{", *trans, "}"]
    if ksumma:
        text = "".join(part for line in body for part in line.replace("{", " ").replace(
            "}", " ").replace('"', " ").split())
        body = ["#KSUMMA", *body, f"#KSUMMA {zlib.crc32(text.encode('cp437'))}"]
    return ("\r\n".join([HEAD[0], *body]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("trans", [
    ["#TRANS 5010 100.00", "#TRANS 2440 -100.00"],
    ["#TRANS 5010 100.00 20240131", "#TRANS 2440 {} -100.00"],
    ['#TRANS 5010 100.00 20240131 "Hyra {jan}"', "#TRANS 2440 -100.00"],
    ['#TRANS "5010" 100.00 "" "Hyra"', "\t#trans\t2440\t-100.00"],
    ['#TRANS 5010 {1 "9100"} 60.00', "#TRANS 5010 40.00", "#TRANS 2440 -100.00"],
])
def test_a_transaction_without_an_object_list_has_no_object(trans):
    result = parse_sie(sie(*trans)).__getitem__(0)
    result = result.groupby(["month", "konto"], as_index=False)["ore"].sum()
    expected = [[1, 5010, 10000]]
    assert result.values.tolist() == expected


def test_the_checksum_is_that_of_the_file_as_written():
    result = parse_sie(sie("#TRANS 5010 100.00", "#TRANS 2440 -100.00", ksumma=True))[0]
    assert result["ore"].tolist() == [10000]


@pytest.mark.parametrize("trans, message", [
    (["#TRANS 5010", "#TRANS 2440 -100.00"], r"^#TRANS saknar objektlista"),
    (["#TRANS 5010 100,00", "#TRANS 2440 -100.00"], r'^"100,00" är inget belopp'),
    (['#TRANS 5010 5 {1 "9100"} 100.00', "#TRANS 2440 {} -100.00"], r"är inget belopp"),
])
def test_a_transaction_without_object_list_or_amount_is_still_refused(trans, message):
    with pytest.raises(SieSyntaxError, match=message) as raised:
        parse_sie(sie(*trans))
    assert raised.value.line == 7
