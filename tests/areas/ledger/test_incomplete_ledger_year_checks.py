"""At year end with a ledger that lacks a month of the year, the report keeps the typed
utfall (the ledger wins only for a whole year): the checks page and the summary say so
(they said the report showed the ledger's amount)."""

from __future__ import annotations

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def context(data_dir, months):
    folder = data_dir / "huvudbok"
    folder.mkdir()
    rows = "".join(f"2023-{m:02d}-15;1;5011;9100;;1000,00;lön\n" for m in months)
    (folder / "transaktion-2023.csv").write_text(HEADER + rows, encoding="utf-8")
    return report.open_report("2023-12", dataset=load_dataset(data_dir))


def test_a_year_with_a_month_missing_says_the_typed_utfall_is_shown(data_dir):
    ctx = context(data_dir, range(7, 13))
    notes = {c.note for c in ledger.checks(ctx) if c.description.startswith("Utfall 2023-12")
             and c.status == "fail"}
    result = (notes, ledger.summary(ctx)[0])
    expected = ({"huvudboken har inte årets alla månader; rapporten visar det inmatade "
                 "beloppet"},
                "Huvudboken har inte alla månader 2023: rapporten visar det inmatade utfallet.")
    assert result == expected


def test_a_whole_year_says_the_ledger_is_shown(data_dir):
    ctx = context(data_dir, range(1, 13))
    notes = {c.note for c in ledger.checks(ctx) if c.description.startswith("Utfall 2023-12")
             and c.status == "fail"}
    assert notes == {"rapporten visar huvudbokens belopp"}
