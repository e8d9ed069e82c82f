"""Allocation between the municipalities over the years: the history table and its chart
frame, the allocation display, the surplus/deficit of the report year, the totals' labels,
the footnote and the kommun statement, exact for both report periods.

Figures come from the committee's papers (annual report 2023, "Organisatorisk fördelning";
monthly report per 2024-02-29; "Över- och underskottshantering 2023") or from the rule
stated beside each case. Rows marked TEST data are made up. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_params, with_tables

from itvt_lib.areas import allocation

NAN = float("nan")


KOMMUNER = ["Herrljunga", "Vårgårda"]


TOTAL = "Summa SeN IT"            # namnd_kort of params/defaults.yaml


HISTORY_COLUMNS = ["År", "Kommun", "Befolkningsandel", "Budget", "Utfall/prognos", "Avser",
                   "Avvikelse"]


# Organisatorisk fördelning, annual report 2023: nettokostnad of record per kommun; no
# key and no budget per kommun before 2023; 2023 budget 12 480 / 13 730, resultat 878 / −1 097
HISTORY_CLOSED = [
    ("2021", "Herrljunga", NAN, NAN, 7554.0, "utfall", NAN),
    ("2021", "Vårgårda", NAN, NAN, 12168.0, "utfall", NAN),
    ("2022", "Herrljunga", NAN, NAN, 10229.0, "utfall", NAN),
    ("2022", "Vårgårda", NAN, NAN, 13041.0, "utfall", NAN),
    ("2023", "Herrljunga", 0.439, 12480.0, 11603.0, "utfall", 878.0),
    ("2023", "Vårgårda", 0.561, 13730.0, 14827.0, "utfall", -1097.0),
]


# 2024 prognos: 18 971 × 43,6 % = 8 271,356 and × 56,4 % = 10 699,644, shown as the
# statement shows them, whole tkr by largest remainder: 8 271 and 10 700; avvikelse =
# budget − prognos as shown: 9 178 − 8 271 = 907, 9 793 − 10 700 = −907
HISTORY_2024 = [
    ("2024", "Herrljunga", 0.436, 9178.0, 8271.0, "prognos 2024-02", 907.0),
    ("2024", "Vårgårda", 0.564, 9793.0, 10700.0, "prognos 2024-02", -907.0),
]


# ---------------------------------------------------------------- history


@pytest.mark.parametrize(("fixture", "rows"), [
    ("ctx_2023", HISTORY_CLOSED),
    ("ctx_2024", HISTORY_CLOSED + HISTORY_2024),
])
def test_history_exact(request, fixture, rows):
    result = allocation.history_for(request.getfixturevalue(fixture))
    expected = pd.DataFrame(rows, columns=HISTORY_COLUMNS)
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_history_recomputes_a_closed_year_without_a_record(request, fixture):
    """TEST data: without 2023's per-kommun records the closed year is recomputed by the
    rule: joint utfall of record 26 430 × 43,9 % = 11 602,77 and × 56,1 % = 14 827,23, in
    whole tkr by largest remainder 11 603 and 14 827; avvikelse 12 480 − 11 603 = 877 and
    13 730 − 14 827 = −1 097."""
    ctx = request.getfixturevalue(fixture)
    totals = ctx.dataset["bokslut_totaler"]
    per_kommun_2023 = (totals["year"] == 2023) & totals["kommun"].notna()
    changed = with_tables(ctx, bokslut_totaler=totals[~per_kommun_2023])
    result = allocation.history_for(changed).set_index(["År", "Kommun"]).loc["2023"]
    expected = pd.DataFrame({"Befolkningsandel": [0.439, 0.561], "Budget": [12480.0, 13730.0],
                             "Utfall/prognos": [11603.0, 14827.0],
                             "Avser": ["utfall", "utfall"],
                             "Avvikelse": [877.0, -1097.0]},
                            index=pd.Index(KOMMUNER, name="Kommun"))
    pd.testing.assert_frame_equal(result, expected)


def test_history_starts_at_the_first_year_of_record(ctx_2023):
    """TEST data: an operating statement that starts in 2023 still leaves 2021 and 2022 in
    the history, from the per-kommun records of the annual report."""
    drift = ctx_2023.dataset["driftredovisning"]
    changed = with_tables(ctx_2023, driftredovisning=drift[drift["year"] >= 2023])
    result = allocation.history_for(changed)
    expected = pd.DataFrame(HISTORY_CLOSED, columns=HISTORY_COLUMNS)
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- history chart frame


def test_history_chart_frame_from_a_long_table():
    """Rule: one row per year, "<kommun> budget" and "<kommun> utfall/prognos" per member in
    the order the members first appear; missing stays missing."""
    history = pd.DataFrame([("2022", "B", NAN, 5.0), ("2022", "A", NAN, 6.0),
                            ("2023", "B", 1.0, 2.0), ("2023", "A", 3.0, 4.0)],
                           columns=["År", "Kommun", "Budget", "Utfall/prognos"])
    result = allocation.history_chart_frame(history)
    expected = pd.DataFrame({"B budget": [NAN, 1.0], "B utfall/prognos": [5.0, 2.0],
                             "A budget": [NAN, 3.0], "A utfall/prognos": [6.0, 4.0]},
                            index=pd.Index(["2022", "2023"], name="År"))
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("fixture", "years", "prognos"), [
    ("ctx_2023", ["2021", "2022", "2023"], []),
    ("ctx_2024", ["2021", "2022", "2023", "2024"], [(9178.0, 8271.0, 9793.0, 10700.0)]),
])
def test_history_chart_frame_of_the_report(request, fixture, years, prognos):
    # budget and utfall per kommun as in HISTORY_CLOSED (annual report 2023)
    rows = [(NAN, 7554.0, NAN, 12168.0), (NAN, 10229.0, NAN, 13041.0),
            (12480.0, 11603.0, 13730.0, 14827.0), *prognos]
    result = allocation.history_chart_frame(allocation.history_for(
        request.getfixturevalue(fixture)))
    expected = pd.DataFrame(rows, columns=["Herrljunga budget", "Herrljunga utfall/prognos",
                                           "Vårgårda budget", "Vårgårda utfall/prognos"],
                            index=pd.Index(years, name="År"))
    pd.testing.assert_frame_equal(result, expected)


ALLOCATION_COLUMNS = ["Befolkningsandel", "Budget", "Budgetandel", "Gemensamma kostnader",
                      "Kommunspecifika", "Kostnad", "Avvikelse"]


# ---------------------------------------------------------------- allocation display


@pytest.mark.parametrize(("fixture", "rows"), [
    # 2023: of record 11 603 / 14 827 (26 430), resultat 878 / −1 097 (−219); the joint
    # cost 26 430 × 43,9 / 56,1 % = 11 602,77 / 14 827,23 is shown 11 603 / 14 827
    ("ctx_2023", [(0.439, 12480.0, 0.476, 11603.0, 0.0, 11603.0, 878.0),
                  (0.561, 13730.0, 0.524, 14827.0, 0.0, 14827.0, -1097.0),
                  (1.0, 26210.0, 1.0, 26430.0, 0.0, 26430.0, -219.0)]),
    # 2024: 18 971 × 43,6 / 56,4 % = 8 271,356 / 10 699,644 → 8 271 / 10 700 (largest
    # remainder); avvikelse 9 178 − 8 271 = 907, 9 793 − 10 700 = −907, total 0
    ("ctx_2024", [(0.436, 9178.0, 0.484, 8271.0, 0.0, 8271.0, 907.0),
                  (0.564, 9793.0, 0.516, 10700.0, 0.0, 10700.0, -907.0),
                  (1.0, 18971.0, 1.0, 18971.0, 0.0, 18971.0, 0.0)]),
])
def test_allocation_display_exact(request, fixture, rows):
    result = allocation.allocation_display_for(request.getfixturevalue(fixture))
    expected = pd.DataFrame(rows, columns=ALLOCATION_COLUMNS, index=[*KOMMUNER, TOTAL])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- surplus / deficit


def test_surplus_deficit_2024_prognos_exact(ctx_2024):
    """2024: IB 0 resting on the proposed write-off; the year's result is the prognos drift
    907 / −907 (0); no decision yet ("–"), so IB 2025 is unknown."""
    result = allocation.surplus_deficit_for(ctx_2024)
    expected = pd.DataFrame({
        "IB 2024": [0.0, 0.0, 0.0],
        "IB 2024, förutsättning": ["förutsatt beslut om avskrivning"] * 2 + [""],
        "Årets resultat (prognos)": [907.0, -907.0, 0.0],
        "UB 2024": [907.0, -907.0, 0.0],
        "Beslut": ["–", "–", ""],
        "IB 2025": [NAN, NAN, NAN],
    }, index=[*KOMMUNER, "Totalt"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- labels and footnote


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_total_labels(request, fixture):
    """The statement's total (namnd_kort), the key table's "Summa", the fund's "Totalt"."""
    assert allocation.total_labels(request.getfixturevalue(fixture)) == \
        ("Summa SeN IT", "Summa", "Totalt")


def test_total_labels_follow_namnd_kort(ctx_2024):
    assert allocation.total_labels(with_params(ctx_2024, namnd_kort="Summa nämnden")) == \
        ("Summa nämnden", "Summa", "Totalt")


FOOTNOTE = ("Belopp i tkr. Positiv avvikelse är bättre än budget. Andelarna avrundas till "
            "{places} i procent med största-restmetoden så att de summerar till exakt "
            "100\u00a0%. Avrundningsdifferenser kan förekomma.")


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_footnote_default_one_decimal(request, fixture):
    result = allocation.footnote_text(request.getfixturevalue(fixture))
    assert result == FOOTNOTE.format(places="1 decimal")


@pytest.mark.parametrize(("decimals", "places"), [
    (0, "heltal"), (1, "1 decimal"), (2, "2 decimaler"), (3, "3 decimaler"),
])
def test_footnote_follows_share_decimals(ctx_2024, decimals, places):
    result = allocation.footnote_text(with_params(ctx_2024, share_decimals=decimals))
    assert result == FOOTNOTE.format(places=places)


# ---------------------------------------------------------------- the kommun statement


def test_statement_missing_budget_row_leaves_its_total_missing(ctx_2024):
    """TEST data: without Vårgårda's ursprunglig budget 2024 (9 817 in the monthly report)
    its budget and the totals are missing, not Herrljunga's 9 178 alone."""
    kb = ctx_2024.dataset["kommunbidrag_kommun"]
    kb = kb[~((kb["year"] == 2024) & (kb["measure"] == "ursprunglig_budget")
              & (kb["kommun"] == "Vårgårda"))]
    result = allocation.kommun_statement(with_tables(ctx_2024, kommunbidrag_kommun=kb))
    expected = pd.DataFrame({"Urspr. budget 2024": [9178.0, NAN, NAN],
                             "Tillägg 2024": [0.0, -24.0, -24.0],
                             "Budget 2024": [9178.0, NAN, NAN]}, index=[*KOMMUNER, TOTAL])
    pd.testing.assert_frame_equal(result[list(expected.columns)], expected)


def test_statement_total_result_of_record_stands(ctx_2023):
    """TEST data: without Vårgårda's resultat of record its avvikelse is recomputed from
    the figures of record (13 730 − 14 827 = −1 097); the total stays the annual report's
    −219 (not 26 210 − 26 430 = −220)."""
    totals = ctx_2023.dataset["bokslut_totaler"]
    totals = totals[~((totals["year"] == 2023) & (totals["post"] == "resultat")
                      & (totals["kommun"] == "Vårgårda"))]
    result = allocation.kommun_statement(with_tables(ctx_2023, bokslut_totaler=totals))
    expected = pd.DataFrame({"Budget 2023": [12480.0, 13730.0, 26210.0],
                             "Utfall 2023": [11603.0, 14827.0, 26430.0],
                             "Avvikelse": [878.0, -1097.0, -219.0]}, index=[*KOMMUNER, TOTAL])
    pd.testing.assert_frame_equal(result[list(expected.columns)], expected)
