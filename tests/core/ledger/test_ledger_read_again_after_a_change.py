"""An export changed between two loads in one process (a workbench kernel, a memo after a
page) is read again: the ledger folder may be a link to another folder (a share the
financial system writes to), and a new export may keep the old one's size and time."""

from __future__ import annotations

import os
import shutil

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def _export(amount: str) -> str:
    return HEADER + f"2024-01-15;1;5011;9100;;{amount};lön\n"


@pytest.mark.parametrize("linked", [True, False], ids=["folder-a-link", "folder-in-data"])
def test_a_changed_export_is_read_again(tmp_path, linked):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    folder = tmp_path / "share" if linked else data_dir / "huvudbok"
    folder.mkdir()
    if linked:
        (data_dir / "huvudbok").symlink_to(folder)
    export = folder / "transaktion-2024.csv"
    export.write_text(_export("1000,00"), encoding="utf-8")
    stat = export.stat()
    first = load_dataset(data_dir)
    export.write_text(_export("9000,00"), encoding="utf-8")   # same size
    os.utime(export, ns=(stat.st_atime_ns, stat.st_mtime_ns))   # and the same time
    result = load_dataset(data_dir)
    assert first["huvudbok"]["ore"].tolist() == [100_000]
    expected = [900_000]
    assert result["huvudbok"]["ore"].tolist() == expected
    assert result.fingerprint() != first.fingerprint()
