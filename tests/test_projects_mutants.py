"""Project hours (projects.py): the notebook's note and footnote, which no other fast test
reaches, and exact values the other fast tests leave open (the mutation run's survivors and
"no tests" mutants, issue 18).

Reference figures are from the committee's papers (annual report 2023 and monthly report
per 2024-02-29, section "Projekt": one export a year so far, 3 546 and 147 hours); others
are TEST data with the rule stated beside each case. Every test is fast: no notebook, no CLI.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects
from itvt_lib.core.checks import Check
from itvt_lib.core.periods import Period

NAN = float("nan")
NB = "\u00a0"


def exact(message: str) -> str:
    """A `match` pattern for exactly this one-line message."""
    return f"^{re.escape(message)}$"


def export(rows: list[tuple]) -> pd.DataFrame:
    """A small export frame: (period, projektnummer, projekt, timmar, belopp_kr)."""
    frame = pd.DataFrame(rows, columns=["period", "projektnummer", "projekt", "timmar",
                                        "belopp_kr"])
    return frame.astype({"timmar": "float64", "belopp_kr": "float64"})


# TEST data: 2023 has exports for January and February, 2024 for January, February and
# April; 2025 for January.
EXPORTS = export([
    ("2023-01", "1", "Ett", 4.0, 400.0),
    ("2023-02", "1", "Ett", 6.0, 600.0),
    ("2024-01", "1", "Ett", 10.0, 1000.0),
    ("2024-02", "1", "Ett", 25.0, 2500.0),
    ("2024-02", "2", "Två", 5.0, 500.0),
    ("2024-04", "1", "Ett", 40.0, 4000.0),
    ("2025-01", "1", "Ett", 1.0, 100.0),
])


# ---------------------------------------------------------------- the note without a chart

@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_cumulative_note_of_the_papers(dataset, period, ctx_2023, ctx_2024):
    """The papers: one export a year so far (December 2023; February 2024)."""
    ctx = ctx_2023 if period == "2023-12" else ctx_2024
    month = "december" if period == "2023-12" else "februari"
    result = projects.cumulative_note(dataset[projects.EXPORTS], ctx.period)
    assert result == (f"För {period[:4]} finns hittills en export ({month}); ackumulerade "
                      "timmar visas när flera perioder under året finns.")


@pytest.mark.parametrize(("period", "count"), [
    # rule: the exports of the period's year up to the period, oldest first
    ("2024-01", "en export (januari)"),
    ("2024-02", "2 exporter (januari, februari)"),
    ("2024-03", "2 exporter (januari, februari)"),  # April is after the period
    ("2024-12", "3 exporter (januari, februari, april)"),
    ("2023-02", "2 exporter (januari, februari)"),   # 2024's are another year
    ("2022-12", "0 exporter"),                       # none: no list of months
    (Period(2025, 6), "en export (januari)"),        # a Period works as well as its text
])
def test_cumulative_note_counts_the_years_exports(period, count):
    year = str(period)[:4]
    result = projects.cumulative_note(EXPORTS, period)
    assert result == (f"För {year} finns hittills {count}; ackumulerade timmar visas när "
                      "flera perioder under året finns.")


# ---------------------------------------------------------------- the footnote

FOOTNOTE = ("Timmar och belopp (kr) från januari till och med {month} enligt "
            "tidredovisningens export. Årsarbetare = timmar / ({per_fte} timmar × {months} / "
            "12). Timpris = belopp / timmar; .. = saknas (projekt utan timmar eller belopp). "
            "Förändringar beräknas ur två exporter; uppgift saknas där jämförelseperiodens "
            "export saknas. Avrundningsdifferenser kan förekomma.")


@pytest.mark.parametrize(("period", "month", "months"), [
    ("2023-12", "december", 12),
    ("2024-02", "februari", 2),
])
def test_footnote_text(ctx_2023, ctx_2024, period, month, months):
    """hours_per_fte 2 080 (params/defaults.yaml); months elapsed = the period's month."""
    ctx = ctx_2023 if period == "2023-12" else ctx_2024
    expected = FOOTNOTE.format(month=month, per_fte=f"2{NB}080", months=months)
    assert projects.footnote_text(ctx) == expected


def test_footnote_text_names_the_parameter_used(dataset):
    ctx = report.open_report("2024-02", dataset=dataset, overrides={"hours_per_fte": 1720})
    expected = FOOTNOTE.format(month="februari", per_fte=f"1{NB}720", months=2)
    assert projects.footnote_text(ctx) == expected


# ---------------------------------------------------------------- the project table

def test_project_table_without_hours_has_no_share_or_timpris():
    """Rule: with no hours at all, the Totalsumma's share and timpris are missing (not 100 %),
    as is each project's share."""
    frame = export([("2024-03", "1", "Ett", 0.0, 500.0), ("2024-03", "2", "Två", 0.0, 0.0)])
    result = projects.project_table(frame)
    expected = pd.DataFrame(
        {"Timmar": [0.0, 0.0, 0.0], "Belopp (kr)": [500.0, 0.0, 500.0],
         "Timpris (kr/h)": [NAN, NAN, NAN], "Andel av timmarna": [NAN, NAN, NAN]},
        index=pd.Index(["1 Ett", "2 Två", "Totalsumma"], name="Projekt"))
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- accumulated hours

@pytest.mark.parametrize(("period", "months", "hours"), [
    # the papers: 3 546 hours in the December 2023 export; 2022 has no export: no column
    ("2023-12", ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                 "september", "oktober", "november", "december"], [NAN] * 11 + [3546.0]),
    # the papers: 147 hours in the February 2024 export; 2023 has none for jan–feb: no column
    ("2024-02", ["januari", "februari"], [NAN, 147.0]),
])
def test_cumulative_hours_of_the_papers(dataset, period, months, hours):
    result = projects.cumulative_hours(dataset[projects.EXPORTS], period)
    expected = pd.DataFrame({period[:4]: hours}, index=pd.Index(months, name="Månad"))
    pd.testing.assert_frame_equal(result, expected)


def test_cumulative_hours_with_every_month_of_last_year():
    """Rule: last year is a column when it has at least one export among the months (here
    both: 4 and 6 hours); this year 10 and 5 + 25 = 30."""
    result = projects.cumulative_hours(EXPORTS, "2024-02")
    expected = pd.DataFrame({"2024": [10.0, 30.0], "2023": [4.0, 6.0]},
                            index=pd.Index(["januari", "februari"], name="Månad"))
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- rules and formats

@pytest.mark.parametrize(("per_fte", "months"), [(0.0, 12), (2080.0, 0), (2080.0, 13)])
def test_fte_error_message(per_fte, months):
    with pytest.raises(ValueError,
                       match=r"^hours per FTE must be > 0 and months between 1 and 12$"):
        projects.fte(100.0, per_fte, months)


@pytest.mark.parametrize(("value", "expected"), [
    (0.4, "0,4"), (0.0, "0,0"), (NAN, ".."), (None, ".."), (12.25, "12,3")])
def test_fmt_fte(value, expected):
    """One decimal (half away from zero), zero "0,0", missing ".." (a dense table)."""
    assert projects.fmt_fte(value) == expected


@pytest.mark.parametrize(("hours", "expected"), [
    (0.0, "0 timmar"), (1.0, "1 timme"), (147.0, "147 timmar"),
    (3546.0, f"3{NB}546 timmar")])
def test_hours_text(hours, expected):
    assert projects._hours_text(hours) == expected


def test_ytd_by_project_defaults_to_hours():
    result = projects.ytd_by_project(EXPORTS, "2024-02")
    expected = pd.Series([25.0, 5.0], index=pd.Index(["1", "2"], name="projektnummer"),
                         name="timmar")
    pd.testing.assert_series_equal(result, expected)


def test_month_figures_keep_this_months_order():
    """Rule: projects in the order of this month's export, then those only in the previous
    one (a project absent from an export counts 0 there): 3 → 7, 1 → 5 − 2, 2 → 0 − 4."""
    frame = export([("2024-01", "1", "Ett", 2.0, 0.0), ("2024-01", "2", "Två", 4.0, 0.0),
                    ("2024-02", "3", "Tre", 7.0, 0.0), ("2024-02", "1", "Ett", 5.0, 0.0)])
    result = projects.month_figures(frame, "2024-02")
    expected = pd.Series([7.0, 3.0, -4.0], index=pd.Index(["3", "1", "2"], name="projektnummer"),
                         name="timmar")
    pd.testing.assert_series_equal(result, expected)


# ---------------------------------------------------------------- checks

def _checks(period: str, hours: float, belopp: float, fte: float, tolerance: float):
    """The papers' Totalsumma against the sum of the projects (equal), within 0,5 per
    project line by default; published årsarbetare against the computed, rounded (equal:
    no note)."""
    return [
        Check("Projekttid", f"Summa timmar per projekt = Totalsumma ({period})", hours, hours,
              tolerance, "pass", ""),
        Check("Projekttid", f"Summa belopp per projekt = Totalsumma ({period}, kr)", belopp,
              belopp, tolerance, "pass", ""),
        Check("Projekttid", f"Publicerade årsarbetare ({period}) mot beräknade, en decimal",
              fte, fte, 0.0, "pass", ""),
    ]


@pytest.mark.parametrize(("period", "hours", "belopp", "fte", "lines"), [
    ("2023-12", 3546.0, 1338138.0, 1.7, 14),  # the papers: 14 projects, 1,7 årsarbetare
    ("2024-02", 147.0, 58272.0, 0.4, 2),      # the papers: 2 projects, 0,4 årsarbetare
])
def test_checks_of_the_papers(ctx_2023, ctx_2024, period, hours, belopp, fte, lines):
    ctx = ctx_2023 if period == "2023-12" else ctx_2024
    assert projects.checks(ctx) == _checks(period, hours, belopp, fte, 0.5 * lines)


def test_checks_use_the_tolerances_of_the_parameters(dataset):
    """projekttid.tolerance_timmar 3 and tolerance_kr 4 per project line: × 2 lines."""
    ctx = report.open_report("2024-02", dataset=dataset, overrides={
        "projekttid": {"tolerance_timmar": 3, "tolerance_kr": 4}})
    result = projects.checks(ctx)
    assert [c.tolerance for c in result] == [6.0, 8.0, 0.0]
    assert [c.status for c in result] == ["pass", "pass", "pass"]


def test_a_total_of_record_beyond_the_tolerance_fails_without_a_note(data_dir):
    """TEST: published 150 hours and 58 000 kr for 2024-02 against the projects' 147 and
    58 272: both beyond 2 × 0,5; the total of record exists, so no note; no published
    årsarbetare, no third check."""
    (data_dir / "projekttid_totaler.csv").write_text(
        "period,timmar,belopp_kr,arsarbetare,source\n2024-02,150,58000,,TEST\n",
        encoding="utf-8")
    result = projects.checks(report.open_report("2024-02", data_dir))
    expected = [
        Check("Projekttid", "Summa timmar per projekt = Totalsumma (2024-02)", 150.0, 147.0,
              1.0, "fail", ""),
        Check("Projekttid", "Summa belopp per projekt = Totalsumma (2024-02, kr)", 58000.0,
              58272.0, 1.0, "fail", "")]
    assert result == expected
