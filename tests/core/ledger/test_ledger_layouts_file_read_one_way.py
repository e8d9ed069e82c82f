"""data/huvudbok_layouts.yaml is read one way only, as a params file is. It was read by
PyYAML's plain YAML 1.1 loader: `dimension: 010` (meant 10) became dimension 8 (octal)
and a SIE file's dimension-8 objects were counted as kostnadsställen with a green check;
a key written twice (a layout copied and edited, `belopp:` twice) kept the last one
silently. Rule: 010, 0x1F and 1:00 stay the text written (a dimension must then be a
plain number), and a key twice is bad input naming the file and line."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import LAYOUTS_FILE
from itvt_lib.core.ledger.layouts import load_layouts, load_sie_settings

TRANSAKTION = """\
layouts:
  transaktion:
    columns:
      datum: Datum
      konto: Konto
      ansvar: Ansvar
      belopp: Belopp
{extra}"""


@pytest.mark.parametrize("written", ["010", "0x1", "0o1", "1:00", "0b1"])
def test_a_dimension_in_another_base_is_bad_input(tmp_path, written):
    (tmp_path / LAYOUTS_FILE).write_text(f"sie:\n  dimension: {written}\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"dimension ska vara ett dimensionsnummer .*'{written}'"):
        load_sie_settings(tmp_path)


@pytest.mark.parametrize("written, expected", [("1", "1"), ("10", "10"), ("6", "6")])
def test_a_plain_dimension_number_is_read(tmp_path, written, expected):
    (tmp_path / LAYOUTS_FILE).write_text(f"sie:\n  dimension: {written}\n", encoding="utf-8")
    result = load_sie_settings(tmp_path).dimension
    assert result == expected


@pytest.mark.parametrize("extra, key, line", [
    ("      belopp: Netto\n", "belopp", 8),
    ("  transaktion:\n    columns: {datum: D, konto: K, ansvar: A, belopp: B}\n",
     "transaktion", 8),
])
def test_a_key_written_twice_is_bad_input(tmp_path, extra, key, line):
    (tmp_path / LAYOUTS_FILE).write_text(TRANSAKTION.format(extra=extra), encoding="utf-8")
    with pytest.raises(DataError, match=rf"{LAYOUTS_FILE}:{line}: {key}: nyckeln står två "
                                        "gånger i samma mappning"):
        load_layouts(tmp_path)


def test_a_heading_of_digits_keeps_its_zeros(tmp_path):
    (tmp_path / LAYOUTS_FILE).write_text(
        TRANSAKTION.replace("konto: Konto", "konto: 010").format(extra=""), encoding="utf-8")
    result = load_layouts(tmp_path)[0].columns["konto"]
    assert result == "010"
