"""Page 02's table "Budgetandel och befolkningsandel" compares the key with the share the
page judges the budget split on: with a kommunspecifik budget, the share of the joint
budget (a kommun's budget beyond its own kostnadsställen's). With 2 000 tkr budgeted on
Kommunspecifikt Vårgårda and kommunbidrag 8 000 / 10 971, the table read Herrljunga
"Budgetandel 42,2 %, −1,4" (of the total budget) beside the summary's "Herrljunga har en
större budget än vad man procentuellt ska betala för gemensamma kostnader" (47,1 % of the
joint budget against a key of 43,6 %).

TEST data: the monthly report per 2024-02-29 with 2 000 tkr of IT Gemensamt's ursprungliga
budget and prognos moved to Kommunspecifikt Vårgårda, kommunbidrag 8 000 / 10 995.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation, open_report

KOMMUNER = ["Herrljunga", "Vårgårda"]


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


@pytest.fixture
def own_budget(data_dir):
    netto = data_dir / "kostnadsstalle_netto.csv"
    for old, new in [("2024,,ursprunglig_budget,IT Gemensamt,18371",
                      "2024,,ursprunglig_budget,IT Gemensamt,16371"),
                     ("2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,-",
                      "2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,2000"),
                     ("2024,2024-02,prognos,IT Gemensamt,18347",
                      "2024,2024-02,prognos,IT Gemensamt,16347"),
                     ("2024,2024-02,prognos,Kommunspecifikt Vårgårda,-",
                      "2024,2024-02,prognos,Kommunspecifikt Vårgårda,2000")]:
        _edit(netto, old, new)
    kommunbidrag = data_dir / "kommunbidrag_kommun.csv"
    _edit(kommunbidrag, "2024,,ursprunglig_budget,Herrljunga,9178",
          "2024,,ursprunglig_budget,Herrljunga,8000")
    _edit(kommunbidrag, "2024,,ursprunglig_budget,Vårgårda,9817",
          "2024,,ursprunglig_budget,Vårgårda,10995")
    return open_report("2024-02", data_dir)


def test_shares_table_compares_the_share_of_the_joint_budget(own_budget):
    result = allocation.shares_for(own_budget)
    expected = pd.DataFrame({"Befolkningsandel": [0.436, 0.564],
                             "Andel av gemensam budget": [0.471, 0.529],
                             "Skillnad (procentenheter)": [3.5, -3.5]}, index=KOMMUNER)
    pd.testing.assert_frame_equal(result, expected, atol=1e-9)


def test_shares_table_gap_has_the_summary_s_sign(own_budget):
    result = allocation.shares_for(own_budget)["Skillnad (procentenheter)"] > 0
    assert "Herrljunga har en större budget" in " ".join(allocation.summary(own_budget))
    assert result.tolist() == [True, False]
