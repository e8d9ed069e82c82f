"""A year's kostnadsställen come from files that all carry them: a SIE file without
objects (type 2) beside an export with ansvar for other months of the same year would
make the kostnadsställe table's utfall hittills the other months alone, beside a
resultaträkning of every month; it is bad input naming both files."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import read_ledger

HEADER_TX = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text"


def write_sie2(folder, name: str, period: str, year: int) -> None:
    lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 2", f"#RAR 0 {year}0101 {year}1231",
             f"#PSALDO 0 {period} 4010 {{}} 1000.00", f"#PSALDO 0 {period} 3010 {{}} -250.00"]
    (folder / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("cp437"))


def write_csv(folder, name: str, rows: list[str]) -> None:
    (folder / name).write_text(HEADER_TX + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def test_a_year_from_files_with_and_without_kostnadsstallen_is_bad_input(data_dir):
    folder = data_dir / "huvudbok"
    folder.mkdir()
    write_sie2(folder, "jan.se", "202401", 2024)
    write_csv(folder, "transaktion-2024-02.csv", ["2024-02-15;A1;4010;9100;;500,00;x"])
    with pytest.raises(DataError, match=r"huvudbok/jan\.se: filen har inga kostnadsställen "
                                        r"men .*transaktion-2024-02\.csv har det för 2024"):
        read_ledger(data_dir)


def test_years_apart_may_differ_in_kostnadsstallen(data_dir):
    folder = data_dir / "huvudbok"
    folder.mkdir()
    write_sie2(folder, "ar-2023.se", "202312", 2023)
    write_csv(folder, "transaktion-2024-02.csv", ["2024-02-15;A1;4010;9100;;500,00;x"])
    result = read_ledger(data_dir)[0]
    assert result.groupby("year")["ansvar"].apply(lambda a: a.isna().all()).to_dict() == {
        2023: True, 2024: False}
