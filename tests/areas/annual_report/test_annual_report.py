"""The annual report's narrative: goals, events, expected development, staff changes."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import annual_report, budget
from itvt_lib.core.checks import PASS


def test_five_goals_with_verdict_and_status_in_words(ctx_2023):
    result = annual_report.goal_status_table(ctx_2023)
    expected = pd.DataFrame({
        "Mål": ["Digitaliseringsstrategi", "Förändrat arbetssätt inom IT-enheten",
                "Digitaliseringsteam", "Systemförvaltarorganisation", "Ny finansieringsmodell"],
        "Status": ["Uppfyllt med förbehåll", "Uppfyllt"] + [
            "Ingen bedömning per mål i underlaget"] * 3,
        "Bedömning": ["Målet är uppfyllt, men inte antagen.",
                      "Målet kring en väg in är uppfyllt, men arbetet med att ständigt "
                      "förbättrade arbetssätt kommer alltid vara en del av enhetens mål.",
                      "", "", ""],
    })
    pd.testing.assert_frame_equal(result, expected)


def test_facts_from_the_text(ctx_2023):
    result = annual_report.facts_for(ctx_2023).set_index("Uppgift")["Värde"].to_dict()
    assert result == {
        "Nöjda inringare till servicedesk": "93\u00a0%", "Utbytta datorer": "1\u00a0350",
        "Pensionsavgångar": "1", "Uppsägningar på egen begäran": "1",
        "Avslutade projektanställningar": "1", "Nya medarbetare": "5",
        "LIA-praktikanter": "11", "Examensarbeten": "2",
        "Internkontrollplanen antagen (beslut)": "§ 9/2023-03-01",
        "Överenskommelsen om gemensam servicenämnd daterad": "2014-05-06"}
    facts = [c for c in annual_report.checks(ctx_2023) if c.area == annual_report.AREA]
    assert facts and {c.status for c in facts} == {PASS}


@pytest.mark.parametrize("value, text, sentence, expected", [
    (1350, None, "1350 datorer har bytts ut under höst och vintern.", True),
    (11032, None, "totalt 11 032 samtal", True),
    (11, None, "erbjudit elva personer LIA praktik", True),
    (1, None, "en pensionsavgång", True),
    (12, None, "erbjudit elva personer", False),
    (93, None, "att 930 % av dem", False),
    (None, "§ 9/2023-03-01", "antog i beslut § 9/2023-03-01 en plan", True),
    (None, "2014-05-06", "daterad 2014-05-07", False),
])
def test_figure_in_sentence(value, text, sentence, expected):
    assert annual_report.figure_in_sentence(value, text, sentence) is expected


def test_swedish_spaces_keep_the_words():
    result = annual_report.swedish_spaces("totalt 11 032 samtal, 93 % nöjda, år 2023 och 1350")
    assert result == "totalt 11\u00a0032 samtal, 93\u00a0% nöjda, år 2023 och 1350"


def test_last_forecast_of_record_from_the_sentence(ctx_2023):
    # "utfallet är 500 tkr bättre jämfört med sista budgetprognos": −219 − 500 = −719
    assert budget.last_forecast_for(ctx_2023) == (-719.0, 500.0)
    history = budget.forecast_history_for(ctx_2023)
    result = budget.forecast_sentence(history, ctx_2023.period, budget.last_forecast_for(ctx_2023))
    assert result == ("Sista budgetprognosen för 2023 visade ett resultat på \u2212719 tkr "
                      "(enligt förvaltningsberättelsen). Utfallet blev \u2212219 tkr, 500 tkr "
                      "bättre än sista prognosen.")
    assert budget.last_forecast_for(report.open_report("2024-02")) is None


def test_result_and_net_cost_deviation_by_the_rule(ctx_2023):
    # Avvikelse nettokostnad is the difference between displayed amounts: budget 26 210 −
    # utfall 26 430 = −220. The resultat −219 is of record (the annual report computes it
    # from kronor) and printed as the avvikelse too: the key figure carries it and says why.
    figures = {k.name: k for k in budget.key_figures(ctx_2023)}
    assert figures["Resultat (utfall 2023)"].value == -219.0
    deviation = figures["Avvikelse nettokostnad mot budget"]
    assert deviation.value == 26210.0 - 26430.0
    assert (deviation.published, deviation.note.endswith("avrundningsdifferens.")) == \
        (-219.0, True)


def test_annual_report_only_at_year_end():
    ctx = report.open_report("2024-02")
    assert not annual_report.has_data(ctx.dataset, ctx.period)
    assert annual_report.summary(ctx) == [] and annual_report.checks(ctx) == []
