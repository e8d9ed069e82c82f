"""The annual report's protocol: goal columns, section text and facts in order, key figures
(a missing value left out), the summary with and without verdicts, and has_data.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report
from itvt_lib.core.formatting import percent


def test_annual_report_goal_columns(ctx_2023):
    result = annual_report.goals_for(ctx_2023)
    assert result.columns.tolist() == ["Mål", "Beskrivning", "Sammanfattning och analys",
                                       "Bedömning", "Status"]


def test_annual_report_section_text_in_order(ctx_2023):
    result = annual_report.section_text(ctx_2023, "handelser")
    assert len(result) >= 2
    assert result[0].startswith("Under våren startades ett projekt")
    assert result[1] == "1350 datorer har bytts ut under höst och vintern."  # as published
    assert annual_report.section_text(ctx_2023, "resultat")[0].startswith(
        "IT enheten redovisar ett resultat på minus 219 tkr")


def test_annual_report_facts_in_the_order_of_facts(ctx_2023):
    rows = ctx_2023.dataset["arsrapport_uppgifter"]
    shuffled = {"arsrapport_uppgifter": rows.iloc[::-1]}
    probe = type("Ctx", (), {"dataset": shuffled, "period": ctx_2023.period})()
    result = annual_report.facts_for(probe)
    assert result["Uppgift"].tolist()[:2] == ["Nöjda inringare till servicedesk",
                                              "Utbytta datorer"]
    assert result["Värde"].tolist()[:2] == ["93\u00a0%", "1\u00a0350"]


def test_annual_report_key_figures(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    # 93 % satisfied callers is a figure already in percent (not a share: 9 300 %)
    assert annual_report.key_figures(ctx_2023) == [
        KeyFigure("Nöjda inringare till servicedesk", 93.0, percent()),
        KeyFigure("Utbytta datorer", 1350.0, "st")]


def test_annual_report_summary(ctx_2023):
    # Source: 5 goals, a verdict for goals 1 (med förbehåll) and 2 (uppfyllt), none for 3–5
    assert annual_report.summary(ctx_2023) == [
        "Måluppfyllelse 2023: 5 mål, varav 1 uppfyllt, 1 uppfyllt med förbehåll och 3 utan "
        "bedömning per mål i underlaget."]


def test_annual_report_summary_without_verdicts(ctx_2023):
    goals = ctx_2023.dataset["arsrapport_mal"].assign(status="ej_bedomt")
    probe = type("Ctx", (), {"dataset": {"arsrapport_mal": goals},
                             "period": ctx_2023.period})()
    assert annual_report.summary(probe) == [
        "Måluppfyllelse 2023: 5 mål, inget med en bedömning per mål i underlaget."]


def test_annual_report_summary_with_every_goal_judged(ctx_2023):
    goals = ctx_2023.dataset["arsrapport_mal"].assign(status="uppfyllt")
    probe = type("Ctx", (), {"dataset": {"arsrapport_mal": goals},
                             "period": ctx_2023.period})()
    assert annual_report.summary(probe) == [
        "Måluppfyllelse 2023: 5 mål, alla uppfyllda."]


@pytest.mark.parametrize(("counts", "expected"), [
    # the participle agrees with the count: 1 uppfyllt, 2 uppfyllda
    ({"uppfyllt": 2, "ej_uppfyllt": 1}, "varav 2 uppfyllda och 1 ej uppfyllt"),
    ({"uppfyllt_med_forbehall": 2, "ej_bedomt": 2},
     "varav 2 uppfyllda med förbehåll och 2 utan bedömning per mål i underlaget"),
    # the order of the statuses is the data's (STATUS_SV), not the counts'
    ({"ej_bedomt": 1, "ej_uppfyllt": 1, "uppfyllt": 1},
     "varav 1 uppfyllt, 1 ej uppfyllt och 1 utan bedömning per mål i underlaget"),
    ({"ej_uppfyllt": 3}, "alla ej uppfyllda"),
    ({"ej_bedomt": 1}, "inget med en bedömning per mål i underlaget"),
])
def test_goal_counts_in_words(counts, expected):
    from itvt_lib.areas import annual_report

    assert annual_report.goal_counts_text(counts) == expected


def test_annual_report_key_figures_leave_out_a_missing_value(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    rows = ctx_2023.dataset["arsrapport_uppgifter"].copy()
    rows.loc[rows["post"] == "datorer_utbytta", "varde"] = float("nan")
    probe = type("Ctx", (), {"dataset": {"arsrapport_uppgifter": rows},
                             "period": ctx_2023.period})()
    assert annual_report.key_figures(probe) == [
        KeyFigure("Nöjda inringare till servicedesk", 93.0, percent())]


@pytest.mark.parametrize(("period", "expected"), [("2023-12", True), ("2024-02", False),
                                                  ("2024-12", False)])
def test_annual_report_has_data(ctx_2023, period, expected):
    from itvt_lib.core.periods import Period

    assert annual_report.has_data(ctx_2023.dataset, Period.parse(period)) is expected
