"""SIE fields are separated by blanks and tabs only (SIE 4B, 5.7): a no-break space (PC8
byte FF) inside a #PSALDO or #PBUDGET amount, as a thousands separator, is a character of
the amount, so "1 200.00" so written is no amount. It was a separator, and the balance
was read as 1,00 kr (200.00 taken for the quantity)."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

NBSP = "\u00a0"


def sie_bytes(lines: list[str]) -> bytes:
    head = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20240101 20241231",
            "#PSALDO 0 202401 4010 {} 100.00"]
    return ("\r\n".join([*head, *lines]) + "\r\n").encode("cp437")


@pytest.mark.parametrize("label", ["#PSALDO", "#PBUDGET"])
def test_a_no_break_space_as_thousands_separator_is_no_amount(label):
    lines = [f"{label} 0 202402 4010 {{}} 1{NBSP}200.00"]
    with pytest.raises(SieSyntaxError, match=f'^"1{NBSP}200.00" är inget belopp') as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 6


def test_an_object_list_with_a_no_break_space_is_no_pair():
    lines = [f'#PSALDO 0 202402 4010 {{1{NBSP}9100}} 200.00', "#PSALDO 0 202402 4010 {} 200.00"]
    with pytest.raises(SieSyntaxError, match="^objektlistan ska bestå av par") as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 6


@pytest.mark.parametrize("blank", [" ", "\t", "  \t "])
def test_blanks_and_tabs_still_separate_the_fields(blank):
    lines = [blank.join(["#PSALDO", "0", "202402", "4010", "{}", "1200.00", "3"])]
    result = parse_sie(sie_bytes(lines))[0][["month", "konto", "ore"]].values.tolist()
    assert result == [[1, 4010, 10000], [2, 4010, 120000]]


@pytest.mark.parametrize("ktyp", [f"#KTYP 1999{NBSP}K", "#KTYP 1999", "#KTYP {} K"])
def test_a_ktyp_without_its_two_fields_is_bad_input(ktyp):
    with pytest.raises(SieSyntaxError, match="^#KTYP ska ha konto och kontotyp") as caught:
        parse_sie(sie_bytes([ktyp]))
    assert caught.value.line == 6


@pytest.mark.parametrize("end", [NBSP, "\x0c", "\x0b", f" {NBSP}"])
def test_a_no_break_space_or_form_feed_ending_the_line_is_no_part_of_the_amount(end):
    lines = [f"#PSALDO 0 202402 4010 {{}} 1200.00{end}"]
    result = parse_sie(sie_bytes(lines))[0][["month", "konto", "ore"]].values.tolist()
    assert result == [[1, 4010, 10000], [2, 4010, 120000]]
