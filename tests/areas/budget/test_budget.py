"""Operating statement (driftredovisning): rules, reference figures, summary and checks."""

from __future__ import annotations

import pandas as pd

from itvt_lib import areas as report
from itvt_lib.areas import budget
from itvt_lib.core.periods import Period


def _layout():
    groups = pd.DataFrame({"kontogrupp": ["Intäkter", "Kostnad A", "Kostnad B", "Kommunbidrag"],
                           "ordning": [1, 2, 3, 4],
                           "typ": ["intakt", "kostnad", "kostnad", "kommunbidrag"]})
    return budget.statement_layout(groups)


def test_with_totals_follows_the_sign_convention():
    items = pd.Series({"Intäkter": -100.0, "Kostnad A": 250.0, "Kostnad B": 50.0,
                       "Kommunbidrag": 180.0})
    result = budget.with_totals(items, _layout())
    # nettokostnad = income + costs; resultat = kommunbidrag − nettokostnad
    assert result[budget.SUMMA_INTAKTER] == -100
    assert result[budget.SUMMA_KOSTNADER] == 300
    assert result[budget.NETTOKOSTNAD] == 200
    assert result[budget.RESULTAT] == -20


def test_with_totals_is_missing_when_an_item_is_missing():
    items = pd.Series({"Intäkter": -100.0, "Kostnad A": float("nan"), "Kostnad B": 50.0,
                       "Kommunbidrag": 180.0})
    result = budget.with_totals(items, _layout())
    assert pd.isna(result[budget.SUMMA_KOSTNADER]) and pd.isna(result[budget.RESULTAT])


def test_avvikelse_positive_means_better_than_budget():
    layout = _layout()
    budget_col = pd.Series({"Intäkter": -8013.0, "Kostnad A": 12881.0, "Kommunbidrag": 100.0,
                            budget.RESULTAT: 0.0})
    outcome = pd.Series({"Intäkter": -9115.0, "Kostnad A": 14225.0, "Kommunbidrag": 100.0,
                         budget.RESULTAT: -219.0})
    result = budget.avvikelse(budget_col, outcome, layout["klass"].reindex(budget_col.index))
    expected = pd.Series({"Intäkter": 1102.0, "Kostnad A": -1344.0, "Kommunbidrag": 0.0,
                          budget.RESULTAT: -219.0})
    pd.testing.assert_series_equal(result, expected)


def test_budget_is_ursprunglig_plus_tillagg():
    frame = pd.DataFrame({"year": [2024] * 3, "period": [None] * 3,
                          "measure": ["ursprunglig_budget", "tillagg", "ursprunglig_budget"],
                          "kontogrupp": ["Kapitalkostnader", "Kapitalkostnader", "Övriga"],
                          "belopp": [5460.0, -24.0, 16356.0]})
    result = budget.budget_amounts(frame, "kontogrupp", 2024)
    expected = pd.Series({"Kapitalkostnader": 5436.0, "Övriga": 16356.0}, name="belopp")
    expected.index.name = "kontogrupp"
    pd.testing.assert_series_equal(result.sort_index(), expected.sort_index())


def test_reportable_periods():
    dataset = report.open_report("latest").dataset
    assert [str(p) for p in report.reportable_periods(dataset)] == ["2023-12", "2024-02"]
    assert str(report.open_report("latest").period) == "2024-02"


def test_statement_2024_02_reproduces_the_monthly_report(ctx_2024):
    table = budget.statement_for(ctx_2024)
    # Source: Månadsrapport per 2024-02-29, "1. Driftredovisning".
    assert table.loc["Intäkter", "Prognos 2024"] == -17750
    assert table.loc["Personalkostnader", "Prognos 2024"] == 14929  # corrected from 14 959
    assert table.loc[budget.SUMMA_KOSTNADER, "Budget 2024"] == 36721
    assert table.loc[budget.SUMMA_KOSTNADER, "Urspr. budget 2024"] == 36745
    assert table.loc[budget.NETTOKOSTNAD, "Prognos 2024"] == 18971
    assert table.loc["Kommunbidrag", "Budget 2024"] == 18971
    assert table.loc[budget.RESULTAT, "Prognos 2024"] == 0
    assert table.loc["Kapitalkostnader", "Tillägg 2024"] == -24
    assert table.loc["Kapitalkostnader", "Budget 2024"] == 5436
    assert table.loc[budget.SUMMA_KOSTNADER, "Bokslut 2023"] == 35545  # of record
    assert (table["Avvikelse helår"].abs() < 0.5).all()


def test_statement_2023_12_reproduces_the_annual_report(ctx_2023):
    table = budget.statement_for(ctx_2023)
    assert list(table.columns) == ["Bokslut 2021", "Bokslut 2022", "Budget 2023", "Utfall 2023",
                                   "Avvikelse"]
    assert table.loc["Intäkter", "Utfall 2023"] == -9115
    assert table.loc[budget.SUMMA_KOSTNADER, "Utfall 2023"] == 35545
    assert table.loc[budget.NETTOKOSTNAD, "Utfall 2023"] == 26430
    assert table.loc["Kommunbidrag", "Utfall 2023"] == 26210
    assert table.loc[budget.RESULTAT, "Utfall 2023"] == -219
    assert table.loc["Intäkter", "Avvikelse"] == 1102
    assert table.loc["Personalkostnader", "Avvikelse"] == -1344
    # −1 322 = budget 34 223 − utfall 35 545 (the source printed 1 322)
    assert table.loc[budget.SUMMA_KOSTNADER, "Avvikelse"] == -1322
    assert table.loc[budget.RESULTAT, "Bokslut 2021"] == -3867
    assert table.loc[budget.RESULTAT, "Bokslut 2022"] == -4104


def test_recomputed_totals_differ_from_record_only_by_rounding(ctx_2023):
    table = budget.statement_for(ctx_2023, recomputed=True)
    # 14 225 + 8 + 15 499 + 5 814 = 35 546 (published 35 545)
    assert table.loc[budget.SUMMA_KOSTNADER, "Utfall 2023"] == 35546


def test_cost_centres_2023_12(ctx_2023):
    table = budget.kostnadsstallen_for(ctx_2023)
    assert table.loc[budget.GEMENSAMMA, "Bokslut 2021"] == 16094  # of record, no split given
    assert pd.isna(table.loc["– varav IT Gemensamt", "Bokslut 2021"])
    assert table.loc["– varav IT Gemensamt", "Avvikelse"] == -45
    assert table.loc["– varav Telefonväxel", "Avvikelse"] == -174
    assert table.loc["Summa SeN IT", "Utfall 2023"] == 26430


def test_cost_centres_2024_02(ctx_2024):
    table = budget.kostnadsstallen_for(ctx_2024)
    assert table.loc["IT Gemensamt", "Budget 2024"] == 18347
    assert table.loc["Telefonväxel", "Prognos 2024"] == 624
    assert table.loc["Summa SeN IT", "Bokslut 2023"] == 26430


def test_summary_sentences(ctx_2023, ctx_2024):
    assert budget.summary(ctx_2024)[0] == "IT, växel och telefoni prognostiserar en budget i balans."
    year_end = budget.summary(ctx_2023)
    assert year_end[0] == ("IT, växel och telefoni redovisar ett underskott på 219 tkr för "
                           "budgetåret 2023.")
    assert "högre personalkostnader än budgeterat" in year_end[1]


def test_summary_of_a_deficit_forecast(data_dir):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("2024,2024-02,prognos,Personalkostnader,14929",
                                 "2024,2024-02,prognos,Personalkostnader,15429"), encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    assert budget.summary(ctx)[0] == ("IT, växel och telefoni prognostiserar ett underskott på "
                                      "500 tkr för helåret 2024.")


def test_checks_flag_the_known_inconsistencies(ctx_2023, ctx_2024):
    by_text = {c.description: c for c in budget.checks(ctx_2024)}
    personal = next(c for d, c in by_text.items() if "Personalkostnader, prognos 2024" in d)
    assert (personal.expected, personal.actual, personal.status) == (14959, 14929, "warn")
    lokal = next(c for d, c in by_text.items() if "Lokalkostnader" in d)
    assert (lokal.expected, lokal.actual, lokal.status) == (2, 8, "warn")
    year_end = budget.checks(ctx_2023)
    kost = next(c for c in year_end if "Summa kostnader, avvikelse" in c.description)
    assert (kost.expected, kost.actual, kost.status) == (1322, -1322, "warn")
    resultat = next(c for c in year_end if "Resultat, avvikelse" in c.description)
    assert (resultat.expected, resultat.actual, resultat.status) == (0, -219, "warn")
    record = next(c for c in year_end if c.description.startswith("Summa kostnader 2023"))
    assert (record.status, record.note) == ("pass", "avrundningsdifferens")
    assert not [c for c in year_end + budget.checks(ctx_2024) if c.status == "fail"]


def test_record_beyond_tolerance_fails(data_dir):
    path = data_dir / "bokslut_totaler.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2023,summa_kostnader,,35545",
                                                             "2023,summa_kostnader,,35645"),
                    encoding="utf-8")
    checks = budget.checks(report.open_report("2023-12", data_dir))
    failed = [c for c in checks if c.status == "fail"]
    assert any(c.description.startswith("Summa kostnader 2023") for c in failed)


def test_key_figure_status_follows_the_rule(ctx_2023, ctx_2024):
    # −219 ≥ −1 % × 26 430 = −264,3: yellow; 0 ≥ 0: green
    assert budget.key_figures(ctx_2023)[0].status == "yellow"
    assert budget.key_figures(ctx_2024)[0].status == "green"


def test_statement_columns_for_a_month_and_year_end():
    month = [c.label for c in budget.statement_columns(Period(2024, 5))]
    assert month == ["Bokslut 2023", "Urspr. budget 2024", "Tillägg 2024", "Budget 2024",
                     "Prognos 2024", "Avvikelse helår"]
    assert Period(2024, 12).outcome_measure == "utfall"
    assert Period(2024, 5).outcome_measure == "prognos"


def test_2024_printed_figures_stand_beside_the_computed_ones(ctx_2024):
    # the source printed Personalkostnader prognos 14 959, but Summa kostnader 36 721 with
    # avvikelse "–" gives 14 929; and Lokalkostnader 2023 as 2, where the annual report has 8
    table, notes = budget.statement_display_for(ctx_2024)
    assert table.loc["Personalkostnader", "Prognos 2024"] == 14929
    assert table.loc["Personalkostnader", "Prognos 2024, publicerad"] == "14\u00a0959*"
    assert table.loc["Lokalkostnader, energi, VA", "Bokslut 2023"] == 8
    assert table.loc["Lokalkostnader, energi, VA", "Bokslut 2023, publicerad"] == "2**"
    marked = (table[["Prognos 2024, publicerad", "Bokslut 2023, publicerad"]] != "").sum()
    assert marked.tolist() == [1, 1]  # nothing else is marked
    assert notes[0].startswith("* Månadsrapport per 2024-02-29 anger prognos 2024: "
                               "Personalkostnader 14\u00a0959 tkr. Tabellen visar det "
                               "beräknade beloppet: Personalkostnader 14\u00a0929 tkr.")
    assert "Tabellen visar bokslutets belopp: Lokalkostnader, energi, VA 8 tkr." in notes[1]


def test_2023_printed_avvikelse_stands_beside_it_zero_as_printed(ctx_2023):
    table, notes = budget.statement_display_for(ctx_2023)
    printed = table["Avvikelse, publicerad"]
    assert printed[printed != ""].to_dict() == {  # −219 and −1: avrundningsdifferenser
        "Kapitalkostnader": "\u22121*", "Summa kostnader": "1\u00a0322*",
        "Summa nettokostnader": "\u2212219*", "Resultat": "–*"}
    assert table.loc["Resultat", "Avvikelse"] == -219
    assert len(notes) == 2  # the printed figures' note, then the rows' sums as shown


def test_no_printed_column_without_a_differing_figure(ctx_2024):
    published = ctx_2024.dataset["published"].iloc[0:0]
    statement = budget.statement_for(ctx_2024)
    differing = budget.differing_published(published, ctx_2024.period, "driftredovisning",
                                           statement, budget.statement_columns(ctx_2024.period),
                                           ctx_2024.tolerance)
    table, notes = budget.with_published(statement, differing)
    pd.testing.assert_frame_equal(table, statement)
    assert notes == []
