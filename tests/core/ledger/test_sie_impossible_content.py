"""Hostile SIE files (core/ledger/sie.py): what a real export cannot hold, and
what would otherwise be summed twice or read as nothing, is one line naming file and line
(a verifikation twice, a #PSALDO twice, a dimension twice in one object list, a file that
is no SIE text)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]
BALANCED = ['#TRANS 5011 {1 "9100"} 100.00', "#TRANS 1930 {} -100.00"]


def sie(*records: str, head=HEAD) -> bytes:
    return ("\r\n".join([*head, *records]) + "\r\n").encode("cp437")


def ver(series: str, number: str, day: str = "20230105", trans=BALANCED) -> list[str]:
    return [f'#VER {series} {number} {day} ""', "{", *trans, "}"]


def load(data_dir, content: bytes):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "x.se").write_bytes(content)
    return load_dataset(data_dir)


@pytest.mark.parametrize(("content", "line", "message"), [
    (sie(*ver("A", "1"), *ver("A", "1")), 10,
     r"verifikationen A 1 finns två gånger \(rad 5 och 10\)"),
    (sie(*ver("A", "1"), *ver("A", "1", "20230210")), 10,
     r"verifikationen A 1 finns två gånger"),
    (sie("#PSALDO 0 202301 5011 {1 \"9100\"} 500.00", "#PSALDO 0 202301 5011 {1 \"9100\"} 500.00",
         head=[*HEAD[:2], "#SIETYP 2", HEAD[3]]), 6,
     r"#PSALDO för 202301 konto 5011 med samma objekt finns två gånger \(rad 5 och 6\)"),
    (sie(*ver("A", "1", trans=['#TRANS 5011 {1 "9100" 1 "9200"} 100.00',
                               "#TRANS 1930 {} -100.00"])), 7,
     r"objektlistan har dimension 1 två gånger"),
    (b"\x00\x01\x02PK\x03\x04" * 100, None, r"filen innehåller NUL-tecken.*ingen SIE-fil"),
    (b"Datum;Konto;Belopp\r\n2023-01-05;5011;100,00\r\n", None, r"ingen SIE-post.*ingen SIE-fil"),
])
def test_sie_that_would_be_summed_twice_or_read_as_nothing_is_bad_input(
        data_dir, content, line, message):
    where = r"huvudbok/x\.se" + (f":{line}" if line else "")
    with pytest.raises(DataError, match=rf"{where}: {message}") as info:
        load(data_dir, content)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("records", "expected"), [
    ([*ver("A", "1"), *ver("B", "1"), *ver("A", "2")], 30000),
    ([*ver('""', '""'), *ver('""', '""')], 20000),   # numbered on import: none to repeat
], ids=["same-number-other-series", "without-numbers"])
def test_sie_verifikationer_distinct_by_series_and_number_are_all_summed(
        data_dir, records, expected):
    result = load(data_dir, sie(*records)).tables["huvudbok"]["ore"].sum()
    assert result == expected


def test_sie_saved_as_utf8_is_bad_input_naming_the_first_line_with_a_letter(data_dir):
    content = ("\r\n".join([*HEAD, '#DIM 1 "Ansvar"', '#OBJEKT 1 "9100" "Vårgårda IT"',
                             *ver("A", "1")]) + "\r\n").encode("utf-8")
    with pytest.raises(DataError, match=r"huvudbok/x\.se:6: filen är sparad som UTF-8"):
        load(data_dir, content)


@pytest.mark.parametrize("content", [
    sie('#DIM 1 "Ansvar"', '#OBJEKT 1 "9100" "Vårgårda IT"', *ver("A", "1")),
    b"\xef\xbb\xbf" + sie(*ver("A", "1")),
], ids=["pc8-letters", "bom-ascii"])
def test_sie_in_pc8_with_swedish_letters_or_ascii_after_a_bom_is_read(data_dir, content):
    result = load(data_dir, content).tables["huvudbok"]["ore"].sum()
    assert result == 10000
