"""Project hours: notebook 10's note and footnote, the project table without hours, and the
accumulated hours, exact for both report periods.

Reference figures are from the committee's papers (annual report 2023 and monthly report
per 2024-02-29, section "Projekt": one export a year so far, 3 546 and 147 hours); others
are TEST data with the rule stated beside each case. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects
from itvt_lib.core.periods import Period

NAN = float("nan")


NB = "\u00a0"


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


FOOTNOTE = ("Timmar och belopp (kr) från januari till och med {month} enligt "
            "tidredovisningens export. Årsarbetare = timmar / ({per_fte} timmar × {months} / "
            "12). Timpris = belopp / timmar; .. = saknas (projekt utan timmar eller belopp). "
            "Förändringar beräknas ur två exporter; uppgift saknas där jämförelseperiodens "
            "export saknas. Avrundningsdifferenser kan förekomma.")


# ---------------------------------------------------------------- the footnote


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
