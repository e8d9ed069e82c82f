"""The operating statement's frames for notebook 01: budget against outcome 2023, the
forecast history table and chart, the cost centre totals' labels, and the last forecast of
record at year end.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import without_params

# ---------------------------------------------------------------- budget: the notebook's frames


def test_budget_vs_outcome_2023(ctx_2023):
    """The papers' resultaträkning 2023: Budget 2023 and Utfall 2023 per line item (no
    totals, no kommunbidrag); "Lokalkostnader" budget "-" is 0."""
    from itvt_lib.areas import budget

    layout = budget.statement_layout(ctx_2023.dataset["kontogrupper"])
    result = budget.budget_vs_outcome(budget.statement_for(ctx_2023), layout, ctx_2023.period)
    expected = pd.DataFrame(
        {"Budget 2023": [-8013.0, 12881.0, 0.0, 15530.0, 5812.0],
         "Utfall 2023": [-9115.0, 14225.0, 8.0, 15499.0, 5814.0]},
        index=pd.Index(["Intäkter", "Personalkostnader", "Lokalkostnader, energi, VA",
                        "Övriga kostnader", "Kapitalkostnader"], name="post"))
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)


@pytest.mark.parametrize(("period", "label", "month", "netto", "resultat"), [
    ("2023-12", "Utfall 2023", "dec", 26430.0, -219.0),            # the annual report
    ("2024-02", "Prognos februari 2024", "feb", 18971.0, 0.0),     # Summa SeN IT, prognos
])
def test_budget_forecast_history_table_and_chart(period, label, month, netto, resultat):
    """One row per prognos (utfall at year end) labelled by month; the chart sets each
    beside the budgeted resultat (0 tkr both years: kommunbidrag = nettokostnad budget)."""
    from itvt_lib.areas import budget, open_report

    ctx = open_report(period)
    history = budget.forecast_history_for(ctx)
    result = budget.forecast_history_table(history)
    expected = pd.DataFrame({"Nettokostnad": [netto], "Resultat": [resultat],
                             "Förändring av resultatet": [float("nan")]}, index=[label])
    pd.testing.assert_frame_equal(result, expected)
    chart = budget.forecast_chart_for(ctx, history)
    expected = pd.DataFrame({f"Budget {ctx.period.year}": [0.0],
                             "Prognos (utfall i december)": [resultat]}, index=[month])
    pd.testing.assert_frame_equal(chart, expected, check_dtype=False)


def test_budget_forecast_formats_sign_the_change():
    from itvt_lib.areas import budget

    (column, fmt), = budget.forecast_formats().items()
    assert column == "Förändring av resultatet"
    assert [fmt(-30.0), fmt(5.0), fmt(0.0), fmt(float("nan"))] == ["\u221230", "+5", "–", ""]


def test_budget_cost_centre_total_labels(ctx_2023):
    """The papers' kostnadsställe table: "Kommungemensamma" and the total "Summa SeN IT"."""
    from itvt_lib.areas import budget

    assert budget.kostnadsstalle_total_labels(ctx_2023.params) == ("Kommungemensamma",
                                                                "Summa SeN IT")


def test_budget_last_forecast_only_at_year_end_with_its_record(ctx_2023):
    """Rule: the last forecast of record needs year end, the year's "utfall bättre" (the
    papers: 500 tkr) and the resultat of record (−219 tkr): −219 − 500 = −719."""
    import dataclasses

    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    def probe(period=ctx_2023.period, **tables):
        dataset = dataclasses.replace(ctx_2023.dataset,
                                      tables={**ctx_2023.dataset.tables, **tables})
        return budget.last_forecast_for(dataclasses.replace(ctx_2023, period=period,
                                                            dataset=dataset))

    assert probe() == (-719.0, 500.0)
    assert probe(Period(2023, 11)) is None
    assert probe(sista_prognos=ctx_2023.dataset["sista_prognos"].iloc[0:0]) is None
    totals = ctx_2023.dataset["bokslut_totaler"]
    assert probe(bokslut_totaler=totals[totals["post"] != "resultat"]) is None


def test_budget_result_default_rule_is_green_at_zero():
    """2024-02: prognos resultat 0 tkr (the papers) is green by the default rule (≥ 0 tkr)."""

    from itvt_lib.areas import budget, open_report

    ctx = without_params(open_report("2024-02"), "status")
    (result, *_) = budget.key_figures(ctx)
    assert (result.value, result.status) == (0.0, "green")
