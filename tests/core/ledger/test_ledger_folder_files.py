"""Hostile ledger folders (core/ledger): an export saved as `.txt` or `.tsv`
(Excel's "Unicode text"), or a copy named `.csv.bak`, in data/huvudbok/ was skipped
without a word and its months left out of the utfall; every file there is read or
refused. So is a sub-folder holding files (its exports were skipped as unseen)."""

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


@pytest.mark.parametrize("name", ["2024/transaktion-2024-02.csv", "arkiv/old/a.se"])
def test_a_sub_folder_holding_files_is_bad_input(data_dir, name):
    folder = data_dir / "huvudbok"
    (folder / name).parent.mkdir(parents=True)
    (folder / name).write_text(EXPORT, encoding="utf-8")
    (folder / "transaktion-2024-01.csv").write_text(EXPORT, encoding="utf-8")
    sub = name.split("/")[0]
    with pytest.raises(DataError, match=rf"huvudbok/{sub}: mappen huvudbok läser inga "
                                        r"undermappar"):
        load_dataset(data_dir)


def test_an_empty_sub_folder_is_no_export(data_dir):
    (data_dir / "huvudbok" / "arkiv").mkdir(parents=True)
    (data_dir / "huvudbok" / "transaktion-2024-01.csv").write_text(EXPORT, encoding="utf-8")
    result = int(load_dataset(data_dir).tables["huvudbok"]["ore"].sum())
    assert result == 10000
