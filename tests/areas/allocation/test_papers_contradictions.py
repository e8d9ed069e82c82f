"""The papers contradicting their own allocation rules, found from the data and flagged
where they stand (footnote and marker on the page, a warning on the checks page).

Source figures: annual report 2023, "Fördelning mellan kommunerna" (Herrljunga budget
12 480, kostnad 11 603, avvikelse printed 878; Vårgårda 13 730, 14 827, −1 097); monthly
report 2024-02 (tillägg 2024 −24 on IT Gemensamt and on Vårgårda's kommunbidrag, key
43,6 / 56,4 %). Members A, B and TEST amounts are test data.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation
from itvt_lib.core.checks import PASS, WARN, contradictions_of

NAN = float("nan")


def series(values, index=("A", "B")) -> pd.Series:
    return pd.Series(values, index=list(index), dtype="float64")


@pytest.mark.parametrize(("printed", "expected"), [
    ([878.0, -1097.0], [("A", 12480.0, 11603.0, 878.0, 877.0)]),  # the papers' 878
    ([877.0, -1097.0], []),                                         # the rule holds
    ([NAN, -1096.0], [("B", 13730.0, 14827.0, -1096.0, -1097.0)]),  # a missing one skipped
])
def test_printed_avvikelse_not_budget_minus_kostnad_is_a_contradiction(printed, expected):
    result = allocation.deviation_contradictions(series([12480.0, 13730.0]),
                                                 series([11603.0, 14827.0]), series(printed))
    expected = pd.DataFrame(expected, columns=["kommun", "budget", "kostnad", "printed",
                                               "computed"])
    pd.testing.assert_frame_equal(result, expected, check_dtype=False, check_index_type=False)


@pytest.mark.parametrize(("joint", "taken", "expected"), [
    # −24 × 43,6 % = −10,464 and × 56,4 % = −13,536: largest remainder gives −10 / −14
    (-24.0, [0.0, -24.0], [("A", 0.0, -10.0), ("B", -24.0, -14.0)]),
    (-24.0, [-10.0, -14.0], []),                 # taken by the key
    (-24.0, [-11.0, -13.0], []),                 # within the tolerance of 1 tkr
    (0.0, [0.0, -24.0], []),                     # no tillägg on the joint costs
])
def test_joint_tillagg_not_taken_by_the_key_is_a_contradiction(joint, taken, expected):
    by_key = allocation.tillagg_by_key(joint, series([0.0, 0.0]), series(taken),
                                       series([0.436, 0.564]))
    result = allocation.tillagg_contradictions(by_key, 1.0)
    expected = pd.DataFrame(expected, columns=["kommun", "taken", "by_key"])
    pd.testing.assert_frame_equal(result, expected, check_dtype=False, check_index_type=False)


def test_own_cost_centres_tillagg_stays_with_its_kommun():
    """TEST: joint −24 and B's own kostnadsställe −6: by the key −10 / −14 − 6 = −20."""
    result = allocation.tillagg_by_key(-24.0, series([0.0, -6.0]), series([-10.0, -20.0]),
                                       series([0.436, 0.564]))
    expected = pd.DataFrame({"kommun": ["A", "B"], "taken": [-10.0, -20.0],
                             "by_key": [-10.0, -20.0]})
    pd.testing.assert_frame_equal(result, expected)


def test_marks_stand_in_a_column_beside_the_figure():
    table = pd.DataFrame({"Tillägg": [0.0, -24.0], "Budget": [1.0, 2.0]}, index=["A", "B"])
    result = allocation.with_marks(table, [False, True], after="Tillägg")
    expected = pd.DataFrame({"Tillägg": [0.0, -24.0], "Not": ["", "1)"], "Budget": [1.0, 2.0]},
                            index=["A", "B"])
    pd.testing.assert_frame_equal(result, expected)


def test_no_flag_leaves_the_table_as_it_was():
    table = pd.DataFrame({"Avvikelse": [1.0]}, index=["A"])
    pd.testing.assert_frame_equal(allocation.with_marks(table, [False]), table)


def test_2023_page_02_marks_herrljungas_878_with_a_footnote(ctx_2023):
    shown, notes = allocation.statement_marked_for(ctx_2023)
    assert shown.loc["Herrljunga", "Avvikelse"] == 878.0          # shown as printed
    assert shown["Not"].tolist() == ["1)", "", ""]
    assert notes[-1] == ("1) Underlaget anger att avvikelse = budget − kostnad, men för "
                         "Herrljunga blir 12\u00a0480 − 11\u00a0603 = 877, inte de tryckta 878. "
                         "Avvikelsen visas som den trycktes.")
    allocated = allocation.allocation_marked_for(ctx_2023)
    assert allocated["Not"].tolist() == ["1)", "", ""]


def test_2024_cut_of_joint_costs_from_vargarda_alone_is_marked_on_pages_01_and_02(ctx_2024):
    """Marked "2)": page 02 of 2024-02 also marks 2023's 878 "1)" in its history."""
    statement, notes = allocation.statement_marked_for(ctx_2024)
    columns = list(statement.columns)
    assert columns[columns.index("Tillägg 2024") + 1] == "Not"
    assert statement["Not"].tolist() == ["2)", "2)", ""]
    expected_note = ("2) Tillägget 2024 på −24 tkr gäller gemensamma kostnader (IT Gemensamt), "
                     "som fördelas efter befolkningsandel, men det tas från kommunbidraget så "
                     "här: Herrljunga –, Vårgårda −24 tkr. Efter nyckeln hade det blivit "
                     "Herrljunga −10, Vårgårda −14 tkr.").replace("−", "\u2212")
    assert notes[-1] == expected_note
    centres, centre_notes = allocation.centres_marked_for(ctx_2024)
    assert centres.loc["IT Gemensamt", "Not"] == "2)"
    assert centres["Not"].tolist().count("2)") == 1
    assert centre_notes[-1] == expected_note


@pytest.mark.parametrize(("which", "expected"), [
    ("ctx_2023", [("Herrljunga 2023: tryckt avvikelse mot budget − kostnad", 878.0, 877.0, WARN),
                  ("Vårgårda 2023: tryckt avvikelse mot budget − kostnad", -1097.0, -1097.0,
                   PASS)]),
    ("ctx_2024", [("Herrljunga 2023: tryckt avvikelse mot budget − kostnad", 878.0, 877.0, WARN),
                  ("Vårgårda 2023: tryckt avvikelse mot budget − kostnad", -1097.0, -1097.0,
                   PASS),
                  ("Herrljunga: tillägg 2024 till kommunbidraget mot de gemensamma "
                   "kostnadernas tillägg efter nyckeln", -10.0, 0.0, WARN),
                  ("Vårgårda: tillägg 2024 till kommunbidraget mot de gemensamma "
                   "kostnadernas tillägg efter nyckeln", -14.0, -24.0, WARN)]),
])
def test_contradictions_are_warnings_on_the_checks_page(which, expected, request):
    ctx = request.getfixturevalue(which)
    result = [(c.description, c.expected, c.actual, c.status) for c in allocation.checks(ctx)
              if c.area == contradictions_of(allocation.AREA)]
    assert result == expected


NOTE_878 = ("1) Underlaget anger att avvikelse = budget − kostnad, men för Herrljunga blir "
            "12\u00a0480 − 11\u00a0603 = 877, inte de tryckta 878. Avvikelsen visas som den "
            "trycktes.")


@pytest.mark.parametrize(("which", "notes"), [
    ("ctx_2023", []),           # the statement above footnotes the report year's 878
    ("ctx_2024", [NOTE_878]),   # 2023's 878 stands in the history only
])
def test_878_is_marked_wherever_page_02_shows_it(which, notes, request):
    ctx = request.getfixturevalue(which)
    history, result = allocation.history_marked_for(ctx)
    marked = history[history["Not"] == "1)"][["År", "Kommun", "Avvikelse"]].values.tolist()
    assert marked == [["2023", "Herrljunga", 878.0]]
    assert result == notes


@pytest.mark.parametrize("which", ["ctx_2023", "ctx_2024"])
def test_878_is_marked_on_page_80_in_the_current_model(which, request):
    from itvt_lib.areas import financing

    ctx = request.getfixturevalue(which)
    results = financing.report_results(ctx)
    found = allocation.deviation_contradictions_for(ctx)
    history = financing.marked_current(financing.history_table(results), results, found,
                                       ctx.period.year)
    marked = history[history["Not"] == "1)"][["Modell", "År", "Kommun"]].values.tolist()
    assert marked == [[results.models[0].name, "2023", "Herrljunga"]]
