"""A kontogrupp whose ledger utfall year to date has the opposite sign of its periodised
budget (an export that shows intäkter as positive) is a warning on the checks page, never
a silent nettokostnad thousands of tkr off; a small reversal within tolerance is not."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.checks import WARN
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def _ctx(tmp_path, lines: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    with open(data_dir / "kontoplan.csv", "a", encoding="utf-8") as handle:
        handle.write("8900,8999,Kommunbidrag,TEST\n")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + lines,
                                                                 encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


def _sign_checks(ctx):
    return [c for c in ledger.checks(ctx) if "samma tecken som budgeten" in c.description]


@pytest.mark.parametrize("lines, expected", [
    # TEST: intäkter exported as +2 000 kr·1000 (budget jan–feb −2 958,3 tkr): warned
    ("2024-01-15;1;3100;9100;;2000000,00;avgift\n2024-02-15;2;5011;9100;;1000,00;lön\n",
     [("Utfall jan–feb 2024 Intäkter: samma tecken som budgeten", 2000.0)]),
    # TEST: personal exported as −500 tkr (budget +2 488,2 tkr): warned
    ("2024-01-15;1;5011;9100;;-500000,00;lön\n2024-02-15;2;3100;9100;;-1000,00;x\n",
     [("Utfall jan–feb 2024 Personalkostnader: samma tecken som budgeten", -500.0)]),
    # TEST: kommunbidrag (kontoplan 8900–8999) exported as a debit of 100 tkr: shown −100
    # against the budget jan–feb of +3 161,8 tkr, warned
    ("2024-01-15;1;8910;9100;;100000,00;kb\n2024-02-15;2;5011;9100;;1000,00;lön\n",
     [("Utfall jan–feb 2024 Kommunbidrag: samma tecken som budgeten", -100.0)]),
    # TEST: intäkter +0,4 tkr, within the tolerance as shown: no warning
    ("2024-01-15;1;3100;9100;;400,00;återföring\n2024-02-15;2;5011;9100;;1000,00;lön\n", []),
    # TEST: signs as booked: no warning
    ("2024-01-15;1;3100;9100;;-2000000,00;avgift\n2024-02-15;2;5011;9100;;1000,00;lön\n", []),
])
def test_a_reversed_sign_is_warned(tmp_path, lines, expected):
    found = _sign_checks(_ctx(tmp_path, lines))
    result = [(c.description, c.actual, c.status) for c in found]
    assert result == [(description, actual, WARN) for description, actual in expected]


@pytest.mark.parametrize("planned, actual, expected", [
    (-2958.3, 2768.7, True), (2488.2, -500.0, True), (-2958.3, 0.4, False),
    (-2958.3, -10.0, False), (0.0, 8.0, False), (float("nan"), 5.0, False),
])
def test_reversed_sign_rule(planned, actual, expected):
    assert ledger.reversed_sign(planned, actual, 0.5) is expected
