"""A month whose only posting is the kommunbidrag (paid on the first of the month, before
the month's costs are booked) is no booked month: the utfall year to date lacks that
month's nettokostnad, so it is named as missing (sentence, key figure notes and the check),
as a month without any posting is; and a year whose December has only the kommunbidrag is
no whole year (its ledger utfall does not replace the typed one)."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.checks import PASS, WARN
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"

# TEST ledger: January's cost and kommunbidrag; February's kommunbidrag (konto 3910,
# mapped to Kommunbidrag below), with or without February's cost.
JANUARY = ("2024-01-01;1;3910;9100;;-1580000,00;kommunbidrag\n"
           "2024-01-15;2;5011;9100;;1000000,00;lön\n")
FEBRUARY_KOMMUNBIDRAG = "2024-02-01;3;3910;9100;;-1580000,00;kommunbidrag\n"
FEBRUARY_COST = "2024-02-15;4;5011;9100;;1000000,00;lön\n"

MISSING_FEBRUARY = ("Huvudboken har inga bokningar för februari 2024: utfallet är utan den "
                    "månaden (se kontrollerna).")


def _ctx(tmp_path, rows: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    plan = (data_dir / "kontoplan.csv").read_text(encoding="utf-8")
    plan = plan.replace("3000,3999,Intäkter,", "3000,3899,Intäkter,").replace(
        "4000,4999,", "3900,3999,Kommunbidrag,TEST: kommunbidrag\n4000,4999,")
    (data_dir / "kontoplan.csv").write_text(plan, encoding="utf-8")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + rows,
                                                                 encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


@pytest.mark.parametrize("rows, expected", [
    (JANUARY + FEBRUARY_KOMMUNBIDRAG + FEBRUARY_COST, ([1, 2], "", PASS)),
    (JANUARY + FEBRUARY_KOMMUNBIDRAG, ([1], MISSING_FEBRUARY, WARN)),
])
def test_a_month_of_kommunbidrag_alone_is_no_booked_month(tmp_path, rows, expected):
    ctx = _ctx(tmp_path, rows)
    coverage = next(c for c in ledger.checks(ctx) if c.description.startswith(
        "Huvudboken har bokningar för varje månad"))
    result = (ledger.months_with_rows(ledger.ledger_for(ctx.dataset), 2024),
              ledger.gaps_sentence(ctx), coverage.status)
    assert result == expected


@pytest.mark.parametrize("december, expected", [
    ("2023-12-01;23;3910;9100;;-1580000,00;kommunbidrag\n"
     "2023-12-15;24;5011;9100;;1000000,00;lön\n", True),
    ("2023-12-01;23;3910;9100;;-1580000,00;kommunbidrag\n", False),
])
def test_a_year_whose_december_has_kommunbidrag_alone_is_no_whole_year(tmp_path, december,
                                                                        expected):
    months = "".join(f"2023-{m:02d}-15;{m};5011;9100;;1000000,00;lön\n" for m in range(1, 12))
    ctx = _ctx(tmp_path, months + december + FEBRUARY_COST)
    result = ledger.ledger_wins(ctx.dataset, 2023)
    assert result == expected
