"""Hostile ledger folders (core/ledger): an export saved as `.txt` or `.tsv`
(Excel's "Unicode text"), or a copy named `.csv.bak`, in data/huvudbok/ was skipped
without a word and its months left out of the utfall; every file there is read or
refused."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

EXPORT = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n2024-01-15;1;5011;9100;;100,00;x\n"


@pytest.mark.parametrize("name", ["transaktion-2024-01.txt", "transaktion-2024-01.tsv",
                                  "transaktion-2024-01.csv.bak", "README"])
def test_a_file_the_ledger_would_skip_is_bad_input(data_dir, name):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / name).write_text(EXPORT, encoding="utf-8")
    with pytest.raises(DataError, match=rf"huvudbok/{name.replace('.', '[.]')}: mappen huvudbok "
                                        r"läser bara CSV- och SIE-filer"):
        load_dataset(data_dir)


@pytest.mark.parametrize("name", ["transaktion-2024-01.csv", "TRANSAKTION-2024-01.CSV"])
def test_a_csv_export_of_either_case_is_read(data_dir, name):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / name).write_text(EXPORT, encoding="utf-8")
    result = int(load_dataset(data_dir).tables["huvudbok"]["ore"].sum())
    assert result == 10000
