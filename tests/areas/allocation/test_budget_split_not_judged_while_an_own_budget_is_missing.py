"""Page 02 does not judge the budget split against the key while a kommun's budget of its
own kostnadsställen is missing: the joint budget is unknown, and the whole budget is not
its stand-in. With 2 000 tkr budgeted on Kommunspecifikt Vårgårda and Kommunspecifikt
Herrljunga's budget left empty, the page judged on the whole budget (42,2 / 57,8 %) and said
"Herrljunga har lägre budget än den procentuella befolkningsandelen … Således speglar inte
budgeten befolkningsandelen", the opposite of the joint budget's 47,1 / 52,9 % against a key
of 43,6 / 56,4 %.

TEST data: the monthly report per 2024-02-29 with 2 000 tkr of IT Gemensamt's ursprungliga
budget and prognos moved to Kommunspecifikt Vårgårda, kommunbidrag 8 000 / 10 995, and
Kommunspecifikt Herrljunga's ursprungliga budget empty.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, open_report


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


@pytest.fixture
def own_budget_missing(data_dir):
    netto = data_dir / "kostnadsstalle_netto.csv"
    for old, new in [("2024,,ursprunglig_budget,IT Gemensamt,18371",
                      "2024,,ursprunglig_budget,IT Gemensamt,16371"),
                     ("2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,-",
                      "2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,2000"),
                     ("2024,,ursprunglig_budget,Kommunspecifikt Herrljunga,-",
                      "2024,,ursprunglig_budget,Kommunspecifikt Herrljunga,"),
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


@pytest.fixture
def no_joint_budget(data_dir):
    """Kommunspecifikt Vårgårda budgeted 19 000 tkr of a total budget of 18 971: the joint
    budget per kommun is not above 0 (its shares are missing)."""
    netto = data_dir / "kostnadsstalle_netto.csv"
    for old, new in [("2024,,ursprunglig_budget,IT Gemensamt,18371",
                      "2024,,ursprunglig_budget,IT Gemensamt,-629"),
                     ("2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,-",
                      "2024,,ursprunglig_budget,Kommunspecifikt Vårgårda,19000")]:
        _edit(netto, old, new)
    return open_report("2024-02", data_dir)


@pytest.mark.parametrize("fixture", ["own_budget_missing", "no_joint_budget"])
def test_no_kommun_is_said_to_have_the_key_s_share(request, fixture):
    result = allocation.explanation(request.getfixturevalue(fixture))
    assert not [line for line in result if "motsvarar befolkningsandelen" in line]
    assert result[-1].startswith("Budgetfördelningen 2024 kan inte jämföras")


@pytest.mark.parametrize("judgement", [
    "Det innebär att",
    "Således speglar inte budgeten befolkningsandelen.",
    "Avvikelsen på helår i respektive kommun beror på att budgetfördelningen",
    "I budget 2024 har",
])
def test_explanation_does_not_judge_the_split(own_budget_missing, judgement):
    result = allocation.explanation(own_budget_missing)
    assert not [line for line in result if line.startswith(judgement)]


def test_explanation_says_the_split_cannot_be_judged(own_budget_missing):
    result = allocation.explanation(own_budget_missing)[-1]
    expected = ("Budgetfördelningen 2024 kan inte jämföras med befolkningsandelen: budgeten "
                "för gemensamma kostnader per kommun kan inte beräknas (en budget saknas eller "
                "den gemensamma budgeten är inte över 0 tkr).")
    assert result == expected


def test_summary_does_not_judge_the_split(own_budget_missing):
    result = allocation.summary(own_budget_missing)
    assert not [line for line in result if line.startswith("Det innebär")]


def test_shares_table_has_no_gap(own_budget_missing):
    result = allocation.shares_for(own_budget_missing)["Skillnad (procentenheter)"]
    assert result.isna().all()
