"""Page 01's year-to-date sentence when a kontogrupp the kontoplan maps has no budget row:
the periodised budget is missing, so the sentence states the utfall and that the budget is
missing, never "i nivå med den periodiserade budgeten (uppgift saknas tkr)"."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR


@pytest.fixture()
def ctx(tmp_path):
    """TEST: kontogrupp Projekt (kostnad, konto 8900–8999) without any budget row; ledger
    jan 1 000 kr on 5011, feb 2 000 kr on 8910: nettokostnad jan–feb 3 tkr."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    with open(data_dir / "kontogrupper.csv", "a", encoding="utf-8") as handle:
        handle.write("Projekt,7,kostnad\n")
    with open(data_dir / "kontoplan.csv", "a", encoding="utf-8") as handle:
        handle.write("8900,8999,Projekt,TEST\n")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
        "2024-01-15;1;5011;9100;;1000,00;lön\n"
        "2024-02-15;2;8910;9100;;2000,00;projekt\n", encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


def test_no_claim_against_a_missing_budget(ctx):
    result = ledger.ytd_sentence(ctx)
    expected = ("Enligt huvudboken är nettokostnaden januari till februari 2024 3 tkr; den "
                "periodiserade budgeten saknas (någon kontogrupp saknar budget).")
    assert result == expected
