"""Amounts whose sum would not fit an int64 of öre are bad input, not a sum that wraps
round to the other sign: in one SIE file (as in one CSV file), and over all the files of
data/huvudbok/ together."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError
from itvt_lib.core.paths import DATA_DIR

LARGEST = "999999999999.00"   # 10^12 kr less 1 öre: the largest amount one row may hold


def _sie(verifikationer: int) -> bytes:
    head = '#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n'
    ver = ('#VER A {n} 20240115 "v"\n{{\n#TRANS 5011 {{1 9100}} ' + LARGEST +
           '\n#TRANS 1930 {{}} -' + LARGEST + '\n}}\n')
    return (head + "".join(ver.format(n=n) for n in range(1, verifikationer + 1))).encode()


@pytest.mark.parametrize("verifikationer", [92_300])   # 92 300 × 10^14 öre > 2^63
def test_a_sie_file_whose_amounts_overflow_is_refused(verifikationer):
    with pytest.raises(SieSyntaxError, match="summerar till mer än som kan adderas exakt"):
        parse_sie(_sie(verifikationer))


def test_sie_amounts_that_add_exactly_are_summed():
    result, _ = parse_sie(_sie(3))
    expected = [3 * 99_999_999_999_900]
    assert result["ore"].tolist() == expected


def test_files_whose_amounts_overflow_together_are_refused(tmp_path):
    # each file adds exactly (40 000 × 10^14 öre < 2^62); three of them do not (> 2^63)
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    for month in (1, 2, 3):
        rows = [f"2024-{month:02d}-15;{n};9999;9100;{LARGEST.replace('.', ',')}"
                for n in range(40_000)]
        (data_dir / "huvudbok" / f"transaktion-2024-{month:02d}.csv").write_text(
            "\n".join(["Datum;Verifikation;Konto;Ansvar;Belopp", *rows]) + "\n",
            encoding="utf-8")
    with pytest.raises(DataError, match="huvudbok: filernas belopp summerar till mer än"):
        load_dataset(data_dir)
