"""Investments' report: column labels per period, key figures (also with a zero budget),
the rows of record and the checks, exact for both report periods.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.checks import PASS


@pytest.mark.parametrize(("period", "outcome", "deviation"), [
    ("2023-12", "Utfall 2023", "Avvikelse"),
    ("2024-02", "Prognos 2024", "Avvikelse helår"),
])
def test_investment_column_labels(period, outcome, deviation):
    from itvt_lib.areas import investments
    from itvt_lib.core.periods import Period

    p = Period.parse(period)
    result = investments.column_labels(p)
    assert result[p.outcome_measure] == outcome
    assert result["avvikelse"] == deviation
    assert result["budget"] == f"Budget {p.year}"


@pytest.mark.parametrize(("period", "outcome", "budget", "deviation"), [
    # Source: utfall 551 of budget 3 750 tkr, avvikelse 3 199 (2023); prognos per budget 2024
    ("2023-12", ("Investeringar, utfall 2023", 551.0), "budget 3\u00a0750 tkr", 3199.0),
    ("2024-02", ("Investeringar, prognos 2024", 2875.0), "budget 2\u00a0875 tkr", 0.0),
])
def test_investment_key_figures(period, outcome, budget, deviation):
    from itvt_lib.areas import investments, open_report
    from itvt_lib.core.checks import KeyFigure

    assert investments.key_figures(open_report(period)) == [
        KeyFigure(outcome[0], outcome[1], "tkr", rule=budget),
        KeyFigure("Avvikelse investeringar mot budget", deviation, "tkr",
                  rule="positiv = under budget")]


def test_investment_key_figure_rule_with_a_zero_budget(ctx_2024, monkeypatch):
    from itvt_lib.areas import investments

    monkeypatch.setattr(investments, "_total",
                        lambda rows: {"prognos": 0.0, "budget": 0.0, "avvikelse": 0.0})
    assert investments.key_figures(ctx_2024)[0].rule == "budget 0 tkr"


def test_investments_of_record_keeps_rows_where_nothing_was_printed(ctx_2023):
    from itvt_lib.areas import investments

    rows = investments.rows_for(ctx_2023)
    totals = ctx_2023.dataset["investeringar_totaler"]
    result = investments.apply_of_record(rows, totals.iloc[0:0], ctx_2023.period)
    pd.testing.assert_frame_equal(result, rows)


def _check(checks, description):
    return next(c for c in checks if c.description == description)


@pytest.mark.parametrize(("period", "area", "description", "expected", "tolerance"), [
    # Source: utfall 2023 501 + 50 = 551 tkr over 3 + 1 project lines (1 tkr per line)
    ("2023-12", "Investeringar", "Förvaltningsberättelse 2023: IT Herrljunga, utfall 2023 mot "
     "summan av projektraderna", 501.0, 3.0),
    ("2023-12", "Investeringar", "Förvaltningsberättelse 2023: IT Vårgårda, utfall 2023 mot "
     "summan av projektraderna", 50.0, 1.0),
    ("2023-12", "Investeringar", "Förvaltningsberättelse 2023: TOTALA INVESTERINGAR, utfall "
     "2023 mot summan av projektraderna", 551.0, 4.0),
    # the measure named as its column heading, never by its code (ursprunglig_budget)
    ("2023-12", "Investeringar", "Förvaltningsberättelse 2023: IT Herrljunga, ursprunglig "
     "budget 2023 mot summan av projektraderna", 2850.0, 3.0),
    ("2023-12", "Investeringar", "Förvaltningsberättelse 2023: TOTALA INVESTERINGAR, "
     "tillägg/ombudgetering 2023 mot summan av projektraderna", 400.0, 4.0),
    # a monthly report's figures are published, not of record; 2 lines in all, 1 per kommun
    ("2024-02", "Investeringar: publicerade siffror", "Månadsrapport per 2024-02-29: IT "
     "Herrljunga, prognos 2024 mot summan av projektraderna", 2500.0, 1.0),
    ("2024-02", "Investeringar: publicerade siffror", "Månadsrapport per 2024-02-29: SeN IT, "
     "prognos 2024 mot summan av projektraderna", 2875.0, 2.0),
])
def test_investment_checks(period, area, description, expected, tolerance):
    from itvt_lib.areas import investments, open_report

    check = _check(investments.checks(open_report(period)), description)
    assert (check.area, check.expected, check.actual, check.tolerance, check.status) == (
        area, expected, expected, tolerance, PASS)
