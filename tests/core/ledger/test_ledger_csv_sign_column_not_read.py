"""An export that writes every amount unsigned beside a D/K (debet/kredit) column, read by a
layout with one `belopp` column, would take each kredit for a debet: 500 kr booked and 300
kr credited read as 800 kr, with no word. Rule (core.ledger.report_rows.unread_sign_column):
a D/K-like heading the layout does not read, beside a `belopp` layout, is bad input named by
its heading; a layout with `debet` and `kredit`, or without such a heading, reads as before."""

from __future__ import annotations

import re

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

BELOPP = ("layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, ansvar: Ansvar, "
          "belopp: Belopp}\n")
DEBET_KREDIT = ("layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, "
                "ansvar: Ansvar, debet: Debet, kredit: Kredit}\n")


def read(data_dir, layout: str, lines: list[str]):
    (data_dir / "huvudbok_layouts.yaml").write_text(layout, encoding="utf-8")
    path = data_dir / "huvudbok" / "transaktion-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize("heading", ["D/K", "DK", "d/k", " Tecken ", "Debet/Kredit", "+/-"])
def test_unsigned_amounts_beside_a_sign_column_are_refused(data_dir, heading):
    lines = [f"Datum;Konto;Ansvar;{heading};Belopp", "2024-02-15;5011;9100;D;500,00",
             "2024-02-20;5011;9100;K;300,00"]

    with pytest.raises(DataError, match=rf"transaktion-2024-02\.csv:1: {re.escape(heading.strip())}: "
                       "kolumnen anger debet eller kredit för varje belopp"):
        read(data_dir, BELOPP, lines)


def test_signed_amounts_without_a_sign_column_are_read(data_dir):
    result = read(data_dir, BELOPP, ["Datum;Konto;Ansvar;Belopp", "2024-02-15;5011;9100;500,00",
                                     "2024-02-20;5011;9100;-300,00"])

    assert result["ore"].sum() == 20_000   # 500 − 300 kr, in öre


def test_a_debet_and_kredit_layout_reads_beside_a_sign_column(data_dir):
    result = read(data_dir, DEBET_KREDIT, ["Datum;Konto;Ansvar;D/K;Debet;Kredit",
                                           "2024-02-15;5011;9100;D;500,00;",
                                           "2024-02-20;5011;9100;K;;300,00"])

    assert result["ore"].sum() == 20_000   # 500 − 300 kr, in öre
