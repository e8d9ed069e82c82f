"""The year-to-date sentence writes a nettokostnad that reads zero as "0 tkr": a ledger
with one posting of 400 kr (0,4 tkr; TEST) read "nettokostnaden januari till februari
2024 – tkr" on page 01, a table's dash inside running text."""

from __future__ import annotations

import pytest

from itvt_lib.areas import ledger, open_report

NB = "\u00a0"
HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


@pytest.mark.parametrize("kronor", ["400,00", "-400,00"])
def test_a_nettokostnad_that_reads_zero_is_0_tkr(data_dir, kronor):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        HEADER + f"2024-02-15;1;6011;9100;;{kronor};el\n", encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    result = ledger.ytd_sentence(ctx)
    expected = ("Enligt huvudboken är nettokostnaden januari till februari 2024 0 tkr, "
                f"3{NB}162 tkr lägre än den periodiserade budgeten (3{NB}162 tkr).")
    assert result == expected
