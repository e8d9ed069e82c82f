"""The year-end sentence on the last forecast of record adds up as shown: "Sista
budgetprognosen visade X tkr. Utfallet blev Y tkr, N tkr bättre än sista prognosen" with
X = Y − N in whole tkr (`last_forecast`). The unrounded utfall − better rounded on its
own: a resultat of record of 0,5 tkr (shown 1) and 500 tkr better read −500 (−499,5 half
away), and a reader's 1 − 500 is −499; −219,5 and 0,5 read −220 beside −220 "1 tkr
bättre".

Figures: the annual report 2023 (resultat −219, 500 tkr better), with the resultat of
record or the "better by" made a half tkr (TEST). Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import budget


@pytest.mark.parametrize(("resultat", "better_by", "expected"), [
    (-219.0, 500.0, -719.0),
    (0.5, 500.0, -499.0),
    (-219.5, 0.5, -221.0),
    (-219.5, 1.5, -222.0),
    (-0.4, 0.2, 0.0),
    (-219.0, -0.5, -218.0),
])
def test_last_forecast_of_the_shown_figures(resultat, better_by, expected):
    result = budget.last_forecast(resultat, better_by)
    assert result == expected


@pytest.mark.parametrize(("resultat", "better_by", "expected"), [
    (0.5, 500.0, "visade ett resultat på −499 tkr (enligt förvaltningsberättelsen). "
                 "Utfallet blev 1 tkr, 500 tkr bättre än sista prognosen."),
    (-219.5, 0.5, "visade ett resultat på −221 tkr (enligt förvaltningsberättelsen). "
                  "Utfallet blev −220 tkr, 1 tkr bättre än sista prognosen."),
])
def test_forecast_sentence_adds_up_as_shown(ctx_2023, resultat, better_by, expected):
    totals = ctx_2023.dataset["bokslut_totaler"].copy()
    row = (totals["year"] == 2023) & (totals["post"] == "resultat") & totals["kommun"].isna()
    totals.loc[row, "belopp"] = resultat
    last = ctx_2023.dataset["sista_prognos"].copy()
    last["utfall_battre_tkr"] = better_by
    ctx = with_tables(ctx_2023, bokslut_totaler=totals, sista_prognos=last)
    history = budget.forecast_history_for(ctx)
    result = budget.forecast_sentence(history, ctx.period, budget.last_forecast_for(ctx))
    assert result.endswith(expected)
