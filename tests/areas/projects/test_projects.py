"""Project hours (itvt_lib.projects): rules, the source's figures, bad input, notebook 03.

Reference figures are from the source (annual report 2023 and monthly report per
2024-02-29, section "Projekt"); others are derived by the rule stated in each test.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from conftest import execute_notebook, notebook_text

from itvt_lib import areas as report
from itvt_lib.areas import load_dataset, projects
from itvt_lib.core import charts
from itvt_lib.core.errors import DataError
from itvt_lib.core.formatting import round_half_away
from itvt_lib.core.periods import Period
from itvt_lib.core.presentation import committee_table, total_rows

NB = "\u00a0"
HEADER = "period,projektnummer,projekt,timmar,belopp_kr\n"


def export(rows: list[tuple]) -> pd.DataFrame:
    """A small export frame: (period, projektnummer, projekt, timmar, belopp_kr)."""
    frame = pd.DataFrame(rows, columns=["period", "projektnummer", "projekt", "timmar",
                                        "belopp_kr"])
    return frame.astype({"timmar": "float64", "belopp_kr": "float64"})


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


# ---------------------------------------------------------------- FTE rule

@pytest.mark.parametrize(
    ("hours", "months", "expected"),
    [
        # hours / (2 080 × months / 12): a full year's norm is exactly one årsarbetare
        (2080.0, 12, 1.0),
        (1040.0, 6, 1.0),      # half a year's norm in six months: one årsarbetare
        (520.0, 6, 0.5),
        (2080.0 / 12, 1, 1.0),  # one month's norm in January
        (1040.0, 1, 6.0),       # half a year's norm logged in one month: six årsarbetare
        (0.0, 3, 0.0),
    ],
)
def test_fte_rule_for_period_lengths(hours, months, expected):
    result = projects.fte(hours, 2080.0, months)
    assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    ("hours", "months", "expected"),
    [
        (3546.0, 12, 1.7),  # the source: 2023, "1,7 årsarbetare"
        (147.0, 2, 0.4),    # the source: januari till februari 2024, "0,4 årsarbetare"
        (147.0, 1, 0.8),    # rule: 147 / (2 080 / 12) = 0.848
        (147.0, 6, 0.1),    # rule: 147 / 1 040 = 0.141
    ],
)
def test_fte_displayed_with_one_decimal(hours, months, expected):
    result = round_half_away(projects.fte(hours, 2080.0, months), 1)
    assert result == expected


def test_fte_on_a_series():
    hours = pd.Series([2080.0, 1040.0], index=["a", "b"])
    result = projects.fte(hours, 2080.0, 6)
    expected = pd.Series([2.0, 1.0], index=["a", "b"])
    pd.testing.assert_series_equal(result, expected)


@pytest.mark.parametrize(("per_fte", "months"), [(0.0, 12), (2080.0, 0), (2080.0, 13)])
def test_fte_rejects_impossible_arguments(per_fte, months):
    with pytest.raises(ValueError):
        projects.fte(100.0, per_fte, months)


# ---------------------------------------------------------------- per-project figures

def test_hourly_cost_is_missing_for_zero_hours():
    timmar = pd.Series([145.0, 0.0, 2.0])
    belopp = pd.Series([57562.0, 1000.0, 710.0])
    result = projects.hourly_cost(belopp, timmar)
    expected = pd.Series([57562.0 / 145.0, float("nan"), 355.0])
    pd.testing.assert_series_equal(result, expected)


def test_shares_of_hours_and_zero_total():
    result = projects.shares(pd.Series([3.0, 1.0, 0.0]))
    expected = pd.Series([0.75, 0.25, 0.0])
    pd.testing.assert_series_equal(result, expected)
    assert projects.shares(pd.Series([0.0, 0.0])).isna().all()


def test_project_table_with_a_zero_hours_project():
    frame = export([("2024-03", "1", "Ett", 30.0, 12000.0),
                    ("2024-03", "2", "Noll", 0.0, 0.0),
                    ("2024-03", "3", "Tre", 10.0, 3000.0)])
    result = projects.project_table(frame)
    expected = pd.DataFrame(
        {"Timmar": [30.0, 0.0, 10.0, 40.0],
         "Belopp (kr)": [12000.0, 0.0, 3000.0, 15000.0],
         "Timpris (kr/h)": [400.0, float("nan"), 300.0, 375.0],
         "Andel av timmarna": [0.75, 0.0, 0.25, 1.0]},
        index=pd.Index(["1 Ett", "2 Noll", "3 Tre", "Totalsumma"], name="Projekt"))
    pd.testing.assert_frame_equal(result, expected)
    assert total_rows(result, [projects.TOTAL_LABEL]) == [False, False, False, True]
    shown = committee_table(result, index_label="Projekt", formats=projects.TABLE_FORMATS)
    assert "Noll" in shown.to_html() and ">..<" in shown.to_html()


def test_project_table_shows_the_total_of_record():
    frame = export([("2024-03", "1", "Ett", 30.4, 100.0), ("2024-03", "2", "Två", 10.4, 50.0)])
    result = projects.project_table(frame, {"timmar": 41.0, "belopp_kr": 150.0})
    assert result.loc["Totalsumma", "Timmar"] == 41.0  # printed, not the sum 40.8


def test_largest_projects_lists_ties():
    frame = export([("2024-03", "1", "A", 5.0, 1.0), ("2024-03", "2", "B", 5.0, 1.0),
                    ("2024-03", "3", "C", 1.0, 1.0)])
    result = projects.largest_projects(frame)
    expected = pd.Series([5.0, 5.0], index=pd.Index(["1 A", "2 B"], name="Projekt"),
                         name="timmar")
    pd.testing.assert_series_equal(result, expected)
    assert projects.largest_sentence(frame).startswith("Störst, lika stora, är 1 A och 2 B")


# ---------------------------------------------------------------- across periods

THREE_EXPORTS = export([
    ("2023-02", "1", "Ett", 20.0, 8000.0),
    ("2024-01", "1", "Ett", 10.0, 4000.0),
    ("2024-02", "1", "Ett", 25.0, 10000.0),
    ("2024-02", "2", "Två", 5.0, 2000.0),
])


def test_month_figures_from_consecutive_exports():
    result = projects.month_figures(THREE_EXPORTS, "2024-02")
    # February = YTD February − YTD January; project 2 is absent in January: 0 there
    expected = pd.Series([15.0, 5.0], index=pd.Index(["1", "2"], name="projektnummer"),
                         name="timmar")
    pd.testing.assert_series_equal(result, expected)


def test_january_is_its_own_month_and_a_gap_is_missing():
    january = projects.month_figures(THREE_EXPORTS, "2024-01")
    assert january.to_dict() == {"1": 10.0}
    assert projects.month_figures(THREE_EXPORTS, "2023-02") is None  # no 2023-01 export
    assert projects.month_figures(THREE_EXPORTS, "2024-03") is None  # no export at all


def test_change_table_against_previous_export_and_last_year():
    result = projects.change_table(THREE_EXPORTS, "2024-02")
    expected = pd.DataFrame(
        {"Timmar hittills i år": [25.0, 5.0, 30.0],
         "Under februari": [15.0, 5.0, 20.0],
         "Samma period 2023": [20.0, 0.0, 20.0],
         "Förändring mot 2023": [5.0, 5.0, 10.0]},
        index=pd.Index(["1 Ett", "2 Två", "Totalsumma"], name="Projekt"))
    pd.testing.assert_frame_equal(result, expected)


def test_change_table_without_earlier_exports_is_missing():
    result = projects.change_table(THREE_EXPORTS, "2023-02")
    assert result["Timmar hittills i år"].tolist() == [20.0, 20.0]
    assert result[["Under februari", "Samma period 2022", "Förändring mot 2022"]] \
        .isna().all().all()


def test_cumulative_hours_through_the_year():
    assert projects.has_cumulative(THREE_EXPORTS, "2024-02")
    assert not projects.has_cumulative(THREE_EXPORTS, "2024-01")
    result = projects.cumulative_hours(THREE_EXPORTS, "2024-02")
    expected = pd.DataFrame({"2024": [10.0, 30.0], "2023": [float("nan"), 20.0]},
                            index=pd.Index(["januari", "februari"], name="Månad"))
    pd.testing.assert_frame_equal(result, expected)


def test_monthly_overview():
    result = projects.monthly_overview(THREE_EXPORTS, "2024-02", 2080.0)
    expected = pd.DataFrame(
        {"Timmar hittills i år": [10.0, 30.0], "Timmar under månaden": [10.0, 20.0],
         # årsarbetare hittills = YTD / (2 080 × months / 12)
         "Årsarbetare hittills i år": [10.0 / (2080 / 12), 30.0 / (2080 * 2 / 12)]},
        index=pd.Index(["januari", "februari"], name="Månad"))
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- the source's figures

def test_2023_reference_figures(dataset):
    frame = projects.export_for(dataset["projekttid"], "2023-12")
    table = projects.project_table(frame, projects.of_record(dataset["projekttid_totaler"],
                                                             "2023-12"))
    assert len(frame) == 14
    assert table.loc["Totalsumma", "Timmar"] == 3546
    assert table.loc["Totalsumma", "Belopp (kr)"] == 1338138
    assert projects.total_of(frame["timmar"]) == 3546
    assert projects.total_of(frame["belopp_kr"]) == 1338138
    assert table.loc["1243 Schoolsoft skolsystem", "Timmar"] == 683
    largest = projects.largest_projects(frame)
    assert largest.to_dict() == {"1240 Förrätt": 687.0}
    assert round_half_away(projects.fte(3546, 2080, 12), 1) == 1.7


def test_2024_02_reference_table(dataset):
    frame = projects.export_for(dataset["projekttid"], "2024-02")
    result = projects.project_table(frame, projects.of_record(dataset["projekttid_totaler"],
                                                              "2024-02"))
    expected = pd.DataFrame(
        {"Timmar": [145.0, 2.0, 147.0],
         "Belopp (kr)": [57562.0, 710.0, 58272.0],
         "Timpris (kr/h)": [57562 / 145, 710 / 2, 58272 / 147],
         "Andel av timmarna": [0.986, 0.014, 1.0]},  # as shown, by largest remainder
        index=pd.Index(["1240 Förrätt", "1244 Interna e-tjänster", "Totalsumma"],
                       name="Projekt"))
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(
    ("period", "sentence"),
    [
        ("2023-12", f"För perioden januari till december har 3{NB}546 timmar använts vilket "
                    "motsvarar 1,7 årsarbetare."),
        ("2024-02", "För perioden januari till februari har 147 timmar använts vilket "
                    "motsvarar 0,4 årsarbetare."),
    ],
)
def test_summary_sentence_of_the_source(period, sentence):
    ctx = report.open_report(period)
    result = projects.summary(ctx)
    assert result[0] == sentence


def test_summary_names_the_largest_project():
    result = projects.summary(report.open_report("2023-12"))
    # 687 / 3 546 = 19,37 %
    assert f"Störst är 1240 Förrätt med 687 timmar (19,4{NB}% av timmarna)." in result


def test_january_sentence():
    sentence = projects.fte_sentence(Period(2024, 1), 1.0, 0.0)
    assert sentence == "För januari 2024 har 1 timme använts vilket motsvarar 0,0 årsarbetare."


@pytest.mark.parametrize(
    ("period", "hours", "fte", "belopp"),
    [("2023-12", 3546.0, 1.7, 1338138.0), ("2024-02", 147.0, 0.4, 58272.0)],
)
def test_key_figures(period, hours, fte, belopp):
    figures = projects.key_figures(report.open_report(period))
    assert [f.unit for f in figures] == ["timmar", "årsarbetare", "kr"]
    assert figures[0].value == hours
    assert round_half_away(figures[1].value, figures[1].decimals) == fte
    assert figures[2].value == belopp


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_checks_pass_for_the_source(period):
    result = projects.checks(report.open_report(period))
    assert len(result) == 3
    assert [c.status for c in result] == ["pass", "pass", "pass"]
    assert "Summa timmar" in result[0].description and "Summa belopp" in result[1].description


def test_hours_per_fte_override_changes_fte_and_warns():
    ctx = report.open_report("2023-12", overrides={"hours_per_fte": 1700})
    assert projects.summary(ctx)[0].endswith("motsvarar 2,1 årsarbetare.")  # 3 546 / 1 700
    assert projects.checks(ctx)[-1].status == "warn"  # published 1,7


def test_sum_differing_from_the_total_fails(data_dir):
    (data_dir / "projekttid_totaler.csv").write_text(
        "period,timmar,belopp_kr,arsarbetare,source\n2024-02,150,58272,,x\n", encoding="utf-8")
    result = projects.checks(report.open_report("2024-02", data_dir))
    assert [c.status for c in result] == ["fail", "pass"]  # 147 vs 150 beyond 2 × 0,5 h


def test_missing_totals_warn_and_the_sum_is_shown(data_dir):
    (data_dir / "projekttid_totaler.csv").unlink()
    ctx = report.open_report("2024-02", data_dir)
    assert [c.status for c in projects.checks(ctx)] == ["warn", "warn"]
    assert projects.table_for(ctx).loc["Totalsumma", "Timmar"] == 147


def test_no_export_for_the_period(data_dir):
    (data_dir / "projekttid" / "2024-02.csv").unlink()
    ctx = report.open_report("2024-02", data_dir)
    assert not projects.has_data(ctx.dataset, ctx.period)
    assert projects.summary(ctx) == [] and projects.key_figures(ctx) == []
    assert projects.checks(ctx) == []
    assert projects.AREA in report.gather(ctx)["no_data"]


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize(
    ("content", "match"),
    [
        (HEADER + "2024-02,1240,Förrätt,145,57562\n2024-02,1244,Interna e-tjänster,-2,710\n",
         r"2024-02\.csv:3: timmar: -2 är mindre än det minsta tillåtna, 0"),
        (HEADER + "2024-02,,Förrätt,145,57562\n",
         r"2024-02\.csv:2: projektnummer: värde saknas"),
        (HEADER + "2024-02,1240,Förrätt,145,57562\n2024-02,1240,Förrätt igen,2,710\n",
         r"2024-02\.csv:3: period, projektnummer: nyckeln \(2024-02, 1240\) "
         r"finns redan på rad 2"),
        (HEADER + "2024-02,1240,Förrätt,145,57562\n2024-01,1244,Interna e-tjänster,2,710\n",
         r'2024-02\.csv:3: period: "2024-01" skiljer sig från "2024-02" på rad 2'),
        (HEADER + "2024-03,1240,Förrätt,145,57562\n",
         r'2024-02\.csv:2: period: "2024-03" men filen heter 2024-02\.csv'),
        (HEADER + "2024-02,1240,Förrätt,145,57562\n2024-02,Totalsumma,Totalsumma,145,57562\n",
         r"2024-02\.csv:3: projektnummer: en rad Totalsumma är inget projekt"),
        (HEADER + "2024-02,1240,Förrätt,tolv,57562\n",
         r'2024-02\.csv:2: timmar: "tolv" är inte ett tal'),
    ],
)
def test_bad_export_is_a_one_line_data_error(data_dir, content, match):
    (data_dir / "projekttid" / "2024-02.csv").write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=match) as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 2


def test_duplicate_period_across_two_files(data_dir):
    (data_dir / "projekttid" / "2024-02 kopia.csv").write_text(
        HEADER + "2024-02,1240,Förrätt,145,57562\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"nyckeln \(2024-02, 1240\)"):
        report.open_report("2024-02", data_dir)


def test_negative_published_total_is_rejected(data_dir):
    (data_dir / "projekttid_totaler.csv").write_text(
        "period,timmar,belopp_kr,arsarbetare,source\n2024-02,-147,58272,,x\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"projekttid_totaler\.csv:2: timmar: -147 är mindre än"):
        load_dataset(data_dir)


def test_semicolon_export_with_decimal_comma(data_dir):
    (data_dir / "projekttid" / "2024-03.csv").write_text(
        "period;projektnummer;projekt;timmar;belopp_kr\n2024-03;1240;Förrätt;150,5;60 000\n",
        encoding="cp1252")
    frame = load_dataset(data_dir)["projekttid"]
    result = projects.export_for(frame, "2024-03")[["timmar", "belopp_kr"]]
    expected = pd.DataFrame({"timmar": [150.5], "belopp_kr": [60000.0]})
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- free text

def test_chart_labels_are_plain_text():
    frame = export([("2024-02", "1", "Kostnad $x$ <b>", 10.0, 100.0),
                    ("2024-02", "2", "Annat", 5.0, 50.0)])
    fig = charts.ranked_bars(projects.hours_by_project(frame), "Timmar per projekt", "timmar")
    fig.canvas.draw()
    labels = fig.axes[0].get_yticklabels()
    assert labels[0].get_text() == "1 Kostnad $x$ <b>"
    assert labels[0].get_parse_math() is False
    plt.close(fig)


def test_table_escapes_project_names():
    frame = export([("2024-02", "1", "Kostnad $x$ <b>", 10.0, 100.0)])
    table = projects.project_table(frame)
    html = committee_table(table, index_label="Projekt", formats=projects.TABLE_FORMATS).to_html()
    assert "1 Kostnad $x$ &lt;b&gt;" in html
    assert "<b>" not in html


# ---------------------------------------------------------------- notebook 03

@pytest.mark.slow
@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2023-12", [f"För perioden januari till december har 3{NB}546 timmar använts vilket "
                     "motsvarar 1,7 årsarbetare.", "1240 Förrätt", "687",
                     f"1{NB}338{NB}138", f"269{NB}586", "Totalsumma", "Timpris (kr/h)",
                     "Andel av timmarna", f"19,4{NB}%", "uppgift saknas",
                     f"2{NB}080 timmar × 12 / 12"]),
        ("2024-02", ["För perioden januari till februari har 147 timmar använts vilket "
                     "motsvarar 0,4 årsarbetare.", "1244 Interna e-tjänster",
                     f"57{NB}562", f"58{NB}272", "Totalsumma", f"98,6{NB}%",
                     "För 2024 finns hittills en export (februari)"]),
    ],
)
def test_notebook_for_both_periods(period, expected, published_notebook):
    nb = published_notebook(period, "03-projekttid.ipynb")
    text = notebook_text(nb)
    for item in expected:
        assert item in text
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1  # the ranked bar chart; no cumulative chart with one export a year
    assert "Uppgifter saknas" not in text


@pytest.mark.slow
def test_notebook_defaults_run():
    text = notebook_text(execute_notebook("03-projekttid.ipynb"))
    assert "vilket motsvarar" in text


@pytest.mark.slow
def test_notebook_with_several_periods_shows_cumulative_hours(data_dir):
    (data_dir / "projekttid" / "2024-01.csv").write_text(
        HEADER + "2024-01,1240,Förrätt,100,40000\n", encoding="utf-8")
    nb = execute_notebook("03-projekttid.ipynb", {"period": "2024-02",
                                                  "data_dir": str(data_dir),
                                                  "hours_per_fte": 1700})
    text = notebook_text(nb)
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 2  # ranked bars and the accumulated hours
    assert "Under februari har 47 timmar använts." in text  # 147 − 100
    assert "motsvarar 0,5 årsarbetare" in text  # 147 / (1 700 × 2 / 12) = 0,519
    assert "Årsarbetare hittills i år" in text


@pytest.mark.slow
def test_notebook_without_export_shows_no_data(data_dir):
    (data_dir / "projekttid" / "2024-02.csv").unlink()
    nb = execute_notebook("03-projekttid.ipynb", {"period": "2024-02",
                                                  "data_dir": str(data_dir)})
    text = notebook_text(nb)
    assert "Uppgifter saknas för perioden (projekttid)." in text
    assert "årsarbetare" not in text


def test_hours_for_the_chart_keep_the_largest_and_sum_the_rest():
    export = pd.DataFrame({"period": ["2023-12"] * 4, "projektnummer": ["1", "2", "3", "4"],
                           "projekt": ["A", "B", "C", "D"], "timmar": [5.0, 40.0, 1.0, 20.0],
                           "belopp_kr": [0.0, 0.0, 0.0, 0.0]})
    result = projects.hours_by_project(export, top=2)
    assert list(result.values) == [40.0, 20.0, 6.0]  # 6 = 5 + 1, the two smallest
    assert result.index[-1] == "Övriga (2 projekt)"
    assert result.sum() == projects.hours_by_project(export).sum()


def test_projects_with_equal_hours_keep_the_exports_order_in_the_chart():
    # TEST export of 20 projects whose hours cycle 8, 4, 2: ranked by hours, equal hours
    # stay in file order; the ninth place falls among the 4 h projects, so all of them go to
    # "Övriga" with the 2 h ones (a tie is never cut): the bars are the seven 8 h projects
    n = 20
    hours = [(8.0, 4.0, 2.0)[i % 3] for i in range(n)]
    export = pd.DataFrame({"period": ["2024-02"] * n,
                           "projektnummer": [str(1000 + i) for i in range(n)],
                           "projekt": [f"Projekt {i}" for i in range(n)], "timmar": hours,
                           "belopp_kr": [0.0] * n})
    result = projects.hours_by_project(export, top=9)
    eights = [f"{1000 + i} Projekt {i}" for i in range(n) if i % 3 == 0]
    fours = [f"{1000 + i} Projekt {i}" for i in range(n) if i % 3 == 1]
    rest = 4.0 * len(fours) + 2.0 * (n // 3)
    expected = pd.Series([8.0] * 7 + [rest], index=[*eights, "Övriga (13 projekt)"])
    pd.testing.assert_series_equal(result, expected, check_names=False)
