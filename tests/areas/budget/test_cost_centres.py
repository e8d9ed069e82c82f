"""The kostnadsställe table: exact for both report periods, sums that stay missing when a
centre is missing, the joint subtotal, and the table without centres.

Figures come from the committee's papers (annual report 2023; monthly report per 2024-02-29)
or from the rule stated beside each case; rows marked TEST are made up to reach a branch
the embedded data does not. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import budget
from itvt_lib.core.periods import Period

NAN = float("nan")


YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


# ---------------------------------------------------------------- the kostnadsställe table


def test_cost_centre_statement_2023_12(ctx_2023):
    """The papers' "Organisatorisk fördelning" 2023 (grouped at year end). Rows in the
    ordning of kostnadsstallen.csv (Vårgårda 2, Herrljunga 3); "-" is 0, 2021 has no IT/Växel
    split (missing). Totals of record for the boksluts and Utfall 2023 (Kommungemensamma
    16 094, 22 483, 26 430; Summa 19 722, 23 270, 26 430); Budget 2023 sums the rows:
    25 930 + 280 = 26 210. Avvikelse = budget − utfall: 26 210 − 26 430 = −220 (the papers
    print −219, the resultat of record), 25 930 − 25 975 = −45, 280 − 454 = −174."""
    ds = ctx_2023.dataset
    result = budget.kostnadsstalle_statement(budget.netto_for(ds), ds["kostnadsstallen"],
                                          ds["bokslut_totaler"], ctx_2023.period,
                                          "Summa SeN IT")
    expected = pd.DataFrame({
        "Bokslut 2021": [16094.0, NAN, NAN, 3192.0, 436.0, 19722.0],
        "Bokslut 2022": [22483.0, 22160.0, 323.0, 416.0, 371.0, 23270.0],
        "Budget 2023": [26210.0, 25930.0, 280.0, 0.0, 0.0, 26210.0],
        "Utfall 2023": [26430.0, 25975.0, 454.0, 0.0, 0.0, 26430.0],
        "Avvikelse": [-220.0, -45.0, -174.0, 0.0, 0.0, -220.0]},
        index=["Kommungemensamma", "– varav IT Gemensamt", "– varav Telefonväxel",
               "Kommunspecifikt Vårgårda", "Kommunspecifikt Herrljunga", "Summa SeN IT"])
    pd.testing.assert_frame_equal(result, expected)


def test_cost_centre_statement_2024_02(ctx_2024):
    """The papers' kostnadsställe table per 2024-02-29 (not grouped in a monthly report),
    rows in ordning: Bokslut 2023 of record 26 430; ursprunglig budget 18 371 + 624 = 18 995,
    tillägg −24, budget 18 347 + 624 = 18 971, prognos 18 971, avvikelse "-" (0)."""
    ds = ctx_2024.dataset
    result = budget.kostnadsstalle_statement(budget.netto_for(ds), ds["kostnadsstallen"],
                                          ds["bokslut_totaler"], ctx_2024.period,
                                          "Summa SeN IT")
    expected = pd.DataFrame({
        "Bokslut 2023": [25975.0, 0.0, 0.0, 454.0, 26430.0],
        "Urspr. budget 2024": [18371.0, 0.0, 0.0, 624.0, 18995.0],
        "Tillägg 2024": [-24.0, 0.0, 0.0, 0.0, -24.0],
        "Budget 2024": [18347.0, 0.0, 0.0, 624.0, 18971.0],
        "Prognos 2024": [18347.0, 0.0, 0.0, 624.0, 18971.0],
        "Avvikelse helår": [0.0, 0.0, 0.0, 0.0, 0.0]},
        index=["IT Gemensamt", "Kommunspecifikt Vårgårda", "Kommunspecifikt Herrljunga",
               "Telefonväxel", "Summa SeN IT"])
    pd.testing.assert_frame_equal(result, expected)


CENTRES = pd.DataFrame({"kostnadsstalle": ["A", "B", "C"], "kommun": [None, "X", None],
                        "ordning": [1, 2, 3]})


NO_RECORD = pd.DataFrame({"year": pd.Series([], dtype="int64"), "post": [], "kommun": [],
                          "belopp": pd.Series([], dtype="float64")})


def _netto(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kostnadsstalle", "belopp"])


def _centres_2024(prognos) -> pd.DataFrame:
    """2024-02 amounts of centres A, B (kommun X), C: utfall 2023 10/20/30, ursprunglig
    budget 100/200/300 without any tillägg row, and `prognos` {centre: belopp}."""
    rows = [(2023, "2023-12", "utfall", c, v) for c, v in zip("ABC", (10.0, 20.0, 30.0))]
    rows += [(2024, None, "ursprunglig_budget", c, v) for c, v in zip("ABC", (100., 200., 300.))]
    rows += [(2024, "2024-02", "prognos", c, v) for c, v in prognos.items()]
    return _netto(rows)


@pytest.mark.parametrize("prognos", [
    {"A": 110.0, "B": NAN, "C": 290.0},     # B's figure empty
    {"A": 110.0, "C": 290.0},               # B has no row at all
], ids=["empty", "no-row"])
def test_cost_centre_sum_is_missing_when_a_centre_is_missing(prognos):
    """Rules: without a record the sum row sums the centres, and is missing when one centre
    is (an empty figure and no row alike); a column with no figure at all (no tillägg row)
    is missing, its sum too; budget = ursprunglig budget + tillägg (none: 0)."""
    result = budget.kostnadsstalle_statement(_centres_2024(prognos), CENTRES, NO_RECORD, MONTH,
                                          "Summa")
    expected = pd.DataFrame({
        "Bokslut 2023": [10.0, 20.0, 30.0, 60.0],
        "Urspr. budget 2024": [100.0, 200.0, 300.0, 600.0],
        "Tillägg 2024": [NAN, NAN, NAN, NAN],
        "Budget 2024": [100.0, 200.0, 300.0, 600.0],
        "Prognos 2024": [110.0, NAN, 290.0, NAN],
        "Avvikelse helår": [-10.0, NAN, 10.0, NAN]},
        index=["A", "B", "C", "Summa"])
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("prognos", "joint", "total"), [
    ({"A": 110.0, "B": 5.0, "C": 290.0}, 400.0, 405.0),
    ({"A": 110.0, "B": 5.0, "C": NAN}, NAN, NAN),      # a joint centre missing
    ({"A": 110.0, "B": NAN, "C": 290.0}, 400.0, NAN),  # an own centre missing
])
def test_cost_centre_joint_subtotal_is_missing_when_a_joint_centre_is(prognos, joint, total):
    """Rule (grouped): Kommungemensamma sums the joint centres (A, C), missing when one of
    them is; the sum row sums all centres, missing when any is; no record for 2024."""
    result = budget.kostnadsstalle_statement(_centres_2024(prognos), CENTRES, NO_RECORD, MONTH,
                                          "Summa", grouped=True)
    expected = pd.Series([joint, prognos["A"], prognos["C"], prognos["B"], total],
                         index=["Kommungemensamma", "– varav A", "– varav C", "B", "Summa"],
                         name="Prognos 2024")
    pd.testing.assert_series_equal(result["Prognos 2024"], expected)
    assert result["Budget 2024"].tolist() == [400.0, 100.0, 300.0, 200.0, 600.0]


@pytest.mark.parametrize("grouped", [False, True])
def test_cost_centre_of_one_centre_is_its_own_sum(grouped):
    """Rule: a single (joint) kostnadsställe is its own Kommungemensamma and sum."""
    centres = pd.DataFrame({"kostnadsstalle": ["A"], "kommun": [None], "ordning": [1]})
    netto = _netto([(2024, None, "budget", "A", 70.0), (2024, "2024-02", "prognos", "A", 75.0)])
    result = budget.kostnadsstalle_statement(netto, centres, NO_RECORD, MONTH, "Summa", grouped)
    rows = ["Kommungemensamma", "– varav A", "Summa"] if grouped else ["A", "Summa"]
    expected = pd.DataFrame({"Bokslut 2023": NAN, "Budget 2024": 70.0, "Prognos 2024": 75.0,
                             "Avvikelse helår": -5.0}, index=rows)
    pd.testing.assert_frame_equal(result, expected)


def test_cost_centre_columns_without_a_budget_split(ctx_2024):
    """Rule: a monthly table shows Urspr. budget and Tillägg only when the year's budget is
    given as ursprunglig budget + tillägg; here it is given as `budget`."""
    netto = _netto([(2024, None, "budget", "A", 70.0), (2024, "2024-02", "prognos", "A", 75.0)])
    centres = pd.DataFrame({"kostnadsstalle": ["A"], "kommun": [None], "ordning": [1]})
    result = budget.kostnadsstalle_statement(netto, centres, ctx_2024.dataset["bokslut_totaler"],
                                          MONTH, "Summa")
    # Bokslut 2023: A has no utfall row; the sum row is the nettokostnad of record, 26 430
    expected = pd.DataFrame({"Bokslut 2023": [NAN, 26430.0], "Budget 2024": [70.0, 70.0],
                             "Prognos 2024": [75.0, 75.0], "Avvikelse helår": [-5.0, -5.0]},
                            index=["A", "Summa"])
    pd.testing.assert_frame_equal(result, expected)


def test_cost_centre_table_without_centres_is_the_sum_row(ctx_2024):
    """Rule: with no kostnadsställen the table is the sum row alone: the nettokostnad of
    record for Bokslut 2023 (26 430), missing where there is no record."""
    centres = CENTRES.iloc[0:0]
    result = budget.kostnadsstalle_statement(_centres_2024({}), centres,
                                          ctx_2024.dataset["bokslut_totaler"], MONTH, "Summa")
    expected = pd.DataFrame({"Bokslut 2023": [26430.0], "Urspr. budget 2024": [NAN],
                             "Tillägg 2024": [NAN], "Budget 2024": [NAN],
                             "Prognos 2024": [NAN], "Avvikelse helår": [NAN]},
                            index=["Summa"])
    pd.testing.assert_frame_equal(result, expected)


def test_cost_centre_table_as_shown_marks_the_avvikelse_the_papers_print_otherwise(ctx_2023):
    """The annual report 2023 prints Avvikelse −219 for Kommungemensamma and Summa
    verksamhet where budget 26 210 − utfall 26 430 of the shown figures gives −220: the
    printed figure stands marked right of the computed column, and one footnote says why."""
    result, notes = budget.kostnadsstallen_display_for(ctx_2023)
    expected = budget.kostnadsstallen_for(ctx_2023)
    expected.insert(expected.columns.get_loc("Avvikelse") + 1, "Avvikelse, publicerad",
                    pd.Series(["\u2212219*", "", "", "", "", "\u2212219*"],
                              index=expected.index, dtype="object"))
    pd.testing.assert_frame_equal(result, expected)
    assert notes == [
        "* Förvaltningsberättelse 2023 anger avvikelse 2023: Kommungemensamma \u2212219, "
        "Summa verksamhet \u2212219 tkr. Tabellen visar de beräknade beloppen: "
        "Kommungemensamma \u2212220, Summa verksamhet \u2212220 tkr. Kommungemensamma, "
        "Summa verksamhet: Skillnaden är en avrundningsdifferens, eftersom tabellen räknar "
        "med de visade, avrundade beloppen.",
        "Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
        "Utfall 2023: varav-raderna summerar till 26\u00a0429 tkr, Kommungemensamma visar "
        "26\u00a0430 tkr; Avvikelse: varav-raderna summerar till \u2212219 tkr, "
        "Kommungemensamma visar \u2212220 tkr (en avrundningsdifferens, eller bokslutets "
        "fastställda summa)."]


def test_cost_centre_table_as_shown_is_the_computed_one_when_the_papers_agree(ctx_2024):
    # the monthly report per 2024-02-29 prints the same figures as the table shows
    result, notes = budget.kostnadsstallen_display_for(ctx_2024)
    expected = budget.kostnadsstallen_for(ctx_2024)
    pd.testing.assert_frame_equal(result, expected)
    # only the rows' sum as shown against the bokslut's total (26 429 against 26 430)
    assert [n.split(":")[0] for n in notes] == ["Raderna, var för sig avrundade till hela tkr, "
                                                "går inte ihop med summaraden"]
