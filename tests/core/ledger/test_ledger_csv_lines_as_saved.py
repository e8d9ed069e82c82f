"""A ledger CSV as Excel and ledger programs save it: Excel's "sep=;" first line names
the delimiter (it was taken for the header: "Datum: kolumnen saknas"), and a text with a
quoted line break makes a record span two lines, so a bad cell below it is named at the
line the editor shows (it was named one line too early)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def _ledger(data_dir, text: str) -> None:
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024-01.csv").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("sep", ["sep=;\n", '"sep=;"\n', "SEP=;;;;;;\n"])
def test_excel_sep_line_names_the_delimiter_and_is_no_header(data_dir, sep):
    _ledger(data_dir, sep + HEADER + "2024-01-10;1;5011;9100;;100,50;ok\n")
    result = load_dataset(data_dir).tables["huvudbok"]["ore"].sum()
    assert result == 10050


@pytest.mark.parametrize(("rows", "line"), [
    ('2024-01-10;1;5011;9100;;100,00;"rad ett\nrad två"\n2024-01-11;2;5011;9100;;x;ok\n', 5),
    ('2024-01-10;1;5011;9100;;100,00;"a\n\nb\nc"\n\n2024-01-11;2;5011;9100;;x;ok\n', 8),
    ("2024-01-10;1;5011;9100;;100,00;ok\n2024-01-11;2;5011;9100;;x;ok\n", 4),
])
def test_bad_cell_below_a_quoted_line_break_is_named_at_its_own_line(data_dir, rows, line):
    _ledger(data_dir, "# export\n" + HEADER + rows)
    with pytest.raises(DataError, match=rf"transaktion-2024-01\.csv:{line}: Belopp: \"x\" är "
                                        "inget belopp"):
        load_dataset(data_dir)


@pytest.mark.parametrize("text", ['"rad ett; med semikolon\nrad två; c; d; e; f; g; h"',
                                  '"a\n;;;;;;;;x"', 'tum 3" skruv'])
def test_a_quoted_text_with_delimiters_over_two_lines_is_one_cell(data_dir, text):
    _ledger(data_dir, HEADER + f"2024-01-10;1;5011;9100;;100,00;{text}\n"
                               "2024-01-11;2;5011;9100;;0,50;ok\n")
    result = load_dataset(data_dir).tables["huvudbok"]["ore"].sum()
    assert result == 10050


@pytest.mark.parametrize(("rows", "line"), [
    ('2024-01-10;1;5011;9100;;100,00;"a\nb"\n2024-01-11;2;5011;9100;;5,00;x;7\n', 4),
    ('2024-01-10;1;5011;9100;;100,00;tum 3" skruv\n2024-01-11;2;5011;9100;;5,00;x;7\n', 3),
    ('2024-01-10;1;5011;9100;;100,00;"a\nb";7\n', 2),
])
def test_a_field_beyond_the_header_after_quoted_text_is_named(data_dir, rows, line):
    _ledger(data_dir, HEADER + rows)
    with pytest.raises(DataError, match=rf"transaktion-2024-01\.csv:{line}: raden har fler "
                                        "kolumner än rubrikraden"):
        load_dataset(data_dir)
