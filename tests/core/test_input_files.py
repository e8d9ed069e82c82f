"""Issue 17: input files are read whatever their line endings, with long cells, and only
when they are regular files (no FIFO is ever opened, nothing beyond the size cap)."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core import loading
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("ending", ["cr", "crlf", "mixed"])
def test_line_endings_read_like_lf(data_dir, ending):
    expected = load_dataset(data_dir)["onex"]
    path = data_dir / "onex.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    if ending == "mixed":  # every other line ends in CR, CRLF or LF in turn
        text = "".join(line + ("\r", "\r\n", "\n")[i % 3] for i, line in enumerate(lines))
    else:
        text = {"cr": "\r", "crlf": "\r\n"}[ending].join(lines) + "\n"
    path.write_bytes(text.encode("utf-8"))
    result = load_dataset(data_dir)["onex"]
    pd.testing.assert_frame_equal(result, expected)


def test_text_cell_longer_than_the_csv_field_limit_is_read(data_dir):
    path = data_dir / "internkontroll.csv"
    long_text = "x" * 200_000  # the csv module's default limit is 131 072
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Kontroll att behörigheter är rätt för IT personal", long_text, 1), encoding="utf-8")
    result = load_dataset(data_dir)["internkontroll"]
    assert long_text in set(result["kontrollmoment"])


def test_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "kommuner.csv"
    os.mkfifo(fifo)  # opening it for reading would block: the test would hang
    with pytest.raises(DataError, match=r"är ingen vanlig fil \(utan en FIFO"):
        loading.read_regular_bytes(fifo, "kommuner.csv")


def test_file_over_the_size_cap_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n1,2\n")
    monkeypatch.setattr("itvt_lib.core.input_files.MAX_FILE_BYTES", 4)
    with pytest.raises(DataError, match=r"big\.csv: filen är på 8 byte, mer än de 4 byte"):
        loading.check_regular(path, "big.csv")


@pytest.mark.parametrize(("cell", "kind"), [("1e13", "number"), ("-1e13", "int"),
                                            ("1e309", "number"), ("9" * 400, "int")])
def test_numbers_outside_the_plausible_range(cell, kind):
    column = loading.Column("x", kind)
    with pytest.raises(ValueError, match=r"ligger utanför det rimliga intervallet \(\|värde\| ≤ 10\^12\)"):
        loading._parse_cell(column, cell, ".")


@pytest.mark.parametrize(("cell", "expected"), [
    ("999999999999,99", 99_999_999_999_999),  # the largest amount, exact to the öre
    ("-1000000000000", -100_000_000_000_000), ("0,07", 7), ("1 234,56", 123_456)])
def test_ledger_amounts_are_exact_up_to_the_limit(cell, expected):
    from itvt_lib.core.ledger import parse_amounts_ore

    result = parse_amounts_ore(pd.Series([cell]), "h.csv", "Belopp", 2)
    assert result.tolist() == [expected] and result.dtype == "int64"


@pytest.mark.parametrize("cell", ["99999999999999999999999", "1" + "0" * 309, "-" + "9" * 400,
                                  "1000000000000,01"])
def test_ledger_amounts_beyond_the_limit_are_one_line(cell):
    from itvt_lib.core.ledger import parse_amounts_ore

    with pytest.raises(DataError, match=r"^h\.csv:3: Belopp: .* ligger utanför det rimliga intervallet "
                       r"\(\|belopp\| ≤ 10\^12 kr\)$"):
        parse_amounts_ore(pd.Series(["1", cell]), "h.csv", "Belopp", 2)
