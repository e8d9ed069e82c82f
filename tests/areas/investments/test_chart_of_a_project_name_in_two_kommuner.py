"""Investments chart: bars have no subtotal rows, so a project name two kommuner use
("Nätverk" in Herrljunga and Vårgårda) carries its kommun; a name used once stays as is."""

from __future__ import annotations

from itvt_lib import areas
from itvt_lib.areas import investments


def test_project_name_in_two_kommuner_carries_its_kommun(data_dir, params):
    with (data_dir / "investeringar.csv").open("a", encoding="utf-8") as out:
        out.write("2024,,ursprunglig_budget,Herrljunga,Nätverk,200\n"
                  "2024,2024-02,prognos,Herrljunga,Nätverk,150\n")
    ctx = areas.open_report("2024-02", data_dir, params)
    result = investments.budget_vs_outcome(investments.rows_for(ctx), ctx.period)
    expected = ["Reinvestering IT", "Nätverk (Herrljunga)", "Nätverk (Vårgårda)"]
    assert list(result.index) == expected
    assert result.loc["Nätverk (Herrljunga)", "Prognos 2024"] == 150.0
