"""Operating statement (budget.py): exact values and boundaries that the other fast tests
leave open (the mutation run's survivors, issue 18).

Figures come from the committee's papers (annual report 2023, "Driftredovisning" and
"Organisatorisk fördelning"; monthly report per 2024-02-29, section 1) or from the rule
stated beside each case. Every test is fast: no notebook, no CLI.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from conftest import sv, without_params

from itvt_lib.areas import budget
from itvt_lib.core.checks import Check
from itvt_lib.core.periods import Period

NAN = float("nan")
YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


# ---------------------------------------------------------------- line items

def test_line_items_leave_out_rows_not_in_the_layout():
    """Rule: line items are the layout's intakt and kostnad rows; a table row the layout
    does not know (here a note row) is not a line item, whatever its position."""
    groups = pd.DataFrame({"kontogrupp": ["Intäkter", "Kostnad A", "Kostnad B", "Kommunbidrag"],
                           "ordning": [1, 2, 3, 4],
                           "typ": ["intakt", "kostnad", "kostnad", "kommunbidrag"]})
    layout = budget.statement_layout(groups)
    table = pd.DataFrame({"Utfall 2023": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]},
                         index=["Anmärkning", "Kostnad B", budget.RESULTAT, "Intäkter",
                                "Kommunbidrag", "Kostnad A"])
    result = budget.line_items(table, layout)
    expected = pd.DataFrame({"Utfall 2023": [2.0, 4.0, 6.0]},
                            index=["Kostnad B", "Intäkter", "Kostnad A"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- the forecast sentence

def test_forecast_sentence_moves_from_a_first_forecast_other_than_zero():
    """Rule: the movement is last − first forecast: 150 − 100 = 50 tkr better."""
    history = pd.DataFrame([("2024-02", "prognos", 100.0), ("2024-05", "prognos", 150.0)],
                           columns=["period", "kind", "resultat"])
    result = budget.forecast_sentence(history, Period(2024, 5))
    assert result == ("Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet "
                      "har förbättrats med 50 tkr sedan februari, till 150 tkr.")


# ---------------------------------------------------------------- tolerance per total

@pytest.mark.parametrize(("post", "expected"), [
    ("summa_intakter", 1),      # Intäkter
    ("summa_kostnader", 4),     # Personal-, Lokal-, Övriga, Kapitalkostnader
    ("nettokostnad", 5),        # the five above
    ("resultat", 6),            # and Kommunbidrag
    ("kommunbidrag", 1),        # not a total: one line
])
def test_line_count_of_the_papers_layout(dataset, post, expected):
    """Rule: a total's tolerance counts the line items it sums; the papers' resultaträkning
    has 1 intäkt line, 4 cost lines and 1 kommunbidrag line."""
    layout = budget.statement_layout(dataset["kontogrupper"])
    assert budget._line_count(layout, post) == expected


# ---------------------------------------------------------------- summary sentences

# Rule: |resultat| ≤ tolerance is "i balans"; beyond it > 0 is an överskott, < 0 an
# underskott, the amount rounded half away from zero. Tolerance 0 is allowed
# (params/defaults.yaml: tolerance_tkr ≥ 0).
@pytest.mark.parametrize(("period", "resultat", "tolerance", "expected"), [
    (YEAR_END, -219.0, 1.0, "V redovisar ett underskott på 219 tkr för budgetåret 2023."),
    (YEAR_END, 1.0, 1.0, "V redovisar ett resultat i balans för budgetåret 2023."),
    (YEAR_END, -1.0, 1.0, "V redovisar ett resultat i balans för budgetåret 2023."),
    (YEAR_END, 500.0, 1.0, "V redovisar ett överskott på 500 tkr för budgetåret 2023."),
    (YEAR_END, 0.6, 0.0, "V redovisar ett överskott på 1 tkr för budgetåret 2023."),
    (YEAR_END, -0.6, 0.0, "V redovisar ett underskott på 1 tkr för budgetåret 2023."),
    (MONTH, 0.0, 1.0, "V prognostiserar en budget i balans."),
    (MONTH, 1.0, 1.0, "V prognostiserar en budget i balans."),
    (MONTH, -1.0, 1.0, "V prognostiserar en budget i balans."),
    (MONTH, -500.0, 1.0, "V prognostiserar ett underskott på 500 tkr för helåret 2024."),
    (MONTH, 1234.0, 1.0,
     f"V prognostiserar ett överskott på {sv('1 234')} tkr för helåret 2024."),
    (MONTH, 0.6, 0.0, "V prognostiserar ett överskott på 1 tkr för helåret 2024."),
])
def test_result_sentence_boundaries(period, resultat, tolerance, expected):
    assert budget._result_sentence("V", period, resultat, tolerance) == expected


def _deviation(layout: pd.DataFrame, values: dict[str, float]) -> pd.DataFrame:
    """A statement whose last column (the avvikelse) holds `values` by kontogrupp, 0 for the
    other rows."""
    column = pd.Series(0.0, index=layout.index)
    for key, value in values.items():
        column[key] = value
    return pd.DataFrame({"Budget": 0.0, "Avvikelse": column}, index=layout.index)


# Rule: beyond the tolerance, the line item (intäkt or kostnad) with the largest avvikelse
# in the resultat's direction is named, if it lies in that direction and beyond the
# tolerance; "högre"/"lägre" follows its class (a cost is higher when its avvikelse < 0).
@pytest.mark.parametrize(("resultat", "tolerance", "year_end", "values", "expected"), [
    # the papers 2023: −219 tkr, Personalkostnader −1 344 tkr
    (-219.0, 1.0, True, {"Personalkostnader": -1344.0},
     "Det negativa resultatet beror främst på högre personalkostnader än budgeterat "
     f"({sv('-1 344')} tkr)."),
    (-1013.0, 1.0, True, {"Intäkter": -1013.0, "Personalkostnader": -10.0},
     "Det negativa resultatet beror främst på lägre intäkter än budgeterat "
     f"({sv('-1 013')} tkr)."),
    (300.0, 1.0, False, {"Övriga kostnader": 300.0, "Intäkter": 20.0},
     "Det positiva resultatet beror enligt prognosen främst på lägre övriga kostnader än "
     "budgeterat (+300 tkr)."),
    (0.6, 0.0, False, {"Intäkter": 5.0, "Personalkostnader": -3.0},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter än budgeterat "
     "(+5 tkr)."),
    (0.6, 0.0, False, {"Intäkter": 0.5},
     "Det positiva resultatet beror enligt prognosen främst på högre intäkter än budgeterat "
     "(+1 tkr)."),
    # within the tolerance (exactly 1 tkr): no driver
    (1.0, 1.0, False, {"Personalkostnader": 50.0}, ""),
    # only kommunbidrag explains it: not a line item, no driver
    (-500.0, 1.0, True, {"Kommunbidrag": -500.0}, ""),
    # every line item better than budget: none explains a deficit
    (-100.0, 1.0, True, {"Intäkter": 30.0, "Personalkostnader": 50.0,
                         "Lokalkostnader, energi, VA": 40.0, "Övriga kostnader": 20.0,
                         "Kapitalkostnader": 10.0}, ""),
    # the worst line item exactly at the tolerance: no driver
    (-100.0, 1.0, True, {"Personalkostnader": -1.0}, ""),
])
def test_driver_sentence_boundaries(dataset, resultat, tolerance, year_end, values, expected):
    layout = budget.statement_layout(dataset["kontogrupper"])
    table = _deviation(layout, values)
    assert budget._driver_sentence(table, layout, resultat, tolerance, year_end) == expected


def _tillagg(kommunbidrag: float | None) -> pd.DataFrame:
    """2024's amounts with the given tillägg to Kommunbidrag (None: no row) and −24 to
    Kapitalkostnader (not kommunbidrag: never stated)."""
    rows = [(2024, None, "ursprunglig_budget", "Kommunbidrag", 18995.0),
            (2024, None, "tillagg", "Kapitalkostnader", -24.0)]
    if kommunbidrag is not None:
        rows.append((2024, None, "tillagg", "Kommunbidrag", kommunbidrag))
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kontogrupp", "belopp"])


# Rule: a tillägg to kommunbidrag of at least 0,5 tkr (shown rounded) is stated, ökats
# when positive; only in a monthly report. The papers 2024-02: minskats med 24 tkr.
@pytest.mark.parametrize(("kommunbidrag", "period", "expected"), [
    (-24.0, MONTH, "Sedan budgetbeslutet har kommunbidraget minskats med 24 tkr."),
    (-24.0, Period(2024, 12), ""),
    (None, MONTH, ""),
    (0.0, MONTH, ""),
    (0.4, MONTH, ""),
    (0.5, MONTH, "Sedan budgetbeslutet har kommunbidraget ökats med 1 tkr."),
    (1.0, MONTH, "Sedan budgetbeslutet har kommunbidraget ökats med 1 tkr."),
    (-0.5, MONTH, "Sedan budgetbeslutet har kommunbidraget minskats med 1 tkr."),
    (2.0, MONTH, "Sedan budgetbeslutet har kommunbidraget ökats med 2 tkr."),
])
def test_change_sentence_boundaries(dataset, kommunbidrag, period, expected):
    result = budget._change_sentence(_tillagg(kommunbidrag), dataset["kontogrupper"], period)
    assert result == expected


def test_summary_without_a_verksamhet_parameter_says_verksamheten(ctx_2024):
    """Rule: the name defaults to "Verksamheten"; the papers 2024-02: in balance, kommunbidrag
    −24 tkr."""
    result = budget.summary(without_params(ctx_2024, "verksamhet"))
    assert result == ["Verksamheten prognostiserar en budget i balans.",
                      "Sedan budgetbeslutet har kommunbidraget minskats med 24 tkr."]


# ---------------------------------------------------------------- the kostnadsställe table

def test_cost_centre_statement_2023_12(ctx_2023):
    """The papers' "Organisatorisk fördelning" 2023 (grouped at year end). Rows in the
    ordning of kostnadsstallen.csv (Vårgårda 2, Herrljunga 3); "-" is 0, 2021 has no IT/Växel
    split (missing). Totals of record for the boksluts and Utfall 2023 (Kommungemensamma
    16 094, 22 483, 26 430; Summa 19 722, 23 270, 26 430); Budget 2023 sums the rows:
    25 930 + 280 = 26 210. Avvikelse = budget − utfall: 26 210 − 26 430 = −220 (the papers
    print −219, the resultat of record), 25 930 − 25 975 = −45, 280 − 454 = −174."""
    ds = ctx_2023.dataset
    result = budget.cost_centre_statement(budget.netto_for(ds), ds["kostnadsstallen"],
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
    result = budget.cost_centre_statement(budget.netto_for(ds), ds["kostnadsstallen"],
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
    result = budget.cost_centre_statement(_centres_2024(prognos), CENTRES, NO_RECORD, MONTH,
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
    result = budget.cost_centre_statement(_centres_2024(prognos), CENTRES, NO_RECORD, MONTH,
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
    result = budget.cost_centre_statement(netto, centres, NO_RECORD, MONTH, "Summa", grouped)
    rows = ["Kommungemensamma", "– varav A", "Summa"] if grouped else ["A", "Summa"]
    expected = pd.DataFrame({"Bokslut 2023": NAN, "Budget 2024": 70.0, "Prognos 2024": 75.0,
                             "Avvikelse helår": -5.0}, index=rows)
    pd.testing.assert_frame_equal(result, expected)


def test_cost_centre_columns_without_a_budget_split(ctx_2024):
    """Rule: a monthly table shows Urspr. budget and Tillägg only when the year's budget is
    given as ursprunglig budget + tillägg; here it is given as `budget`."""
    netto = _netto([(2024, None, "budget", "A", 70.0), (2024, "2024-02", "prognos", "A", 75.0)])
    centres = pd.DataFrame({"kostnadsstalle": ["A"], "kommun": [None], "ordning": [1]})
    result = budget.cost_centre_statement(netto, centres, ctx_2024.dataset["bokslut_totaler"],
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
    result = budget.cost_centre_statement(_centres_2024({}), centres,
                                          ctx_2024.dataset["bokslut_totaler"], MONTH, "Summa")
    expected = pd.DataFrame({"Bokslut 2023": [26430.0], "Urspr. budget 2024": [NAN],
                             "Tillägg 2024": [NAN], "Budget 2024": [NAN],
                             "Prognos 2024": [NAN], "Avvikelse helår": [NAN]},
                            index=["Summa"])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- checks

CHECK_COLUMNS = ["area", "description", "expected", "actual", "tolerance", "status", "note"]
RECORD = "enligt bokslutet mot summan av raderna"
CENTRES_SUM = "Kostnadsställen summerar till nettokostnaden"
PRINTED = "Driftredovisning: publicerade siffror"
AREA = "Driftredovisning"


def _record_checks(year, intakter, kostnader, recorded):
    """The four record checks of a closed year: of record (`recorded`: summa intäkter,
    summa kostnader, nettokostnad, resultat, kommunbidrag) vs the sum of the papers' line
    items, resultat = kommunbidrag − nettokostnad (tolerance 1 tkr × the lines summed:
    1, 4, 5, 6), pass within it."""
    netto = intakter + kostnader
    rows = []
    for (label, lines), exp, act in zip(
            [("Summa intäkter", 1), ("Summa kostnader", 4), ("Summa nettokostnader", 5),
             ("Resultat", 6)], recorded, [intakter, kostnader, netto, recorded[4] - netto]):
        note = "avrundningsdifferens" if exp != act else ""
        rows.append((AREA, f"{label} {year}: {RECORD}", exp, act, float(lines), "pass", note))
    return rows


# Papers, annual report 2023 (bokslut_totaler.csv); the last figure is kommunbidrag.
RECORDS_2021 = _record_checks(2021, -6635.0, 8372.0 + 0 + 14951.0 + 3034.0,
                              (-6635.0, 26357.0, 19722.0, -3867.0, 15855.0))
RECORDS_2022 = _record_checks(2022, -6996.0, 10128.0 + 0 + 14615.0 + 5523.0,   # 30 266
                              (-6996.0, 30265.0, 23270.0, -4104.0, 19166.0))
RECORDS_2023 = _record_checks(2023, -9115.0, 14225.0 + 8.0 + 15499.0 + 5814.0,  # 35 546
                              (-9115.0, 35545.0, 26430.0, -219.0, 26210.0))


def _checks_frame(rows) -> pd.DataFrame:
    return pd.DataFrame([r if isinstance(r, tuple) else dataclasses.astuple(r) for r in rows],
                        columns=CHECK_COLUMNS).astype({"expected": "float64", "actual": "float64"})


def test_checks_2023_12_exactly(ctx_2023):
    """Every check of the annual report 2023: the records of 2021–2023, the kostnadsställen
    (not grouped: 4 rows, tolerance 1 tkr × 4) against the shown nettokostnad for each column
    with all four figures (2021 has no IT/Växel split: skipped), and the printed figures
    (published.csv) against the shown cells, a difference beyond 1 tkr a warning."""
    centres = [  # (column, nettokostnad shown, sum of the kostnadsställen)
        ("Bokslut 2022", 23270.0, 22160.0 + 416.0 + 371.0 + 323.0),
        ("Budget 2023", 26210.0, 25930.0 + 0 + 0 + 280.0),
        ("Utfall 2023", 26430.0, 25975.0 + 0 + 0 + 454.0)]   # 26 429
    expected = _checks_frame(
        RECORDS_2021 + RECORDS_2022 + RECORDS_2023
        + [(AREA, f"{CENTRES_SUM} ({c})", shown, summed, 4.0, "pass",
            "avrundningsdifferens" if shown != summed else "") for c, shown, summed in centres]
        + [(PRINTED, "Förvaltningsberättelse 2023: Summa kostnader, avvikelse 2023", 1322.0,
            -1322.0, 1.0, "warn", "publicerat avviker från beräknat: "
            + f"Tecknet: budget {sv('34 223')} \u2212 utfall {sv('35 545')} = {sv('-1 322')}"),
           (PRINTED, "Förvaltningsberättelse 2023: Summa nettokostnader, avvikelse 2023",
            -219.0, 26210.0 - 26430.0, 1.0, "pass", "avrundningsdifferens"),
           (PRINTED, "Förvaltningsberättelse 2023: Kapitalkostnader, avvikelse 2023", -1.0,
            5812.0 - 5814.0, 1.0, "pass", "avrundningsdifferens"),
           (PRINTED, "Förvaltningsberättelse 2023: Resultat, avvikelse 2023", 0.0, -219.0, 1.0,
            "warn", "publicerat avviker från beräknat: Tryckt som – men resultatet \u2212219 "
            "avviker från budget 0")])
    pd.testing.assert_frame_equal(_checks_frame(budget.checks(ctx_2023)), expected)


def test_checks_2024_02_exactly(ctx_2024):
    """Every check per 2024-02-29: the record of 2023, the kostnadsställen against the shown
    nettokostnad in each of the five columns (the papers' Summa SeN IT row), and the two
    printed figures that differ (published.csv)."""
    centres = [("Bokslut 2023", 26430.0, 25975.0 + 454.0),
               ("Urspr. budget 2024", 18995.0, 18371.0 + 624.0),
               ("Tillägg 2024", -24.0, -24.0),
               ("Budget 2024", 18971.0, 18347.0 + 624.0),
               ("Prognos 2024", 18971.0, 18347.0 + 624.0)]
    expected = _checks_frame(
        RECORDS_2023
        + [(AREA, f"{CENTRES_SUM} ({c})", shown, summed, 4.0, "pass",
            "avrundningsdifferens" if shown != summed else "") for c, shown, summed in centres]
        + [(PRINTED, "Månadsrapport per 2024-02-29: Personalkostnader, prognos 2024", 14959.0,
            14929.0, 1.0, "warn", "publicerat avviker från beräknat: "
            + f"Summa kostnader {sv('36 721')} och avvikelsen – (noll) ger {sv('14 929')}"),
           (PRINTED, "Månadsrapport per 2024-02-29: Lokalkostnader, energi, VA, utfall 2023",
            2.0, 8.0, 1.0, "warn", "publicerat avviker från beräknat: Förvaltningsberättelsen "
            "2023 (fastställt bokslut) anger 8")])
    pd.testing.assert_frame_equal(_checks_frame(budget.checks(ctx_2024)), expected)


def test_published_checks_of_rows_without_a_cell():
    """Rules: a printed figure whose column (year, measure) is not in the table, or whose
    post is not a row, is checked against nothing: a warning with its note, else "uppgift
    saknas"; a figure equal to its cell passes; the rows after them are still read."""
    table = pd.DataFrame({"Prognos 2024": [10.0, 20.0]}, index=["A", "B"])
    columns = [budget.StatementColumn("Prognos 2024", 2024, "prognos")]
    rows = [  # (year, measure, post, belopp, note)
        (2022, "utfall", "A", 9.0, "Äldre år"),     # no such column
        (2024, "prognos", "X", 7.0, None),          # no such row
        (2024, "budget", "B", 8.0, None),           # no such column, no note
        (2024, "prognos", "B", 20.0, None),         # equal
    ]
    published = pd.DataFrame([("Rapport", "2024-02", "driftredovisning", *r) for r in rows],
                             columns=["source", "report_period", "section", "year", "measure",
                                      "post", "belopp", "note"])
    result = budget.published_checks(published, MONTH, "driftredovisning", table, columns, 1.0)
    assert result == [
        Check(PRINTED, "Rapport: A, utfall 2022", 9.0, None, 1.0, "warn", "Äldre år"),
        Check(PRINTED, "Rapport: X, prognos 2024", 7.0, None, 1.0, "warn", "uppgift saknas"),
        Check(PRINTED, "Rapport: B, budget 2024", 8.0, None, 1.0, "warn", "uppgift saknas"),
        Check(PRINTED, "Rapport: B, prognos 2024", 20.0, 20.0, 1.0, "pass", ""),
    ]


# ---------------------------------------------------------------- a column without rows

def test_operating_statement_column_without_rows_is_missing(dataset):
    """Rule: a statement column whose measure has no rows for the period is shown as
    missing (NaN) on every row, and so is its avvikelse; the other columns are unchanged.
    Figures: Månadsrapport per 2024-02-29, Driftredovisning (prognos rows left out)."""
    drift = dataset["driftredovisning"]
    result = budget.operating_statement(drift[drift["measure"] != "prognos"],
                                        dataset["kontogrupper"], dataset["bokslut_totaler"], MONTH)
    assert result["Prognos 2024"].isna().all()
    assert result["Avvikelse helår"].isna().all()
    expected = pd.Series([-17750.0, -17750.0, 14929.0, 0.0, 16356.0, 5436.0, 36721.0, 18971.0,
                          18971.0, 0.0], index=result.index, name="Budget 2024")
    pd.testing.assert_series_equal(result["Budget 2024"], expected)
