"""Time edges (areas/financing): once next year's budget is adopted and in the data (a
December report, written after the budget decision), page 80 and the memo still showed
"Budget 2025 är ett antagande: budget 2024 … uppräknad" and split this year's budget
raised by the parameters' uppräkning, not the adopted one: every kommun's Budget 2025
was published from the wrong total with `itvt check` ok. An adopted budget for every
kontogrupp is now used as it is, and the note says so."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.areas import open_report

DRIFT = ("2025,,ursprunglig_budget,Intäkter,-18000\n"
         "2025,,ursprunglig_budget,Personalkostnader,16000\n"
         "2025,,ursprunglig_budget,\"Lokalkostnader, energi, VA\",0\n"
         "2025,,ursprunglig_budget,Övriga kostnader,17000\n"
         "2025,,ursprunglig_budget,Kapitalkostnader,5700\n"
         "2025,,ursprunglig_budget,Kommunbidrag,20700\n")
NETTO = ("2025,,ursprunglig_budget,IT Gemensamt,20000\n"
         "2025,,ursprunglig_budget,Telefonväxel,700\n"
         "2025,,ursprunglig_budget,Kommunspecifikt Herrljunga,-\n"
         "2025,,ursprunglig_budget,Kommunspecifikt Vårgårda,-\n")
ADOPTED = {"Intäkter": -18000.0, "Personalkostnader": 16000.0,
           "Lokalkostnader, energi, VA": 0.0, "Övriga kostnader": 17000.0,
           "Kapitalkostnader": 5700.0}


def adopted_results(data_dir):
    for name, rows in (("driftredovisning.csv", DRIFT), ("kostnadsstalle_netto.csv", NETTO)):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    return rules.compare(ctx.dataset, ctx.period, None, {"default": 2.5})


@pytest.mark.parametrize("kontogrupp, expected", ADOPTED.items())
def test_next_year_budget_is_the_adopted_one(data_dir, kontogrupp, expected):
    result = adopted_results(data_dir).next_budget.loc[kontogrupp, "Budget 2025"]
    assert result == expected


def test_next_year_split_shares_the_adopted_net_cost(data_dir):
    table = rules.next_year_table(adopted_results(data_dir), 2025)
    result = table.loc[table["Modell"] == "Nuvarande modell", "Budget 2025"].sum()
    assert result == 20700.0


def test_next_year_note_names_the_adopted_budget(data_dir):
    result = rules.next_year_notes(adopted_results(data_dir), 2025)[0]
    assert result == ("Budget 2025 är den antagna budgeten i data; förändringen per "
                      "kontogrupp är räknad mot budget 2024.")
