"""Rules of the area modules at their boundaries (issue 18): the checks added with the
annual report, the staff comments and the control plan's heading, and the tests written to
kill surviving mutants of `make mutation` (see benchmarks/README.md, "Mutation testing").

Figures come from the committee's papers (data/) or from the rule stated in each test.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import with_params, without_params

from itvt_lib.areas import annual_report, control, staff
from itvt_lib.core.checks import FAIL, PASS, WARN

# ---------------------------------------------------------------- control: the heading


def _headings(rubrik_per: str, kolumn_per: str) -> pd.DataFrame:
    return pd.DataFrame({"year": [2023], "rubrik": ["Uppföljning per " + rubrik_per],
                         "rubrik_per": [dt.date.fromisoformat(rubrik_per)],
                         "kolumnrubrik": ["Uppföljning per " + kolumn_per],
                         "kolumn_per": [dt.date.fromisoformat(kolumn_per)]})


def test_heading_check_passes_when_title_and_column_name_the_same_date():
    result = control.heading_checks(_headings("2023-12-31", "2023-12-31"), 2023)
    assert [(c.expected, c.actual, c.status, c.note) for c in result] == [
        ("2023-12-31", "2023-12-31", PASS, "")]


def test_heading_check_warns_when_the_dates_differ():
    """The source's own inconsistency: title per 2023-12-31, column per 31 August."""
    (result,) = control.heading_checks(_headings("2023-12-31", "2023-08-31"), 2023)
    assert (result.expected, result.actual, result.status) == ("2023-12-31", "2023-08-31", WARN)
    assert result.area == control.AREA
    assert result.description == ("Uppföljningens rubrik och kolumnrubrik avser samma "
                                  "datum (2023)")
    assert result.note == ("rubriken \u201dUppföljning per 2023-12-31\u201d men kolumnen "
                           "\u201dUppföljning per 2023-08-31\u201d")


def test_heading_check_only_for_its_year():
    assert control.heading_checks(_headings("2023-12-31", "2023-08-31"), 2024) == []


# ---------------------------------------------------------------- staff: the comments

# Rule: "samma nivå" ≤ 0,5 points; "något" ≤ max(0,5, a quarter of the previous level).
@pytest.mark.parametrize(("claim", "previous", "current", "expected"), [
    ("samma_niva", 2.2, 2.2, True),
    ("samma_niva", 2.0, 2.5, True),      # exactly 0,5 points
    ("samma_niva", 2.0, 1.5, True),
    ("samma_niva", 2.0, 2.6, False),
    ("samma_niva", 2.0, 1.4, False),
    ("okat_nagot", 0.0, 15.7, False),    # the source: 0,0 % → 15,7 % is not "något"
    ("okat_nagot", 0.0, 0.5, True),      # slight = max(0,5, 0) = 0,5
    ("okat_nagot", 0.0, 0.6, False),
    ("okat_nagot", 4.0, 5.0, True),      # slight = max(0,5, 1,0) = 1,0
    ("okat_nagot", 4.0, 5.1, False),
    ("okat_nagot", -4.0, -3.0, True),    # a quarter of |previous|
    ("okat_nagot", 4.0, 4.0, False),     # no change is not an increase
    ("okat_nagot", 4.0, 3.9, False),
    ("minskat_nagot", 4.0, 3.0, True),
    ("minskat_nagot", 4.0, 2.9, False),
    ("minskat_nagot", 4.0, 4.1, False),
    ("okat", 4.0, 40.0, True),
    ("okat", 4.0, 4.0, False),
    ("minskat", 4.0, 0.0, True),
    ("minskat", 4.0, 4.1, False),
])
def test_claim_holds(claim, previous, current, expected):
    assert staff.claim_holds(claim, previous, current) is expected


# ---------------------------------------------------------------- annual report: facts

SENTENCE = ("Under 2023 har enheten haft en pensionsavgång, en uppsägning på egen begäran "
            "och en som avslutat sin projektanställning.")


@pytest.mark.parametrize(("value", "text", "sentence", "expected"), [
    (93.0, None, "påvisar att 93 % av dem som ringer in", True),
    (94.0, None, "påvisar att 93 % av dem som ringer in", False),
    (1350.0, None, "1350 datorer har bytts ut", True),
    (1350.0, None, "1 350 datorer har bytts ut", True),          # digit groups spaced
    (1350.0, None, "1\u00a0350 datorer har bytts ut", True),
    (135.0, None, "1350 datorer har bytts ut", False),           # part of a longer number
    (350.0, None, "1 350 datorer har bytts ut", False),
    (2.0, None, "kostade 2,5 miljoner", False),                  # part of a decimal
    (1.0, None, SENTENCE, True),                                 # "en"
    (2.0, None, "två examensarbeten", True),
    (2.0, None, SENTENCE, False),
    (13.0, None, "tretton nya", False),                          # words only for 1–12
    (1.5, None, "1,5 procent", False),                           # not a whole number
    (None, "§ 9/2023-03-01", "antogs § 9/2023-03-01 av nämnden", True),
    (None, "§ 9/2023-03-01", "antogs § 8/2023-03-01 av nämnden", False),
    (None, None, "inget", False),
])
def test_figure_in_sentence(value, text, sentence, expected):
    assert annual_report.figure_in_sentence(value, text, sentence) is expected


def _fact_rows(varde, kalla) -> pd.DataFrame:
    return pd.DataFrame({"year": [2023], "post": ["datorer_utbytta"], "varde": [varde],
                         "text": [None], "enhet": ["st"], "kalla": [kalla]})


class _Ctx:
    """The two attributes `annual_report.checks` reads."""

    def __init__(self, rows, year=2023):
        self.dataset = {"arsrapport_uppgifter": rows}
        self.period = type("P", (), {"year": year})()


@pytest.mark.parametrize(("varde", "shown", "actual", "status"), [
    (1350.0, "1\u00a0350", "1\u00a0350", PASS),
    (1351.0, "1\u00a0351", "saknas i meningen", FAIL),
])
def test_annual_report_fact_check(varde, shown, actual, status):
    (result,) = annual_report.checks(_Ctx(_fact_rows(varde, "1350 datorer har bytts ut.")))
    assert (result.area, result.expected, result.actual, result.status) == (
        annual_report.AREA, shown, actual, status)
    assert result.description == f"Utbytta datorer ({shown}) står i meningen den hämtats från"


@pytest.mark.parametrize(("varde", "text", "enhet", "expected"), [
    (93.0, None, "%", "93\u00a0%"),
    (1350.0, None, "st", "1\u00a0350"),
    (0.0, None, "st", "0"),
    (None, "2014-05-06", None, "2014-05-06"),
])
def test_fact_value(varde, text, enhet, expected):
    row = pd.Series({"varde": varde, "text": text, "enhet": enhet})
    assert annual_report.fact_value(row) == expected


# ---------------------------------------------------------------- invariant checks can fail
# The checks whose expected side is the rule's constant (shares sum to 100 %) or the total
# the rule distributes: fed a result that breaks the invariant, each fails.


@pytest.fixture(scope="module")
def ctx_2024():
    from itvt_lib.areas import open_report

    return open_report("2024-02")


def test_financing_checks_fail_when_shares_or_costs_do_not_add_up(ctx_2024):
    from dataclasses import replace

    from itvt_lib.areas import financing
    from itvt_lib.areas import financing_rules as rules

    found = rules.results_for(ctx_2024)
    year, pool = 2024, found.inputs.pools[0]
    comparison = found.comparison.copy()
    first = comparison.index[(comparison["År"] == year)
                             & (comparison["Modell"] == found.models[0].name)][0]
    comparison.loc[first, f"Andel {pool}"] += 0.01                 # 1 percentage point
    nettokostnad = float(rules.report_year(found, year).groupby("Modell", sort=False)[
        "Kostnad"].sum().iloc[0])
    result = financing.model_checks(replace(found, comparison=comparison), year, "prognos",
                                    nettokostnad + 100, 1.0)
    status = {c.description: c.status for c in result}
    name = found.models[0].name
    assert status[f"{name}: andelarna för {pool} {year} summerar till 100 %"] == FAIL
    assert all(s == FAIL for d, s in status.items() if "kostnaden per kommun" in d)
    assert all(s == PASS for d, s in status.items()
               if "andelarna" in d and not d.startswith(f"{name}: andelarna för {pool}"))
    same = financing.model_checks(found, year, "prognos", nettokostnad, 1.0)
    assert {c.status for c in same} == {PASS}


@pytest.mark.parametrize("column", ["KEY", "BUDGET_SHARE"])
def test_allocation_share_checks_fail_when_shares_do_not_sum_to_100(ctx_2024, monkeypatch,
                                                                    column):
    from itvt_lib.areas import allocation

    table = allocation.allocation_for(ctx_2024).copy()
    name = getattr(allocation, column)
    table.loc[table.index[0], name] += 0.002                        # 0,2 percentage points
    original = allocation.allocation_for
    monkeypatch.setattr(allocation, "allocation_for",
                        lambda ctx, *args: table if not args else original(ctx, *args))
    found = {c.description: c for c in allocation.checks(ctx_2024)}
    label = {"KEY": "Fördelningsnyckeln 2024", "BUDGET_SHARE": "Budgetandelarna 2024"}
    check = found[f"{label[column]} summerar till 100 %"]
    assert (check.expected, check.actual, check.status) == (100.0, 100.2, FAIL)
    other = found[f"{label['KEY' if column == 'BUDGET_SHARE' else 'BUDGET_SHARE']} "
                  "summerar till 100 %"]
    assert other.status == PASS


# ---------------------------------------------------------------- mutation survivors
# Each test below kills surviving mutants of `make mutation` (benchmarks/README.md).


@pytest.fixture(scope="module")
def ctx_2023():
    from itvt_lib.areas import open_report

    return open_report("2023-12")


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


@pytest.mark.parametrize(("decision", "status", "expected"), [
    ("avskrivning", "forslag", "Avskrivning (förslag)"),
    ("overforing", "beslutat", "Överföring"),
    ("annat", "beslutat", "annat"),          # an unknown decision is shown as written
    (None, "forslag", "–"),
])
def test_fund_decision_text(decision, status, expected):
    from itvt_lib.areas import fund

    assert fund.decision_text(decision, status) == expected


def test_staff_display_table_labels_rows_and_names_its_index(ctx_2023):
    table = staff.table_for(ctx_2023)
    result = staff.display_table(table)
    assert result.index.name == "Procent"
    assert result.index[:3].tolist() == [
        "Sjukfrånvaro i förhållande till ordinarie arbetstid", "– kvinnor", "– män"]


def test_staff_table_formats_points_for_the_change_only(ctx_2023):
    table = staff.table_for(ctx_2023)
    formats = staff.table_formats(table)
    assert [formats[c](15.7) for c in table.columns] == ["15,7\u00a0%", "15,7\u00a0%", "+15,7"]


def test_staff_chart_frame_totals_as_shares(ctx_2023):
    result = staff.chart_frame(staff.table_for(ctx_2023))
    # Source: sjukfrånvaro totalt 2,2 % both years; långtid 0,0 → 15,7 %; heltid 94,4 % (2023)
    assert result.index.tolist() == ["Sjukfrånvaro", "Långtidssjukfrånvaro", "Andel heltid"]
    assert result.loc["Långtidssjukfrånvaro"].round(3).tolist() == [0.0, 0.157]
    assert round(result.loc["Andel heltid"].iloc[1], 3) == 0.944


def test_staff_statistics_span(ctx_2023):
    assert staff.statistics_span(ctx_2023) == "Statistiken gäller 2022-12-01–2023-11-30."


def test_staff_statistics_span_empty_when_the_end_is_not_stated(ctx_2023, monkeypatch):
    frame = ctx_2023.dataset["personal"].copy()
    frame["statistik_till"] = None
    dataset = {**{"personal_kommentar": ctx_2023.dataset["personal_kommentar"]},
               "personal": frame}
    probe = type("Ctx", (), {"dataset": dataset, "period": ctx_2023.period})()
    assert staff.statistics_span(probe) == ""


def test_staff_comment_notes_name_the_change(ctx_2023):
    texts, notes = staff.comment_texts(ctx_2023)
    assert texts == ["Den totala sjukfrånvaron ligger på samma nivå som föregående år.",
                     "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022."]
    # 0,0 % → 15,7 % is not "ökat något": one note, with the change +15,7 points
    assert notes == ["Anmärkning: texten om långtidssjukfrånvaro (totalt) stämmer inte med "
                     "siffrorna, 0,0\u00a0% → 15,7\u00a0% (+15,7 procentenheter)."]


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

    assert annual_report.key_figures(ctx_2023) == [
        KeyFigure("Nöjda inringare till servicedesk", 93.0, "%"),
        KeyFigure("Utbytta datorer", 1350.0, "st")]


def test_control_matrix_values_axes():
    result = control.matrix_values(4)
    assert (result.index.name, result.columns.name) == ("sannolikhet", "konsekvens")
    assert result.index.tolist() == [4, 3, 2, 1]
    assert result.loc[3, 2] == 6


def test_staff_key_figure(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    # Source: sjukfrånvaro totalt 2,2 % (Nov 2023), a "%" key figure is a share
    (result,) = staff.key_figures(ctx_2023)
    assert result == KeyFigure("Sjukfrånvaro (Nov 2023)", pytest.approx(0.022), "%",
                               decimals=1, rule="andel av ordinarie arbetstid")


def test_control_key_figure(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    # Source: IT säkerhet 4 × 4 = 16, the highest of the 2023 plan, of 4 × 4 = 16
    assert control.key_figures(ctx_2023) == [KeyFigure(
        "Högsta riskvärde (internkontroll 2023)", 16.0, "av 16",
        rule="riskvärde = sannolikhet × konsekvens")]


def test_control_summary_names_every_risk_sharing_the_highest_value(ctx_2023):
    risks = ctx_2023.dataset["internkontroll"].copy()
    risks.loc[risks["risk"] == "IT säkerhet", "konsekvens"] = 3      # 4 × 3 = 12: a tie
    probe = type("Ctx", (), {"dataset": {"internkontroll": risks},
                             "period": ctx_2023.period})()
    assert control.summary(probe)[1] == (
        "Högst riskvärde har riskerna Digitalisering (3 × 4 = 12), Informationssäkerhet IT "
        "(4 × 3 = 12), IT säkerhet (4 × 3 = 12).")


def test_annual_report_summary(ctx_2023):
    # Source: 5 goals, a verdict for goals 1 (med förbehåll) and 2 (uppfyllt), none for 3–5
    assert annual_report.summary(ctx_2023) == [
        "Måluppfyllelse 2023: 5 mål, varav 2 med en bedömning per mål i underlaget "
        "(1 uppfyllt, 1 uppfyllt med förbehåll)."]


def test_annual_report_summary_without_verdicts(ctx_2023):
    goals = ctx_2023.dataset["arsrapport_mal"].assign(status="ej_bedomt")
    probe = type("Ctx", (), {"dataset": {"arsrapport_mal": goals},
                             "period": ctx_2023.period})()
    assert annual_report.summary(probe) == [
        "Måluppfyllelse 2023: 5 mål, varav 0 med en bedömning per mål i underlaget."]


def test_annual_report_summary_with_every_goal_judged(ctx_2023):
    goals = ctx_2023.dataset["arsrapport_mal"].assign(status="uppfyllt")
    probe = type("Ctx", (), {"dataset": {"arsrapport_mal": goals},
                             "period": ctx_2023.period})()
    assert annual_report.summary(probe) == [
        "Måluppfyllelse 2023: 5 mål, varav 5 med en bedömning per mål i underlaget "
        "(5 uppfyllt)."]


def test_annual_report_key_figures_leave_out_a_missing_value(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    rows = ctx_2023.dataset["arsrapport_uppgifter"].copy()
    rows.loc[rows["post"] == "datorer_utbytta", "varde"] = float("nan")
    probe = type("Ctx", (), {"dataset": {"arsrapport_uppgifter": rows},
                             "period": ctx_2023.period})()
    assert annual_report.key_figures(probe) == [
        KeyFigure("Nöjda inringare till servicedesk", 93.0, "%")]


def test_staff_claim_checks(ctx_2023):
    from itvt_lib.core.checks import Check

    # Source: sjukfrånvaro 2,2 → 2,2 % ("samma nivå" holds); långtid 0,0 → 15,7 % ("ökat
    # något" does not: 15,7 points is more than max(0,5, 0,0 / 4))
    assert staff.claim_checks(ctx_2023) == [
        Check("Personal", "Texten om sjukfrånvaro i förhållande till ordinarie arbetstid "
              "(totalt) mot siffrorna",
              "Den totala sjukfrånvaron ligger på samma nivå som föregående år.",
              "2,2\u00a0% → 2,2\u00a0%", 0.0, PASS, ""),
        Check("Personal", "Texten om långtidssjukfrånvaro (>60 dagar), andel av total "
              "sjukfrånvaro (totalt) mot siffrorna",
              "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022.",
              "0,0\u00a0% → 15,7\u00a0%", 0.0, WARN,
              "texten stämmer inte med siffrorna (0,0\u00a0% → 15,7\u00a0%, "
              "+15,7 procentenheter)")]


def _staff_probe(ctx, period: str, measure: str):
    """The context with one measure's total missing in one measurement month."""
    frame = ctx.dataset["personal"].copy()
    rows = (frame["period"] == period) & (frame["measure"] == measure) \
        & (frame["grupp"] == "total")
    frame.loc[rows, "procent"] = float("nan")
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_staff_claim_without_figures_is_left_out_and_the_rest_checked(ctx_2023):
    probe = _staff_probe(ctx_2023, "2022-11", "sjukfranvaro")
    result = staff.claim_checks(probe)
    assert [c.description[:30] for c in result] == ["Texten om långtidssjukfrånvaro"]


def test_staff_summary_without_a_previous_value_has_no_change(ctx_2023):
    result = staff.summary(_staff_probe(ctx_2023, "2022-11", "sjukfranvaro"))
    assert result[0] == "Den totala sjukfrånvaron är 2,2\u00a0% (Nov 2023)."
    assert len(result) == 3


def test_staff_summary_leaves_out_a_missing_measure_only(ctx_2023):
    result = staff.summary(_staff_probe(ctx_2023, "2023-11", "sjukfranvaro"))
    assert [s.split(" är ")[0] for s in result] == ["Långtidssjukfrånvaron",
                                                    "Andelen heltidsanställda"]


@pytest.mark.parametrize(("change", "expected"), [
    (0.04, "ligger på samma nivå som föregående år"),      # rounds to 0,0
    (-0.04, "ligger på samma nivå som föregående år"),
    (0.05, "har ökat med 0,1 procentenheter jämfört med föregående år"),  # half away
    (-0.05, "har minskat med 0,1 procentenheter jämfört med föregående år"),
])
def test_staff_direction_rounds_to_one_decimal(change, expected):
    assert staff._direction(change) == expected


def test_staff_table_in_measure_and_group_order_whatever_the_data_order(ctx_2023):
    frame = ctx_2023.dataset["personal"]
    result = staff.staff_table(frame.iloc[::-1], staff.measurement_for(frame, ctx_2023.period))
    assert result.index.names == ["measure", "grupp"]
    assert result.index.tolist()[:2] == [("sjukfranvaro", "total"), ("sjukfranvaro", "kvinnor")]
    assert result.iloc[0].tolist()[:2] == [2.2, 2.2]


def test_heading_check_has_no_tolerance():
    (result,) = control.heading_checks(_headings("2023-12-31", "2023-08-31"), 2023)
    assert result.tolerance == 0.0


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


@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12", "2023-11"), ("2023-11", "2023-11"), ("2023-10", None), ("2024-02", None),
    ("2022-12", "2022-11"),
])
def test_staff_measurement_for(ctx_2023, period, expected):
    from itvt_lib.core.periods import Period

    result = staff.measurement_for(ctx_2023.dataset["personal"], Period.parse(period))
    assert (None if result is None else str(result)) == expected


@pytest.mark.parametrize(("period", "expected"), [("2023-12", True), ("2024-02", False),
                                                  ("2024-12", False)])
def test_annual_report_has_data(ctx_2023, period, expected):
    from itvt_lib.core.periods import Period

    assert annual_report.has_data(ctx_2023.dataset, Period.parse(period)) is expected


def test_annual_report_fact_check_has_no_tolerance():
    (result,) = annual_report.checks(_Ctx(_fact_rows(1350.0, "1350 datorer har bytts ut.")))
    assert result.tolerance == 0.0


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


def test_control_checks_of_risk_1(ctx_2023):
    from itvt_lib.core.checks import Check

    found = control.checks(ctx_2023)
    # Source: Digitalisering 3 × 4 = 12, printed 12; three follow-up items
    assert found[:2] == [
        Check("Internkontroll", "Risk 1 (Digitalisering): R × K = 3 × 4 mot tryckt riskvärde",
              12.0, 12.0, 0, PASS, ""),
        Check("Internkontroll", "Risk 1 (Digitalisering) har uppföljning", "minst 1 punkt",
              "3", 0, PASS, "")]


def test_control_checks_without_follow_up_or_printed_value(ctx_2023):
    from itvt_lib.core.checks import Check

    risks = ctx_2023.dataset["internkontroll"].copy()
    risks.loc[risks["nr"] == 1, "riskvarde_publicerat"] = float("nan")
    follow_up = ctx_2023.dataset["internkontroll_uppfoljning"]
    dataset = {**{k: ctx_2023.dataset[k] for k in ("internkontroll_rubrik",)},
               "internkontroll": risks,
               "internkontroll_uppfoljning": follow_up[follow_up["nr"] != 1]}
    probe = type("Ctx", (), {"dataset": dataset, "period": ctx_2023.period})()
    found = control.checks(probe)
    assert found[:2] == [
        Check("Internkontroll", "Risk 1 (Digitalisering): R × K = 3 × 4 mot tryckt riskvärde",
              None, 12.0, 0, WARN, "uppgift saknas"),
        Check("Internkontroll", "Risk 1 (Digitalisering) har uppföljning", "minst 1 punkt",
              "0", 0, WARN, "ingen uppföljning")]


def _staff_values(ctx, period: str, measure: str, values: dict):
    """The context with one measurement month's figures of one measure replaced."""
    frame = ctx.dataset["personal"].copy()
    for grupp, value in values.items():
        rows = (frame["period"] == period) & (frame["measure"] == measure) \
            & (frame["grupp"] == grupp)
        frame.loc[rows, "procent"] = value
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_staff_total_between_women_and_men(ctx_2023):
    from itvt_lib.core.checks import Check

    # Source, Nov 2022: sjukfrånvaro totalt 2,2, kvinnor 1,3, män 3,0; långtid all 0,0
    found = staff.checks(ctx_2023)
    assert found[:2] == [
        Check("Personal", "Sjukfrånvaro i förhållande till ordinarie arbetstid Nov 2022: "
              "totalen ligger mellan kvinnor och män", "1,3–3,0", 2.2, 0.05, PASS, ""),
        Check("Personal", "Långtidssjukfrånvaro (>60 dagar), andel av total sjukfrånvaro "
              "Nov 2022: totalen ligger mellan kvinnor och män", "0,0–0,0", 0.0, 0.05, PASS,
              "")]


# Rule: the total lies within [min − 0,05, max + 0,05] of women and men (one decimal).
@pytest.mark.parametrize(("total", "status"), [
    (0.95, PASS), (2.05, PASS), (0.9, WARN), (2.1, WARN)])
def test_staff_total_check_boundaries(ctx_2023, total, status):
    probe = _staff_values(ctx_2023, "2022-11", "sjukfranvaro",
                          {"total": total, "kvinnor": 1.0, "män": 2.0})
    check = staff.checks(probe)[0]
    assert (check.expected, check.actual, check.status) == ("1,0–2,0", total, status)
    assert check.note == ("" if status == PASS
                          else "totalen kan inte vara ett medelvärde av grupperna")


def test_staff_total_check_skips_a_missing_group_only(ctx_2023):
    probe = _staff_values(ctx_2023, "2022-11", "sjukfranvaro", {"män": float("nan")})
    found = [c.description.split(":")[0] for c in staff.checks(probe)
             if "totalen" in c.description]
    assert found[0] == ("Långtidssjukfrånvaro (>60 dagar), andel av total sjukfrånvaro "
                        "Nov 2022")
    assert len(found) == 5


def test_staff_comment_note_with_a_fall(ctx_2023):
    # Rule: the note gives now − before; 2,2 → 1,0 is −1,2 points, not "samma nivå"
    probe = _staff_values(ctx_2023, "2023-11", "sjukfranvaro",
                          {"total": 1.0, "kvinnor": 0.5, "män": 1.5})
    _, notes = staff.comment_texts(probe)
    assert notes[0].endswith("2,2\u00a0% → 1,0\u00a0% (−1,2 procentenheter).")
    checks = staff.claim_checks(probe)
    assert checks[0].note.endswith("(2,2\u00a0% → 1,0\u00a0%, −1,2 procentenheter)")


def test_staff_has_data_only_at_year_end(ctx_2023):
    from itvt_lib.core.periods import Period

    personal = {"personal": ctx_2023.dataset["personal"]}
    assert staff.has_data(personal, Period.parse("2023-12")) is True
    assert staff.has_data(personal, Period.parse("2023-11")) is False
    assert staff.has_data(personal, Period.parse("2024-12")) is False


def test_staff_comment_without_a_previous_figure_has_no_note(ctx_2023):
    _, notes = staff.comment_texts(_staff_probe(ctx_2023, "2022-11", "sjukfranvaro"))
    assert len(notes) == 1 and notes[0].startswith("Anmärkning: texten om långtidssjuk")


@pytest.mark.parametrize(("decision", "status", "expected"), [
    ("avskrivning", "forslag", "förutsatt beslut om avskrivning"),
    ("overforing", "forslag", "förutsatt beslut om överföring"),
    ("annat", "forslag", "förutsatt beslut om annat"),   # an unknown decision as written
    ("avskrivning", "beslutat", ""),                    # decided: nothing is assumed
    (None, "beslutat", ""),
    (None, "forslag", ""),
])
def test_fund_assumption_text(decision, status, expected):
    from itvt_lib.areas import fund

    assert fund.assumption_text(decision, status) == expected


# ---------------------------------------------------------------- fund: IB, UB and assumptions

def _fund_and_kommuner(ctx):
    from itvt_lib.core.reference import kommun_names

    return ctx.dataset["resultatfond"], kommun_names(ctx.dataset["kommuner"])


def _results(year: int, kommuner: list[str], values: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"year": year, "kommun": kommuner, "resultat": values})


def test_fund_surplus_deficit_from_the_papers(ctx_2023):
    """data/resultatfond.csv: 2022 written off (decided), 2023 no IB given and a write-off
    proposed. Rule: IB 2023 = 0 after the decided write-off, nothing assumed; UB = IB +
    resultat; IB 2024 = 0 resting on the proposed write-off."""
    from itvt_lib.areas import fund

    given, kommuner = _fund_and_kommuner(ctx_2023)
    results = _results(2023, kommuner, [878.0, -1097.0])
    result = fund.surplus_deficit(given, results, kommuner, 2023)
    expected = pd.DataFrame({
        "IB": [0.0, 0.0], "Årets resultat": [878.0, -1097.0], "UB": [878.0, -1097.0],
        "Beslut": ["avskrivning", "avskrivning"], "Status": ["forslag", "forslag"],
        "IB nästa år": [0.0, 0.0], "IB förutsätter": ["", ""],
        "IB nästa år förutsätter": ["förutsatt beslut om avskrivning"] * 2}, index=kommuner)
    pd.testing.assert_frame_equal(result, expected, check_dtype=False,
                                  check_index_type=False, check_names=False)
    nxt = fund.surplus_deficit(given, results, kommuner, 2024)
    assert nxt["IB"].tolist() == [0.0, 0.0]
    assert nxt["IB förutsätter"].tolist() == ["förutsatt beslut om avskrivning"] * 2


@pytest.mark.parametrize(("ib_2024", "expected"), [
    (None, ["förutsatt beslut om avskrivning"] * 2),   # derived from the proposal
    (0.0, ["", ""]),                                    # given: it rests on nothing
])
def test_fund_assumption_only_for_a_derived_ib(ctx_2023, ib_2024, expected):
    from itvt_lib.areas import fund

    given, kommuner = _fund_and_kommuner(ctx_2023)
    extra = pd.DataFrame({"year": 2024, "kommun": kommuner, "ib": ib_2024, "beslut": None,
                          "status": None, "source": "test"})
    fund_rows = pd.concat([given, extra], ignore_index=True)
    results = _results(2024, kommuner, [1.0, 2.0])
    result = fund.surplus_deficit(fund_rows, results, kommuner, 2024)
    assert result["IB förutsätter"].tolist() == expected


def test_fund_derived_opening_balance(ctx_2023):
    """Rule: no earlier year in the data → NaN for every kommun (float, indexed by kommun);
    after the 2023 write-off → 0."""
    from itvt_lib.areas import fund

    given, kommuner = _fund_and_kommuner(ctx_2023)
    results = _results(2023, kommuner, [878.0, -1097.0])
    result = fund.derived_opening_balance(given, results, kommuner, 2022)
    pd.testing.assert_series_equal(result, pd.Series(float("nan"), index=kommuner))
    result = fund.derived_opening_balance(given, results, kommuner, 2024)
    pd.testing.assert_series_equal(result, pd.Series([0.0, 0.0], index=kommuner),
                                   check_names=False)


# ---------------------------------------------------------------- budget: the forecast sentence

def _history(*rows) -> pd.DataFrame:
    """Forecast history rows (period, kind, resultat) as budget.forecast_history gives them."""
    return pd.DataFrame(list(rows), columns=["period", "kind", "resultat"])


# Rules: |moved| < 0,5 tkr is "oförändrat", otherwise förbättrats (> 0) / försämrats with
# |moved| rounded; the outcome, when there is one, follows; without a prognos the last
# forecast of record (annual report) is used, "bättre" when the outcome is ≥ it.
# The single forecast 2024-02 with resultat 0 tkr is the papers' (meeting 6 March 2024).
@pytest.mark.parametrize(("rows", "last", "expected"), [
    ((), None, "Underlaget har ingen prognos för 2024."),
    ((("2024-12", "utfall", 0.0),), None,
     "Underlaget har ingen prognos för 2024. Utfallet blev 0 tkr."),
    ((("2024-02", "prognos", 0.0),), None,
     "Prognosen för 2024 har gjorts en gång (februari) och visar ett resultat på 0 tkr."),
    ((("2024-05", "prognos", -30.0), ("2024-12", "utfall", 1234.5)), (5.0, 1.0),
     "Prognosen för 2024 har gjorts en gång (maj) och visar ett resultat på \u221230 tkr. "
     "Utfallet blev 1\u00a0235 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", 0.4)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet är oförändrat "
     "sedan februari, till 0 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", -0.4)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet är oförändrat "
     "sedan februari, till 0 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", 0.5)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet har förbättrats "
     "med 1 tkr sedan februari, till 1 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", -0.5)), None,
     "Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet har försämrats "
     "med 1 tkr sedan februari, till \u22121 tkr."),
    ((("2024-02", "prognos", 0.0), ("2024-05", "prognos", -30.0), ("2024-08", "prognos", 100.0),
      ("2024-12", "utfall", -1500.0)), None,
     "Prognosen för 2024 har gjorts 3 gånger. Det prognostiserade resultatet har förbättrats "
     "med 100 tkr sedan februari, till 100 tkr. Utfallet blev \u22121\u00a0500 tkr."),
    ((), (-719.0, 0.0),
     "Sista budgetprognosen för 2024 visade ett resultat på \u2212719 tkr (enligt "
     "förvaltningsberättelsen)."),
    ((("2024-12", "utfall", -1219.0),), (-719.0, -500.0),
     "Sista budgetprognosen för 2024 visade ett resultat på \u2212719 tkr (enligt "
     "förvaltningsberättelsen). Utfallet blev \u22121\u00a0219 tkr, 500 tkr sämre än sista "
     "prognosen."),
    ((("2024-12", "utfall", 0.0),), (0.0, 0.0),
     "Sista budgetprognosen för 2024 visade ett resultat på 0 tkr (enligt "
     "förvaltningsberättelsen). Utfallet blev 0 tkr, 0 tkr bättre än sista prognosen."),
])
def test_budget_forecast_sentence(rows, last, expected):
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    result = budget.forecast_sentence(_history(*rows), Period(2024, 12), last)
    assert result == expected


def test_budget_forecast_history_has_the_outcome_only_at_year_end(ctx_2023):
    """Rule: the utfall row comes only at year end (the papers: utfall 2023 = −219 tkr of
    record); in November 2023 the same data give no utfall row."""
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    ds = ctx_2023.dataset
    args = (budget.drift_for(ds), ds["kontogrupper"], ds["bokslut_totaler"])
    result = budget.forecast_history(*args, Period(2023, 12))
    assert result[result["kind"] == "utfall"][["period", "resultat"]].values.tolist() == [
        ["2023-12", -219.0]]
    assert "utfall" not in budget.forecast_history(*args, Period(2023, 11))["kind"].tolist()


def test_budget_result_rule_defaults_are_the_documented_ones(ctx_2023):
    """Rule: without a `status.resultat` rule in the parameters the key figure uses the
    documented defaults (params/defaults.yaml: green at 0 tkr, yellow down to −1 % of
    nettokostnad): 2023's −219 tkr against nettokostnad 26 430 tkr is yellow."""

    from itvt_lib.areas import budget

    expected = budget.key_figures(ctx_2023)[0]
    for ctx in (without_params(ctx_2023, "status"), with_params(ctx_2023, status={})):
        result = budget.key_figures(ctx)[0]
        assert (result.value, result.status, result.rule) == (
            expected.value, expected.status, expected.rule)
    assert (expected.value, expected.status) == (-219.0, "yellow")
    assert [k.unit for k in budget.key_figures(ctx_2023)] == ["tkr", "tkr", "tkr"]
    assert expected.rule == ("grön vid resultat ≥ 0 tkr, gul ned till \u22121 % av "
                             "nettokostnaden, röd därunder")


# ---------------------------------------------------------------- budget: printed figures

@pytest.mark.parametrize(("period", "expected"), [
    ("2024-02", [
        "* Månadsrapport per 2024-02-29 tryckte prognos 2024: Personalkostnader 14\u00a0959 "
        "tkr. Tabellen visar det beräknade: Personalkostnader 14\u00a0929 tkr. Summa kostnader "
        "36\u00a0721 och avvikelsen – (noll) ger 14\u00a0929.",
        "** Månadsrapport per 2024-02-29 tryckte utfall 2023: Lokalkostnader, energi, VA 2 "
        "tkr. Tabellen visar bokslutets: Lokalkostnader, energi, VA 8 tkr. "
        "Förvaltningsberättelsen 2023 (fastställt bokslut) anger 8."]),
    ("2023-12", [
        "* Förvaltningsberättelse 2023 tryckte avvikelse 2023: Summa kostnader 1\u00a0322, "
        "Resultat 0 tkr. Tabellen visar det beräknade: Summa kostnader \u22121\u00a0322, "
        "Resultat \u2212219 tkr. Tecknet: budget 34\u00a0223 \u2212 utfall 35\u00a0545 = "
        "\u22121\u00a0322. Tryckt som – men resultatet \u2212219 avviker från budget 0."]),
])
def test_budget_printed_figure_notes_exactly(period, expected):
    """The papers' printed figures (data/published.csv) against the computed ones: one note
    per column, the printed figures (zero as "0"), the computed ones and the reasons."""
    from itvt_lib.areas import budget, open_report

    _, notes = budget.statement_display_for(open_report(period))
    assert notes == expected


def test_budget_printed_figure_note_reasons_end_with_one_full_stop():
    """Rule: each reason ends with exactly one "."; the same reason twice is given once."""
    from itvt_lib.areas import budget

    table = pd.DataFrame({"Utfall 2023": [5.0, 7.0]}, index=["A", "B"])
    differing = pd.DataFrame({
        "row": ["A", "B"], "column": ["Utfall 2023"] * 2, "printed": [4.0, 0.0],
        "shown": [5.0, 7.0], "source": ["Rapport"] * 2, "post": ["A", "B"],
        "measure": ["prognos"] * 2, "year": [2023] * 2, "note": [".Avrundat.", ".Avrundat."]})
    shown, notes = budget.with_published(table, differing)
    assert notes == ["* Rapport tryckte prognos 2023: A 4, B 0 tkr. Tabellen visar det "
                     "beräknade: A 5, B 7 tkr. .Avrundat."]
    assert shown["Utfall 2023, publicerad"].tolist() == ["4*", "–*"]


def test_budget_differing_published_rules():
    """Rules: a printed figure is listed when it differs from the shown cell by more than the
    tolerance (1 tkr: a difference of exactly 1 is not listed, 1,5 is); rows of another
    column, a missing printed figure or a row not in the table are skipped, and the rows
    after them are still read; a post is found under its alias; a missing note is ""."""
    from itvt_lib.areas import budget
    from itvt_lib.core.periods import Period

    table = pd.DataFrame({"Prognos 2024": [10.0, 20.0, 30.0, 40.0]},
                         index=["A", "B", "Resultat", "D"])
    columns = [budget.StatementColumn("Prognos 2024", 2024, "prognos")]
    rows = [  # (year, measure, post, belopp, note)
        (2023, "utfall", "A", 99.0, None),      # no such column: skipped
        (2024, "prognos", "X", 99.0, None),     # not in the table: skipped
        (2024, "prognos", "B", None, None),     # no printed figure: skipped
        (2024, "prognos", "A", 11.0, None),     # exactly the tolerance: not listed
        (2024, "prognos", "B", 21.5, None),     # beyond it, no note
        (2024, "prognos", "Summa", 32.0, "Avrundat"),  # alias of Resultat
        (2024, "prognos", "D", 40.0, "Lika"),   # equal: not listed
    ]
    published = pd.DataFrame([("Rapport", "2024-02", "driftredovisning", *r) for r in rows],
                             columns=["source", "report_period", "section", "year", "measure",
                                      "post", "belopp", "note"])
    published.loc[len(published)] = ("Rapport", "2024-02", "annat", 2024, "prognos", "D", 1.0,
                                     None)
    result = budget.differing_published(published, Period(2024, 2), "driftredovisning", table,
                                        columns, 1.0, aliases={"Summa": "Resultat"})
    expected = pd.DataFrame({
        "row": ["B", "Resultat"], "column": ["Prognos 2024"] * 2, "printed": [21.5, 32.0],
        "shown": [20.0, 30.0], "source": ["Rapport"] * 2, "post": ["B", "Summa"],
        "measure": ["prognos"] * 2, "year": [2024, 2024], "note": ["", "Avrundat"]})
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- budget: amount tables

@pytest.mark.parametrize(("row", "error"), [
    ("2024,,budget,K,", None),                       # no period, no belopp: allowed
    ("2024,2024-02,prognos,K,1000000000", None),     # |belopp| = 10⁹ tkr
    ("2024,2024-02,prognos,K,-1000000000", None),
    ("2024,2024-02,prognos,K,1000000001", "belopp"),
    ("2024,2024-02,prognos,K,-1000000001", "belopp"),
    ("2024,2024-02,annat,K,1", "measure"),           # measures: utfall, budget, ...
    ("tjugo,2024-02,budget,K,1", "year"),
    ("2024,februari,budget,K,1", "period"),
    ("2024,2024-02,budget,,1", "kommun"),            # the key is required
])
def test_budget_amount_columns(tmp_path, row, error):
    """Rule (budget.amount_columns): year, an optional period, a measure of budget.MEASURES,
    the key, and belopp in tkr, optional, |belopp| ≤ 10⁹."""
    from itvt_lib.areas import budget
    from itvt_lib.core.errors import DataError
    from itvt_lib.core.loading import Column, Table, read_table

    table = Table("t", budget.amount_columns(Column("kommun")))
    path = tmp_path / "t.csv"
    path.write_text("year,period,measure,kommun,belopp\n" + row + "\n", encoding="utf-8")
    if error is None:
        frame, _ = read_table(table, [path])
        assert list(frame.columns) == ["year", "period", "measure", "kommun", "belopp"]
        assert len(frame) == 1
    else:
        with pytest.raises(DataError, match=error):
            read_table(table, [path])
    for measure in ("utfall", "budget", "ursprunglig_budget", "tillagg", "prognos"):
        path.write_text(f"year,period,measure,kommun,belopp\n2024,,{measure},K,1\n",
                        encoding="utf-8")
        assert read_table(table, [path])[0]["measure"].tolist() == [measure]


# Rule: a rounding note only when the rounded resultat and avvikelse differ by 1..tolerance.
@pytest.mark.parametrize(("deviation", "expected"), [
    (-220.0, "Skillnaden mellan visade belopp; resultatet \u2212219 tkr är bokslutets och "
             "avviker med 1 tkr (avrundningsdifferens)."),   # the papers: −220 vs −219
    (-219.0, ""),
    (-221.0, ""),
])
def test_budget_rounding_note(deviation, expected):
    from itvt_lib.areas import budget

    assert budget.rounding_note(deviation, -219.0, 1.0) == expected


@pytest.mark.parametrize(("post", "expected"), [
    ("summa_intakter", 2), ("summa_kostnader", 3), ("nettokostnad", 5), ("resultat", 6),
    ("kommunbidrag", 1),
])
def test_budget_line_count(post, expected):
    """Rule: a total's tolerance counts the line items it sums (a line item counts 1)."""
    from itvt_lib.areas import budget

    layout = pd.DataFrame({
        "klass": ["intakt", "intakt", "summa_intakter", "kostnad", "kostnad", "kostnad",
                  "summa_kostnader", "nettokostnad", "kommunbidrag", "resultat"],
        "total": [False, False, True, False, False, False, True, True, False, True]})
    assert budget._line_count(layout, post) == expected


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

    assert budget.cost_centre_total_labels(ctx_2023.params) == ("Kommungemensamma",
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
