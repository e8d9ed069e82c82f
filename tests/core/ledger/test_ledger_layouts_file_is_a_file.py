"""data/huvudbok_layouts.yaml is a file: a folder by that name beside the exports stopped
the run with "oväntat internt fel" (IsADirectoryError, exit 1) instead of the one line
naming it. It is bad input naming the file, as a folder among the exports is."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import LAYOUTS_FILE

SIE = b'#FLAGGA 0\r\n#SIETYP 2\r\n#RAR 0 20240101 20241231\r\n#PSALDO 0 202401 5011 {} 1000.00\r\n'

@pytest.mark.parametrize("export", ["sie.se", "transaktion.csv"])
def test_a_folder_named_as_the_layouts_file_is_bad_input(data_dir, export):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / export).write_bytes(SIE if export.endswith(".se") else
                                                 b"Period;Konto;Ansvar;Belopp\n"
                                                 b"2024-01;5011;9100;1000,00\n")
    (data_dir / LAYOUTS_FILE).unlink()
    (data_dir / LAYOUTS_FILE).mkdir()
    with pytest.raises(DataError, match=rf"{LAYOUTS_FILE}: är en mapp, inte en fil"):
        load_dataset(data_dir)
