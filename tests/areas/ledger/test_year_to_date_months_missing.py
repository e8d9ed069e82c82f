"""Page 01's year-to-date text names the months 1..P the ledger has no posting for: the
utfall it states is without them (it stated February's utfall as January–February's, the
gap shown only as a warning on the checks page)."""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def sentences(data_dir, rows: list[str], period: str) -> list[str]:
    folder = data_dir / "huvudbok"
    folder.mkdir()
    (folder / "transaktion-2024.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    ctx = report.open_report(period, dataset=load_dataset(data_dir))
    return [ledger.page_sentences(ctx), ledger.summary(ctx)]


@pytest.mark.parametrize(("rows", "period", "expected"), [
    (["2024-02"], "2024-02", "Huvudboken har inga bokningar för januari 2024: utfallet är utan "
                             "den månaden (se kontrollerna)."),
    (["2024-01"], "2024-02", "Huvudboken har inga bokningar för februari 2024: utfallet är "
                             "utan den månaden (se kontrollerna)."),
    (["2023-03", "2023-12"], "2023-12",
     "Huvudboken har inga bokningar för januari, februari, april, maj, juni, juli, augusti, "
     "september, oktober och november 2023: utfallet är utan de månaderna (se kontrollerna)."),
])
def test_months_without_postings_are_named_beside_the_utfall(data_dir, rows, period,
                                                             expected):
    result = sentences(data_dir, [f"{month}-15;1;5011;9100;;1000,00;lön\n" for month in rows],
                       period)
    assert [lines[-1] for lines in result] == [expected, expected]


def test_every_month_with_postings_adds_no_sentence(data_dir):
    rows = [f"2024-{m:02d}-15;1;5011;9100;;1000,00;lön\n" for m in (1, 2)]
    result = sentences(data_dir, rows, "2024-02")
    assert not any("inga bokningar" in line for lines in result for line in lines)
