"""A budgetprofil giving a kontogrupp 0 % for the months so far (intäkter invoiced
quarterly) leaves no periodised budget to compare signs with: an export showing intäkter
as positive is then warned against the sign of the year's budget, not shown silently."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.checks import WARN
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
# TEST: Intäkter booked in March, June, September and December only
QUARTERLY = "year,kontogrupp,month,andel_procent\n" + "".join(
    f",Intäkter,{month},{25 if month % 3 == 0 else 0}\n" for month in range(1, 13))


def _sign_checks(tmp_path, lines: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "budgetprofil.csv").write_text(QUARTERLY, encoding="utf-8")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + lines,
                                                                 encoding="utf-8")
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    return [c for c in ledger.checks(ctx) if "samma tecken som budgeten" in c.description]


@pytest.mark.parametrize("lines, expected", [
    # TEST: intäkter exported as +2 000 tkr, budget jan–feb 0 (year −17 750 tkr): warned
    ("2024-01-15;1;3100;9100;;2000000,00;avgift\n2024-02-15;2;5011;9100;;1000,00;lön\n",
     [("Utfall jan–feb 2024 Intäkter: samma tecken som budgeten", 2000.0)]),
    # TEST: intäkter booked as credits (−2 000 tkr) ahead of the profile: no warning
    ("2024-01-15;1;3100;9100;;-2000000,00;avgift\n2024-02-15;2;5011;9100;;1000,00;lön\n", []),
])
def test_a_reversed_sign_is_warned_against_the_years_budget(tmp_path, lines, expected):
    result = [(c.description, c.actual, c.status) for c in _sign_checks(tmp_path, lines)]
    assert result == [(description, actual, WARN) for description, actual in expected]


@pytest.mark.parametrize("planned, actual, year, expected", [
    (0.0, 2000.0, -17750.0, True), (-0.4, 2000.0, -17750.0, True),
    (0.0, -2000.0, -17750.0, False), (0.0, 8.0, 0.0, False),
    (-2958.3, 2000.0, 17750.0, True), (float("nan"), 5.0, -17750.0, False),
])
def test_reversed_sign_rule_with_the_years_budget(planned, actual, year, expected):
    assert ledger.reversed_sign(planned, actual, 0.5, year) is expected
