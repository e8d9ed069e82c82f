"""Page 02 judges the budget split against the key on the joint costs' budget: a kommun's
budget beyond its own kostnadsställen's budget, as a share of the joint budget (the rule
of the budget that removes the avvikelse, budget = joint budget × key + kommunspecifika).
With 300 tkr budgeted on Kommunspecifikt Vårgårda, budgets that follow the key (Herrljunga
8 141 = 18 671 × 43,6 %, Vårgårda 10 830 = 18 671 × 56,4 % + 300) showed a zero change in
the table "Budget enligt nyckeln" beside "Herrljunga har lägre budget än den procentuella
befolkningsandelen … Således speglar inte budgeten befolkningsandelen" (42,9 / 57,1 % of
the total budget, the kommunspecifika counted as joint).

TEST data: the monthly report per 2024-02-29 with 300 tkr of IT Gemensamt's ursprungliga
budget and prognos moved to Kommunspecifikt Vårgårda and the kommunbidrag split by the key.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation, open_report


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


@pytest.fixture
def own_budget(data_dir):
    netto = data_dir / "kostnadsstalle_netto.csv"
    for old, new in [("2024,,ursprunglig_budget,IT Gemensamt,18371",
                      "2024,,ursprunglig_budget,IT Gemensamt,18071"),
                     ("2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,-",
                      "2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,300"),
                     ("2024,2024-02,prognos,IT Gemensamt,18347",
                      "2024,2024-02,prognos,IT Gemensamt,18047"),
                     ("2024,2024-02,prognos,Kommunspecifikt Vårgårda,-",
                      "2024,2024-02,prognos,Kommunspecifikt Vårgårda,300")]:
        _edit(netto, old, new)
    kommunbidrag = data_dir / "kommunbidrag_kommun.csv"
    _edit(kommunbidrag, "2024,,ursprunglig_budget,Herrljunga,9178",
          "2024,,ursprunglig_budget,Herrljunga,8141")
    _edit(kommunbidrag, "2024,,ursprunglig_budget,Vårgårda,9817",
          "2024,,ursprunglig_budget,Vårgårda,10854")
    return open_report("2024-02", data_dir)


def test_the_budget_as_the_key_gives_needs_no_change(own_budget):
    result = allocation.neutral_budget_for(own_budget)["Förändring"].tolist()
    expected = [0.0, 0.0, 0.0]
    assert result == expected


def test_explanation_agrees_with_the_budget_as_the_key_gives(own_budget):
    result = allocation.explanation(own_budget)
    assert "Således speglar inte budgeten befolkningsandelen." not in result
    assert ("Det innebär att Herrljunga har en budget som motsvarar befolkningsandelen och "
            "Vårgårda har en budget som motsvarar befolkningsandelen.") in result


def test_explanation_states_the_shares_of_the_joint_budget(own_budget):
    result = allocation.explanation(own_budget)
    expected = ("I budget 2024 har Herrljunga en budget för gemensamma kostnader som "
                "procentuellt motsvarar 43,6\u00a0% och Vårgårda en budget för gemensamma "
                "kostnader som procentuellt motsvarar 56,4\u00a0% (kommunens budget utöver "
                "budgeten för dess egna kostnadsställen).")
    assert expected in result


@pytest.mark.parametrize(("budget", "specific", "expected"), [
    ([8141.0, 10830.0], [0.0, 300.0], [0.436, 0.564]),
    ([9178.0, 9793.0], [0.0, 0.0], [0.484, 0.516]),     # no own costs: the budget share
    ([9178.0, 9793.0], [0.0, float("nan")], [float("nan"), float("nan")]),
])
def test_joint_budget_shares(budget, specific, expected):
    index = ["Herrljunga", "Vårgårda"]
    result = allocation.joint_budget_shares(pd.Series(budget, index=index),
                                            pd.Series(specific, index=index), 1)
    pd.testing.assert_series_equal(result, pd.Series(expected, index=index))
