"""A ledger CSV saved as UTF-16 (Excel's "Unicode text", or a NUL byte from a broken copy)
was read as cp1252 with a NUL between the letters and refused as lacking the Datum column,
which it has. It is bad input saying how the file was saved."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

EXPORT = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n2024-01-15;1;5011;9100;;100,00;x\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_csv_saved_as_utf16_is_bad_input_saying_so(data_dir, encoding):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024-01.csv").write_bytes(EXPORT.encode(encoding))
    with pytest.raises(DataError, match=r"transaktion-2024-01\.csv: filen är sparad som UTF-16 "
                                        r"eller innehåller NUL-tecken"):
        load_dataset(data_dir)


def test_a_csv_with_a_nul_byte_is_bad_input(data_dir):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024-01.csv").write_bytes(
        EXPORT.encode() + b"2024-01-16;2;5011;9100;;\x0050,00;x\n")
    with pytest.raises(DataError, match=r"NUL-tecken"):
        load_dataset(data_dir)
