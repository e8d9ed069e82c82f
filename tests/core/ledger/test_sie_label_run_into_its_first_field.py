"""A SIE label ends at a blank or tab: a record the suite reads whose label runs into a
no-break space or a control character ("#TRANS" + U+00A0 + "4010") is bad input naming
its line. It was taken for an unknown label and ignored, so a whole verifikation written
so, or one #PSALDO line, was left out of the month without a word."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231",
        '#VER A 1 20240215 "Faktura"', "{", '#TRANS 4010 {1 "9100"} 100.00',
        "#TRANS 1930 {} -100.00", "}"]


def sie_bytes(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


@pytest.mark.parametrize("char", ["\u00a0", "\x0b", "\x0c", "\x1c"])
def test_a_verifikation_whose_trans_labels_run_on_is_bad_input(char):
    lines = [*HEAD, '#VER A 2 20240216 "Faktura"', "{",
             f'#TRANS{char}4010 {{1 "9100"}} 250.00', f"#TRANS{char}1930 {{}} -250.00", "}"]
    expected = f"^#TRANS står intill tecknet U\\+{ord(char):04X} i stället för ett blanksteg"
    with pytest.raises(SieSyntaxError, match=expected) as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 12


def test_a_ver_label_run_on_is_bad_input():
    lines = [*HEAD, '#VER\u00a0A 2 20240216 "Faktura"', "{", '#TRANS 4010 {1 "9100"} 250.00',
             "#TRANS 1930 {} -250.00", "}"]
    with pytest.raises(SieSyntaxError, match="^#VER står intill tecknet U\\+00A0") as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 10


def test_a_psaldo_label_run_on_is_bad_input():
    lines = ["#FLAGGA 0", "#SIETYP 3", "#RAR 0 20240101 20241231",
             "#PSALDO 0 202401 4010 {} 100.00", "#PSALDO\u00a00 202402 4010 {} 200.00"]
    with pytest.raises(SieSyntaxError, match="^#PSALDO står intill tecknet U\\+00A0") as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 5


@pytest.mark.parametrize("prefix", ["\u00a0", "\x0c"])
def test_a_trans_label_after_a_no_break_space_or_form_feed_is_bad_input(prefix):
    lines = [*HEAD, '#VER A 2 20240216 "Faktura"', "{",
             f'{prefix}#TRANS 4010 {{1 "9100"}} 250.00', f"{prefix}#TRANS 1930 {{}} -250.00", "}"]
    with pytest.raises(SieSyntaxError, match="^#TRANS står intill tecknet") as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 12


@pytest.mark.parametrize("line", ["#PROSA\u00a0Bokslut", "#TRANSX 4010 {} 1", "\x1a",
                                  "\u00a0#PROSA x"])
def test_an_unknown_label_is_still_ignored(line):
    result = parse_sie(sie_bytes([*HEAD, line]))[0][["konto", "ore"]].values.tolist()
    assert result == [[4010, 10000]]


@pytest.mark.parametrize("label, char", [('#TRANS"4010"', "0022"), ("#TRANS{1", "007B")])
def test_a_trans_label_run_into_a_quote_or_brace_is_bad_input(label, char):
    lines = [*HEAD, '#VER A 2 20240216 "Faktura"', "{",
             f'{label} {{1 "9100"}} 250.00', f"{label} {{}} -250.00", "}"]
    with pytest.raises(SieSyntaxError, match=f"^#TRANS står intill tecknet U\\+{char}") as caught:
        parse_sie(sie_bytes(lines))
    assert caught.value.line == 12
