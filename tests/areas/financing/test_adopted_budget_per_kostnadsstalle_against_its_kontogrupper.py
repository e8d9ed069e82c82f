"""Hostile run 36e (areas/financing): next year's budget adopted in the data is shown per
kontogrupp (driftredovisning.csv) and split per kommun from the kostnadsställen's budget
(kostnadsstalle_netto.csv). When the two files disagree (20 000 against 21 000 tkr), page
80 showed a Budget 2025 of 20 000 beside a split of 21 000 per kommun with every check
passed. Each model's split now has to sum to the adopted nettokostnad (a check in status
fel; the memo and the workbench refuse it)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, gather, open_report
from itvt_lib.core.errors import InputError

DRIFT = ("2025,,ursprunglig_budget,Intäkter,-18000\n"
         "2025,,ursprunglig_budget,Personalkostnader,15500\n"
         "2025,,ursprunglig_budget,\"Lokalkostnader, energi, VA\",0\n"
         "2025,,ursprunglig_budget,Övriga kostnader,17000\n"
         "2025,,ursprunglig_budget,Kapitalkostnader,5500\n"
         "2025,,ursprunglig_budget,Kommunbidrag,20000\n")


def netto(telefonvaxel: int) -> str:
    return ("2025,,ursprunglig_budget,IT Gemensamt,19000\n"
            f"2025,,ursprunglig_budget,Telefonväxel,{telefonvaxel}\n"
            "2025,,ursprunglig_budget,Kommunspecifikt Herrljunga,-\n"
            "2025,,ursprunglig_budget,Kommunspecifikt Vårgårda,-\n")


def adopted_context(data_dir, telefonvaxel: int):
    for name, rows in (("driftredovisning.csv", DRIFT),
                       ("kostnadsstalle_netto.csv", netto(telefonvaxel))):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    return open_report("2024-02", data_dir)


def next_year_checks(ctx) -> dict:
    return {c.description: c for c in gather(ctx)["checks"]
            if c.area == financing.AREA and "budget 2025 per kommun" in c.description}


@pytest.mark.parametrize("telefonvaxel, expected", [(1000, "pass"), (2000, "fail")])
def test_the_split_of_an_adopted_budget_sums_to_its_nettokostnad(data_dir, telefonvaxel,
                                                                   expected):
    checks = next_year_checks(adopted_context(data_dir, telefonvaxel))

    result = checks["Nuvarande modell: budget 2025 per kommun summerar till nettokostnaden "
                    "i budget 2025 (antagen)"]
    assert (result.expected, result.actual) == (20000.0, 19000.0 + telefonvaxel)
    assert {c.status for c in checks.values()} == {expected}


def test_the_memo_refuses_a_split_that_does_not_sum(data_dir):
    ctx = adopted_context(data_dir, 2000)

    with pytest.raises(InputError, match="budget 2025 per kommun summerar till "
                                         "nettokostnaden i budget 2025 .antagen.: väntat"):
        financing.summing_to_nettokostnad(ctx, financing.report_results(ctx))


def test_no_such_check_while_next_years_budget_is_assumed(data_dir):
    result = next_year_checks(open_report("2024-02", data_dir))
    assert result == {}
