"""The Beslutsunderlag's figures (areas/financing/decision.py): one model against the
current one per kommun, in tkr and %. Fast: TEST data by a stated rule, and the embedded
data compared with what page 80 computes (`report_results`)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from financing_test_data import NAN

from itvt_lib.areas import financing
from itvt_lib.areas.financing import decision

D_TKR, D_SHARE = decision.DIFFERENCE_TKR, decision.DIFFERENCE_SHARE


def rows(values: dict[str, list[float]]) -> pd.DataFrame:
    """TEST data: model → cost per kommun A, B (the comparison's long shape)."""
    return pd.DataFrame([{"Modell": m, "Kommun": k, "Kostnad": v}
                         for m, costs in values.items() for k, v in zip("AB", costs, strict=True)])


@pytest.mark.parametrize(("base", "change", "expected"), [
    (200.0, 10.0, 0.05), (200.0, -10.0, -0.05), (0.0, 10.0, NAN), (NAN, 10.0, NAN),
    (200.0, NAN, NAN)])
def test_relative_change_is_the_difference_over_the_current_value(base, change, expected):
    result = decision.relative_change(pd.Series([change]), pd.Series([base]))
    pd.testing.assert_series_equal(result, pd.Series([expected]))


def test_versus_current_gives_both_costs_and_the_difference_chosen_minus_current():
    # TEST rule: current A 100, B 300; chosen A 150, B 250 (the same total).
    result = decision.versus_current(rows({"Nu": [100.0, 300.0], "Ny": [150.0, 250.0]}),
                                     "Nu", "Ny", "Kostnad", ["Kommun"])
    expected = pd.DataFrame({"Kommun": ["A", "B"], "Nu": [100.0, 300.0], "Ny": [150.0, 250.0],
                             D_TKR: [50.0, -50.0], D_SHARE: [0.5, -50 / 300]})
    pd.testing.assert_frame_equal(result, expected)


def test_versus_current_keeps_a_missing_chosen_figure_missing():
    result = decision.versus_current(rows({"Nu": [100.0, 300.0], "Ny": [NAN, NAN]}),
                                     "Nu", "Ny", "Kostnad", ["Kommun"])
    assert result[["Ny", D_TKR, D_SHARE]].isna().all().all()
    assert result["Nu"].tolist() == [100.0, 300.0]


def test_total_row_sums_amounts_and_recomputes_the_share_on_the_totals():
    table = decision.versus_current(rows({"Nu": [100.0, 300.0], "Ny": [160.0, 280.0]}),
                                    "Nu", "Ny", "Kostnad", ["Kommun"])
    result = decision.total_row(table, "Kommun", "Summa").iloc[-1]
    assert result["Kommun"] == "Summa"
    assert (result["Nu"], result["Ny"], result[D_TKR]) == (400.0, 440.0, 40.0)
    assert result[D_SHARE] == pytest.approx(0.1)


def test_total_row_is_missing_when_a_kommun_is():
    table = decision.versus_current(rows({"Nu": [100.0, 300.0], "Ny": [NAN, 280.0]}),
                                    "Nu", "Ny", "Kostnad", ["Kommun"])
    result = decision.total_row(table, "Kommun", "Summa").iloc[-1]
    assert np.isnan(result["Ny"]) and np.isnan(result[D_TKR]) and np.isnan(result[D_SHARE])


@pytest.fixture(scope="module")
def page80(ctx_2024):
    """Every model of params/ as page 80 computes them (embedded data, 2024-02)."""
    return financing.report_results(ctx_2024)


def pair(ctx, name):
    models = financing.param_models(ctx.params)
    chosen = next(m for m in models if m.name == name)
    return financing.compare(ctx.dataset, ctx.period, [models[0], chosen],
                             financing.param_upprakning(ctx.params), None,
                             ctx.params.share_decimals)


@pytest.mark.parametrize("name", ["Växeln efter samtal", "Budgetandel", "Lika delar",
                                  "Grundavgift 30 % och befolkning"])
def test_report_year_figures_are_page_80s_for_the_same_model(ctx_2024, page80, name):
    year = ctx_2024.period.year
    result = decision.report_year_versus(pair(ctx_2024, name), year, name)
    shown = financing.report_table(page80, year)
    chosen = shown[shown["Modell"] == name].reset_index(drop=True)
    current = shown[shown["Modell"] == page80.models[0].name].reset_index(drop=True)
    assert result["Kommun"].tolist() == chosen["Kommun"].tolist()
    assert result[name].tolist() == chosen["Kostnad"].tolist()
    assert result[page80.models[0].name].tolist() == current["Kostnad"].tolist()
    assert result[D_TKR].tolist() == chosen[financing.DIFFERENCE].tolist()


@pytest.mark.parametrize("name", ["Växeln efter samtal", "Budgetandel", "Lika delar"])
def test_next_year_figures_are_page_80s_for_the_same_model(ctx_2024, page80, name):
    year = ctx_2024.period.year + 1
    result = decision.next_year_versus(pair(ctx_2024, name), name)
    shown = financing.next_year_table(page80, ctx_2024.period.year + 1)
    chosen = shown[shown["Modell"] == name]
    assert result[name].tolist() == chosen[f"Budget {year}"].tolist()


@pytest.mark.parametrize("name", ["Budgetandel", "Lika delar", "Växeln efter samtal"])
def test_record_years_are_page_80s_closed_years(ctx_2024, page80, name):
    current = page80.models[0].name
    result = decision.record_years_versus(pair(ctx_2024, name), ctx_2024.period.year, name)
    history = financing.history_table(page80)
    closed = history[(history["Avser"] == "utfall") & (history["Modell"] == current)
                     & history["Kostnad"].notna()]
    shown = history[history["År"].isin(closed["År"])]
    expected = (shown[shown["Modell"] == current][["År", "Kommun", "Kostnad"]]
                .rename(columns={"Kostnad": current})
                .merge(shown[shown["Modell"] == name][["År", "Kommun", "Kostnad"]]
                       .rename(columns={"Kostnad": name}), on=["År", "Kommun"]))
    assert len(expected) > 0
    result = result.assign(År=result["År"].astype(str))[["År", "Kommun", current, name]]
    pd.testing.assert_frame_equal(result.reset_index(drop=True),
                                  expected.reset_index(drop=True))
