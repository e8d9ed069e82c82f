"""Investments (investeringsredovisning): budget, avvikelse, kommun and total rows, checks."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import notebook_text

from itvt_lib import areas as report
from itvt_lib.areas import investments, load_dataset, load_params
from itvt_lib.core.checks import FAIL, PASS, WARN
from itvt_lib.core.context import ReportContext
from itvt_lib.core.errors import DataError
from itvt_lib.core.periods import Period
from itvt_lib.core.presentation import total_rows

NBSP, MINUS = "\u00a0", "\u2212"
AMOUNTS = ["ursprunglig_budget", "tillagg", "budget", "utfall", "avvikelse"]


def test_total_labels_are_each_kommuns_subtotal_and_the_reports_total(ctx_2023, ctx_2024):
    kommuner = ctx_2023.dataset["kommuner"].sort_values("ordning")["kommun"]
    expected = tuple(f"IT {k}" for k in kommuner)
    # the total row as params/defaults.yaml labels it per kind of report
    assert investments.total_labels(ctx_2023) == (*expected, "TOTALA INVESTERINGAR")
    assert investments.total_labels(ctx_2024) == (*expected, "SeN IT")


def _lines(rows):
    """A small investeringar frame from (year, period, measure, kommun, projekt, belopp)."""
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kommun", "projekt", "belopp"])


SMALL = _lines([
    (2023, None, "ursprunglig_budget", "A", "P1", 100.0),
    (2023, None, "tillagg", "A", "P1", 50.0),
    (2023, "2023-12", "utfall", "A", "P1", 120.0),
    (2023, None, "ursprunglig_budget", "B", "P2", 0.0),
    (2023, None, "tillagg", "B", "P2", 40.0),
    (2023, "2023-12", "utfall", "B", "P2", 60.0),
    (2023, None, "ursprunglig_budget", "C", "P3", 10.0),  # no tillägg row: tillägg 0
    (2023, "2023-12", "utfall", "C", "P3", 0.0),
])


def test_project_lines_budget_is_ursprunglig_plus_tillagg_and_avvikelse_budget_minus_utfall():
    result = investments.project_lines(SMALL, Period(2023, 12))
    index = pd.MultiIndex.from_tuples([("A", "P1"), ("B", "P2"), ("C", "P3")],
                                      names=["kommun", "projekt"])
    expected = pd.DataFrame({"ursprunglig_budget": [100.0, 0.0, 10.0],
                             "tillagg": [50.0, 40.0, 0.0],
                             "budget": [150.0, 40.0, 10.0],
                             "utfall": [120.0, 60.0, 0.0],
                             # positive = under budget, negative = over budget
                             "avvikelse": [30.0, -20.0, 10.0]}, index=index)
    pd.testing.assert_frame_equal(result, expected, check_names=False)


def test_project_lines_use_the_prognos_made_at_the_period():
    frame = pd.concat([SMALL, _lines([(2023, "2023-02", "prognos", "A", "P1", 150.0),
                                      (2023, "2023-03", "prognos", "A", "P1", 90.0)])])
    result = investments.project_lines(frame, Period(2023, 3))
    assert result.loc[("A", "P1"), "prognos"] == 90
    assert result.loc[("A", "P1"), "avvikelse"] == 60
    assert pd.isna(result.loc[("B", "P2"), "prognos"])  # no prognos: missing, not zero
    assert pd.isna(result.loc[("B", "P2"), "avvikelse"])


def test_rows_give_each_kommun_a_subtotal_and_a_total_in_reference_order():
    lines = investments.project_lines(SMALL, Period(2023, 12))
    rows = investments.investment_rows(lines, ["C", "A", "B"], "Summa")
    assert rows["label"].tolist() == ["P3", "IT C", "P1", "IT A", "P2", "IT B", "Summa"]
    assert rows["level"].tolist() == ["projekt", "kommun"] * 3 + ["total"]
    total = rows.set_index("label").loc["Summa", AMOUNTS]
    expected = pd.Series([110.0, 90.0, 200.0, 180.0, 20.0], index=AMOUNTS, name="Summa")
    pd.testing.assert_series_equal(total.astype(float), expected)
    labels = [investments.kommun_label(k) for k in ("C", "A", "B")] + ["Summa"]
    assert total_rows(rows, labels, "label") == [False, True] * 3 + [True]


def test_a_missing_line_makes_its_sums_missing():
    frame = SMALL.copy()
    frame.loc[2, "belopp"] = float("nan")  # utfall of A/P1 missing
    rows = investments.investment_rows(investments.project_lines(frame, Period(2023, 12)),
                                       ["A", "B", "C"], "Summa").set_index("label")
    assert pd.isna(rows.loc["IT A", "utfall"]) and pd.isna(rows.loc["Summa", "utfall"])
    assert rows.loc["IT B", "utfall"] == 60
    assert rows.loc["Summa", "budget"] == 200


def test_investment_table_2023_reproduces_the_annual_report(ctx_2023):
    rows = investments.rows_for(ctx_2023).set_index("label")[AMOUNTS]
    # Source: Förvaltningsberättelse 2023, "Investeringsredovisning".
    expected = pd.DataFrame(
        [[2350, 0, 2350, 501, 1849], [0, 400, 400, 0, 400], [500, 0, 500, 0, 500],
         [2850, 400, 3250, 501, 2749], [500, 0, 500, 50, 450], [500, 0, 500, 50, 450],
         [3350, 400, 3750, 551, 3199]],
        index=pd.Index(["Reinvesteringar IT", "Ombyggnation WiFi Bildning",
                        "Reinv trådlöst nätverk Hja", "IT Herrljunga", "Nätverk",
                        "IT Vårgårda", "TOTALA INVESTERINGAR"], name="label"),
        columns=AMOUNTS, dtype=float)
    pd.testing.assert_frame_equal(rows.astype(float), expected)


def test_investment_table_2024_02_reproduces_the_monthly_report(ctx_2024):
    rows = investments.rows_for(ctx_2024).set_index("label")
    # Source: Månadsrapport per 2024-02-29, "2. Investeringsredovisning".
    assert rows.loc["Reinvestering IT", "budget"] == 2500
    assert rows.loc["Nätverk", "prognos"] == 375
    assert rows.loc["IT Herrljunga", "prognos"] == 2500
    assert rows.loc["IT Vårgårda", "budget"] == 375
    assert rows.loc["SeN IT", "budget"] == 2875
    assert rows.loc["SeN IT", "prognos"] == 2875
    assert rows.loc["SeN IT", "avvikelse"] == 0


def test_display_columns(ctx_2023, ctx_2024):
    assert list(investments.display_table(investments.rows_for(ctx_2024), ctx_2024.period)) == [
        "Projekt (tkr)", "Ursprunglig budget 2024", "Tillägg/ombudgetering 2024", "Budget 2024",
        "Prognos 2024", "Avvikelse helår"]
    compared = investments.budget_vs_outcome(investments.rows_for(ctx_2023), ctx_2023.period)
    assert list(compared.columns) == ["Budget 2023", "Utfall 2023"]
    assert compared.loc["Reinvesteringar IT"].tolist() == [2350, 501]
    assert "IT Herrljunga" not in compared.index


def test_summary_and_key_figures(ctx_2023, ctx_2024):
    assert investments.summary(ctx_2023) == [
        f"Investeringsbudgeten redovisar en positiv avvikelse med 3{NBSP}199 tkr.",
        f"Per kommun: IT Herrljunga +2{NBSP}749 tkr och IT Vårgårda +450 tkr."]
    assert investments.summary(ctx_2024) == [
        "Prognosen för investeringarna beräknas följa budget."]
    figures = {k.name: k.value for k in investments.key_figures(ctx_2023)}
    assert figures == {"Investeringar, utfall 2023": 551,
                       "Avvikelse investeringar mot budget": 3199}
    figures = {k.name: k.value for k in investments.key_figures(ctx_2024)}
    assert figures["Investeringar, prognos 2024"] == 2875


def test_has_data():
    dataset = load_dataset()
    assert investments.has_data(dataset, Period(2023, 12))
    assert investments.has_data(dataset, Period(2024, 2))
    assert not investments.has_data(dataset, Period(2024, 3))  # no prognos made then


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_printed_kommun_and_total_rows_equal_the_sum_of_the_lines(period):
    result = [c for c in investments.checks(report.open_report(period))
              if not c.area.endswith("motsägelser i underlaget")]
    # 5 measures × (2 kommuner + total) printed rows
    assert len(result) == 15
    assert {c.status for c in result} == {PASS}


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("period, old, status", [
    ("2023-12", "2023,avvikelse,,3199", FAIL),  # of record: a difference is an error
    ("2024-02", "2024,budget,,2875", WARN),     # a monthly report's figure: flagged
])
def test_a_printed_total_that_differs_from_its_lines_is_flagged(data_dir, period, old, status):
    _replace(data_dir / "investeringar_totaler.csv", old, old[:-1] + "0")
    result = investments.checks(report.open_report(period, data_dir))
    bad = [c for c in result if c.status != PASS
           and not c.area.endswith("motsägelser i underlaget")]   # the source's own
    assert len(bad) == 1 and bad[0].status == status


def test_of_record_totals_are_shown_at_year_end(data_dir):
    _replace(data_dir / "investeringar_totaler.csv", "2023,utfall,,551", "2023,utfall,,552")
    rows = investments.rows_for(report.open_report("2023-12", data_dir)).set_index("label")
    assert rows.loc["TOTALA INVESTERINGAR", "utfall"] == 552  # as printed, of record
    lines = investments.rows_for(report.open_report("2024-02", data_dir)).set_index("label")
    assert lines.loc["SeN IT", "prognos"] == 2875  # monthly: computed


def test_works_with_three_kommuner(data_dir):
    with open(data_dir / "kommuner.csv", "a", encoding="utf-8") as fh:
        fh.write("Alingsås,Alingsås kommun,nej,3\n")
    with open(data_dir / "investeringar.csv", "a", encoding="utf-8") as fh:
        fh.write("2024,,ursprunglig_budget,Alingsås,Servrar,100\n"
                 "2024,2024-02,prognos,Alingsås,Servrar,130\n")
    # Without the other areas' data for a third kommun (an allocation key, say), the context
    # is built directly: this tests the investments only.
    dataset = load_dataset(data_dir)
    ctx = ReportContext(Period(2024, 2), dataset, load_params("2024-02"), data_dir)
    rows = investments.rows_for(ctx).set_index("label")
    assert rows.loc["IT Alingsås", "avvikelse"] == -30
    assert rows.loc["SeN IT", "budget"] == 2975
    assert "negativ avvikelse mot budget med 30 tkr" in investments.summary(ctx)[0]


@pytest.mark.parametrize(("prognos", "tolerance", "expected"), [
    ("375.4", 0.0, "Prognosen för investeringarna beräknas följa budget."),
    ("374.6", 0.0, "Prognosen för investeringarna beräknas följa budget."),
    ("375.6", 0.0, "Prognosen för investeringarna visar en negativ avvikelse mot budget med "
                   "1 tkr."),
])
def test_summary_follows_budget_when_the_shown_avvikelse_is_zero(data_dir, prognos, tolerance,
                                                                 expected):
    """Rule: the avvikelse as shown (whole tkr) is compared with the tolerance: with
    tolerance 0 a prognos 0,4 tkr off budget reads "–" and follows budget, never "en
    negativ avvikelse med – tkr"."""
    _replace(data_dir / "investeringar.csv", "2024,2024-02,prognos,Vårgårda,Nätverk,375",
             f"2024,2024-02,prognos,Vårgårda,Nätverk,{prognos}")
    ctx = report.open_report("2024-02", data_dir, overrides={"tolerance_tkr": tolerance})
    result = investments.summary(ctx)[0]
    assert result == expected


@pytest.mark.parametrize("line, message", [
    ("2024,,tillagg,Vårgårda,Router,10",
     r"investeringar.csv:20: measure: \"Router\" har ett tillägg men ingen rad ursprunglig_budget"),
    ("2024,,prognos,Vårgårda,Nätverk,10", r"investeringar.csv:20: period: prognos behöver"),
    ("2024,2024-02,prognos,Alingsås,Nätverk,10",
     r"investeringar.csv:20: kommun: \"Alingsås\" finns inte i kommuner"),
    ("2024,2024-02,utfall,Vårgårda,Nätverk,tio", r"investeringar.csv:20: belopp: \"tio\""),
    ("2024,2024-02,prognos,Vårgårda,Nätverk,1", r"investeringar.csv:20: .*nyckeln"),
])
def test_bad_input_is_a_one_line_error(data_dir, line, message):
    with open(data_dir / "investeringar.csv", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


@pytest.mark.slow
@pytest.mark.parametrize("period, expected", [
    ("2023-12", ["TOTALA INVESTERINGAR", f"3{NBSP}750", "551", f"3{NBSP}199", f"2{NBSP}749",
                 "IT Vårgårda", "Reinv trådlöst nätverk Hja", "positiv avvikelse med 3"]),
    ("2024-02", ["SeN IT", "Reinvestering IT", f"2{NBSP}500", "375", f"2{NBSP}875",
                 "Prognosen för investeringarna beräknas följa budget.",
                 "Prognos enligt budget."]),
])
def test_notebook(period, expected, published_notebook):
    text = notebook_text(published_notebook(period, "05-investeringar.ipynb"))
    for figure in expected:
        assert figure in text, figure
    assert "Traceback" not in text
