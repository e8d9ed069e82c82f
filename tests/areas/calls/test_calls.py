"""Service desk and switchboard: call and ticket metrics (itvt_lib.calls).

Reference figures are the annual report 2023 (seed, "Händelser av väsentlig betydelse"):
Telenor OneX Q4 2023 and 2023, Nilex tickets 2023, the switchboard per kommun since
2023-09-26 and the old platform's 46 800 calls.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd
import pytest
from conftest import execute_notebook, notebook_text, run_cli, with_params

from itvt_lib import areas as report
from itvt_lib.areas import calls, load_dataset
from itvt_lib.core.checks import FAIL, PASS, WARN
from itvt_lib.core.errors import DataError
from itvt_lib.core.formatting import fmt_percent, round_half_away
from itvt_lib.core.periods import Period

NB = "\u00a0"
D = date.fromisoformat


def onex_frame(*rows) -> pd.DataFrame:
    """OneX rows: (from, to, label, inkommande, besvarade, missade, öppet, stängt, snitt, längst)."""
    columns = ["from_date", "to_date", "label", *calls.ONEX_COUNTS, *calls.ONEX_DURATIONS]
    frame = pd.DataFrame([(D(a), D(b), *rest) for a, b, *rest in rows], columns=columns)
    for column in (*calls.ONEX_COUNTS, *calls.ONEX_DURATIONS):
        frame[column] = frame[column].astype("Int64")
    return frame


Q4 = ("2023-10-01", "2023-12-31", "Q4 2023", 2758, 1889, 497, 19, 353, 179, 1800)
YEAR = ("2023-01-01", "2023-12-31", "2023", 11032, 7556, 1988, 76, 1412, 179, 1800)


@pytest.fixture(scope="module")
def ctx():
    return report.open_report("2023-12")


@pytest.fixture(scope="module")
def ctx_feb():
    return report.open_report("2024-02")


# ---------------------------------------------------------------- periods and ranges

@pytest.mark.parametrize(("to_date", "period", "expected"), [
    ("2023-12-31", "2023-12", True),   # ends in the year, on the last day
    ("2023-09-25", "2023-12", True),
    ("2023-12-31", "2023-11", False),  # ends after the period's last day
    ("2023-12-31", "2024-02", False),  # ends in an earlier year
    ("2024-02-29", "2024-02", True),
    ("2024-01-31", "2024-02", True),
    ("2024-03-01", "2024-02", False),
])
def test_a_range_belongs_to_the_period_its_end_falls_in(to_date, period, expected):
    frame = pd.DataFrame({"from_date": [D("2023-01-01")], "to_date": [D(to_date)]})
    result = calls.belongs_to(frame, Period.parse(period))
    expected_series = pd.Series([expected], dtype=bool)
    pd.testing.assert_series_equal(result, expected_series)


def test_main_range_ends_last_and_is_the_longest():
    frame = pd.DataFrame({"from_date": [D("2023-10-01"), D("2023-01-01"), D("2023-01-01")],
                          "to_date": [D("2023-12-31"), D("2023-12-31"), D("2023-09-25")]})
    assert calls.main_range(frame) == (D("2023-01-01"), D("2023-12-31"))
    assert calls.main_range(frame.iloc[:0]) is None


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2023-01-01", "2023-12-31", "2023"),
    ("2023-10-01", "2023-12-31", "fjärde kvartalet 2023"),
    ("2024-01-01", "2024-03-31", "första kvartalet 2024"),
    ("2024-02-01", "2024-02-29", "februari 2024"),
    ("2023-09-26", "2023-12-31", "perioden 2023-09-26–2023-12-31"),
])
def test_range_in_swedish_words(start, end, expected):
    assert calls.range_sv(D(start), D(end)) == expected


# ---------------------------------------------------------------- OneX

def test_onex_rates_are_shares_of_incoming():
    result = calls.onex_rates(onex_frame(YEAR))
    expected = pd.DataFrame({"svarsfrekvens": [7556 / 11032], "andel_missade": [1988 / 11032],
                             "andel_overflow": [(76 + 1412) / 11032]})
    pd.testing.assert_frame_equal(result, expected)


def test_a_missing_count_gives_missing_rates_and_sum_not_zero():
    frame = onex_frame(("2023-10-01", "2023-12-31", "Q4", 2758, None, 497, 19, 353, 179, None))
    rates = calls.onex_rates(frame)
    assert np.isnan(rates.loc[0, "svarsfrekvens"])
    assert rates.loc[0, "andel_missade"] == pytest.approx(497 / 2758)
    assert np.isnan(calls.onex_parts_sum(frame)[0])


def test_zero_incoming_gives_no_rate():
    frame = onex_frame(("2024-01-01", "2024-01-31", "jan", 0, 0, 0, 0, 0, 0, 0))
    assert calls.onex_rates(frame).isna().all().all()


def test_parts_sum_to_incoming_in_the_source():
    result = calls.onex_parts_sum(onex_frame(Q4, YEAR))
    expected = pd.Series([2758.0, 11032.0])
    pd.testing.assert_series_equal(result, expected)


def test_year_row_four_times_a_quarter_is_flagged():
    frame = onex_frame(Q4, YEAR)
    assert calls.scaled_copies(frame) == [(1, 0)]
    assert calls.year_quarter_pairs(frame) == [(1, 0)]


@pytest.mark.parametrize("change", [
    {"missade": 1989},                # one count differs from 4 × 497
    {"genomsnittlig_kotid": 180},     # queue time differs
    {"from_date": D("2022-01-01"), "to_date": D("2022-12-31")},  # another year
])
def test_year_row_not_four_times_the_quarter_is_not_flagged(change):
    frame = onex_frame(Q4, YEAR)
    for column, value in change.items():
        frame.loc[1, column] = value
    assert calls.scaled_copies(frame) == []


def test_onex_table_keeps_durations_in_seconds_and_formats_them():
    table = calls.onex_table(onex_frame(Q4))
    assert table.loc["Q4 2023", "Genomsnittlig kötid"] == 179
    assert calls.ONEX_FORMATS["Längsta kötid"](3725) == "1:02:05"
    assert calls.ONEX_FORMATS["Genomsnittlig kötid"](179) == "02:59"


# ---------------------------------------------------------------- Nilex

NILEX = pd.DataFrame({
    "from_date": [D("2023-01-01")] * 4, "to_date": [D("2023-12-31")] * 4,
    "typ": ["Service Desk", "Service Desk", "Order", "Order"],
    "kanal": ["E-post", "Telefon", "E-post", "Telefon"],
    "antal": pd.array([5, 3, 2, None], dtype="Int64"),
})


def test_ticket_matrix_keeps_the_data_order_and_missing_cells():
    result = calls.ticket_matrix(NILEX)
    expected = pd.DataFrame({"E-post": [5.0, 2.0], "Telefon": [3.0, np.nan]},
                            index=["Service Desk", "Order"])
    pd.testing.assert_frame_equal(result, expected)


def test_totals_are_computed_or_taken_from_record():
    matrix = calls.ticket_matrix(NILEX)
    computed = calls.matrix_with_totals(matrix)
    assert computed.loc["Service Desk", calls.TOTAL] == 8
    assert computed.loc[calls.TOTAL, "E-post"] == 7
    # a missing cell makes its row, column and grand total missing, never a smaller number
    assert np.isnan(computed.loc["Order", calls.TOTAL])
    assert np.isnan(computed.loc[calls.TOTAL, "Telefon"])
    assert np.isnan(computed.loc[calls.TOTAL, calls.TOTAL])
    recorded = calls.matrix_with_totals(matrix, {("typ", "Order"): 4.0, ("all", None): 12.0})
    assert recorded.loc["Order", calls.TOTAL] == 4
    assert recorded.loc[calls.TOTAL, calls.TOTAL] == 12


def test_ticket_shares_by_channel_and_type():
    matrix = calls.ticket_matrix(NILEX.fillna({"antal": 0}))
    result = calls.ticket_shares(matrix, "kanal")
    expected = pd.DataFrame({"Ärenden": [7.0, 3.0], "Andel": [0.7, 0.3]},
                            index=["E-post", "Telefon"])
    pd.testing.assert_frame_equal(result, expected)
    by_type = calls.ticket_shares(matrix, "typ")
    assert by_type.loc["Service Desk", "Andel"] == pytest.approx(0.8)


# ---------------------------------------------------------------- switchboard

def vaxel_frame(rows) -> pd.DataFrame:
    columns = [c.name for c in next(t for t in calls.TABLES if t.name == "vaxel").columns]
    frame = pd.DataFrame([{**dict.fromkeys(columns), **row} for row in rows], columns=columns)
    return frame


def test_svarsprocent_is_answered_over_incoming():
    frame = vaxel_frame([{"inkommande": 3603, "besvarade": 3307},
                         {"inkommande": 5392, "besvarade": 4921},
                         {"inkommande": None, "besvarade": 10}])
    result = calls.svarsprocent(frame)
    expected = pd.Series([3307 / 3603, 4921 / 5392, np.nan])
    pd.testing.assert_series_equal(result, expected)


def test_kommun_rows_list_every_member_and_mark_the_absent_missing():
    kommuner = pd.DataFrame({"kommun": ["A", "B", "C"], "ordning": [2, 1, 3]})
    span = {"from_date": D("2023-09-26"), "to_date": D("2023-12-31"), "plattform": "Ny"}
    frame = vaxel_frame([
        {**span, "kommun": "A", "inkommande": 10, "besvarade": 9, "inom_15s": 50.0,
         "inom_30s": 60.0, "inom_60s": 70.0, "inom_120s": 80.0},
        {**span, "kommun": "B", "inkommande": 20, "besvarade": 18, "inom_15s": 40.0,
         "inom_30s": 50.0, "inom_60s": 90.0, "inom_120s": 100.0},
        {"from_date": D("2023-01-01"), "to_date": D("2023-09-25"), "plattform": "Gammal",
         "kommun": None, "inkommande": 100},
    ])
    rows = calls.kommun_rows(frame, kommuner)
    assert list(rows.index) == ["B", "A", "C"]
    curve = calls.service_level_curve(rows)
    expected = pd.DataFrame({"B": [0.4, 0.5, 0.9, 1.0], "A": [0.5, 0.6, 0.7, 0.8],
                             "C": [np.nan] * 4}, index=["15 s", "30 s", "60 s", "120 s"])
    pd.testing.assert_frame_equal(curve, expected)
    table = calls.vaxel_comparison(rows)
    assert list(table.loc["Svarsprocent"]) == [f"90{NB}%", f"90{NB}%", "uppgift saknas"]
    assert table.loc["Inkommande samtal", "C"] == "uppgift saknas"


def test_calls_within_a_range_and_per_platform():
    frame = vaxel_frame([
        {"from_date": D("2023-01-01"), "to_date": D("2023-09-25"), "plattform": "Trio",
         "inkommande": 46800},
        {"from_date": D("2023-09-26"), "to_date": D("2023-12-31"), "plattform": "Telenor",
         "kommun": "Herrljunga", "inkommande": 3603},
        {"from_date": D("2023-09-26"), "to_date": D("2023-12-31"), "plattform": "Telenor",
         "kommun": "Vårgårda", "inkommande": 5392},
    ])
    assert calls.calls_within(frame, D("2023-01-01"), D("2023-12-31")) == 55795
    assert calls.calls_within(frame, D("2023-09-26"), D("2023-12-31"), "Telenor") == 8995
    assert np.isnan(calls.calls_within(frame, D("2022-01-01"), D("2022-12-31")))
    platforms = calls.platform_calls(frame)
    assert list(platforms["Plattform"]) == ["Trio", "Telenor", calls.TOTAL]
    assert list(platforms["Inkommande samtal"]) == [46800, 8995, 55795]


# ---------------------------------------------------------------- the embedded data

def test_onex_reference_figures(ctx):
    onex = calls.onex_for(ctx)
    assert list(onex["label"]) == ["Herrljunga/Vårgårda Q4 2023", "Herrljunga/Vårgårda 2023"]
    year = calls.main_onex_row(onex)
    assert year["inkommande"] == 11032
    rates = calls.onex_rates(onex)
    # 7 556 / 11 032 = 68,5 %; 1 988 / 11 032 = 18,0 %
    assert fmt_percent(rates.iloc[1]["svarsfrekvens"]) == f"68,5{NB}%"
    assert fmt_percent(rates.iloc[1]["andel_missade"]) == f"18,0{NB}%"
    assert onex.iloc[0]["inkommande"] == 2758
    assert list(onex["genomsnittlig_kotid"]) == [179, 179]    # 02:59
    assert list(onex["langsta_kotid"]) == [1800, 1800]         # 0:30:00


def test_nilex_reference_figures(ctx):
    tickets = calls.tickets_for(ctx)
    expected = pd.DataFrame(
        {"E-post": [5059.0, 407, 27, 5493], "Selfserviceportal": [3750.0, 1982, 85, 5817],
         "Handläggare/Telefon": [4576.0, 3, 121, 4700], "Totalt": [13385.0, 2392, 233, 16010]},
        index=["Service Desk", "Order", "3RD Line", "Totalt"])
    pd.testing.assert_frame_equal(tickets, expected)


def test_switchboard_reference_figures(ctx):
    members = calls.vaxel_by_kommun_for(ctx)
    result = calls.svarsprocent(members).map(lambda v: round_half_away(v * 100))
    expected = pd.Series({"Herrljunga": 92.0, "Vårgårda": 91.0})
    pd.testing.assert_series_equal(result, expected)
    assert calls.vaxel_by_kommun_span(ctx) == (D("2023-09-26"), D("2023-12-31"))
    platforms = calls.platform_calls(calls.vaxel_for(ctx))
    assert platforms.iloc[-1]["Inkommande samtal"] == 55795


def test_summary_sentences(ctx):
    lines = calls.summary(ctx)
    assert lines[0] == (f"Servicedesk tog emot 11{NB}032 samtal under 2023, varav 68,5{NB}% "
                        f"besvarades, 18,0{NB}% missades och 13,5{NB}% gick till overflow.")
    text = " ".join(lines)
    assert "ser uppräknad ut" in text
    assert f"16{NB}010 ärenden" in text
    assert f"Växeln tog emot 55{NB}795 samtal under 2023" in text
    assert f"92{NB}% i Herrljunga och 91{NB}% i Vårgårda" in text


def test_key_figures(ctx):
    figures = {k.name: k for k in calls.key_figures(ctx)}
    rate = figures["Svarsfrekvens servicedesk (2023)"]
    assert (rate.value, rate.unit, rate.decimals) == (pytest.approx(7556 / 11032), "%", 1)
    assert rate.status == "yellow"  # 68,5 % is between 60 % and 80 % (params/defaults.yaml)
    assert figures["Inkommande samtal servicedesk (2023)"].value == 11032
    assert figures["Ärenden i Nilex (2023)"].value == 16010
    assert figures["Samtal i växeln (2023)"].value == 55795


@pytest.mark.parametrize(("green", "yellow", "status"), [
    (0.60, 0.50, "green"), (0.80, 0.60, "yellow"), (0.90, 0.70, "red")])
def test_answer_rate_status_follows_the_parameters(ctx, green, yellow, status):
    custom = with_params(ctx, status={"svarsfrekvens": {"green_at": green,
                                                         "yellow_at": yellow}})
    assert calls.key_figures(custom)[0].status == status


def test_checks_of_the_source(ctx):
    result = calls.checks(ctx)
    statuses = {c.description: c.status for c in result}
    warned = [c for c in result if c.status != PASS]
    assert len(warned) == 1 and "Herrljunga/Vårgårda 2023 är räknad för helåret, inte fyra " \
        "gånger raden Herrljunga/Vårgårda Q4 2023" \
        in warned[0].description and warned[0].status == WARN
    assert statuses["Växel 2023-01-01–2023-12-31, alla plattformar: publicerat antal samtal "
                    "mot summan av raderna"] == PASS
    totals = [c for c in result if c.description.startswith("Nilex")]
    assert len(totals) == 7  # 3 rows, 3 columns and the grand total 16 010
    assert {c.area for c in result} == {calls.AREA}


def test_a_period_without_call_data(ctx_feb):
    assert not calls.has_data(ctx_feb.dataset, ctx_feb.period)
    assert calls.summary(ctx_feb) == []
    assert calls.key_figures(ctx_feb) == []
    assert calls.checks(ctx_feb) == []
    assert calls.tickets_for(ctx_feb).empty


def test_the_area_is_gathered_by_the_report(ctx, ctx_feb):
    assert calls.AREA in report.gather(ctx_feb)["no_data"]
    assert calls.AREA not in report.gather(ctx)["no_data"]


# ---------------------------------------------------------------- data that does not add up

def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _checks(data_dir) -> list:
    return calls.checks(report.open_report("2023-12", data_dir))


def test_onex_parts_not_adding_up_is_a_failed_check(data_dir):
    _edit(data_dir / "onex.csv", ",2758,1889,", ",2758,1890,")
    failed = [c for c in _checks(data_dir) if c.status == FAIL]
    assert [(c.expected, c.actual) for c in failed] == [(2758, 2759)]
    assert "Q4 2023" in failed[0].description


def test_nilex_cell_changed_fails_its_row_column_and_grand_total(data_dir):
    _edit(data_dir / "nilex.csv", "Order,Selfserviceportal,1982", "Order,Selfserviceportal,1992")
    failed = [c for c in _checks(data_dir) if c.status == FAIL]
    assert sorted(c.actual for c in failed) == [2402, 5827, 16020]


def test_switchboard_total_not_adding_up_is_a_failed_check(data_dir):
    _edit(data_dir / "vaxel.csv", ",Trio,46800,", ",Trio,46000,")
    failed = [c for c in _checks(data_dir) if c.status == FAIL]
    assert [(c.expected, c.actual) for c in failed] == [(55795, 54995)]


def test_printed_svarsprocent_differing_is_a_warning(data_dir):
    _edit(data_dir / "vaxel.csv", ",3307,92,", ",3307,93,")
    warned = [c for c in _checks(data_dir) if c.status == WARN
              and "svarsprocent" in c.description]
    assert [(c.expected, c.actual) for c in warned] == [(93, 92)]


def test_answered_above_incoming_is_a_failed_check(data_dir):
    _edit(data_dir / "vaxel.csv", ",3603,3307,92,", ",3603,3703,,")
    failed = [c for c in _checks(data_dir) if c.status == FAIL]
    assert [c.description for c in failed] == [
        "Växel Herrljunga 2023-09-26–2023-12-31: besvarade ≤ inkommande"]


def test_missing_figure_is_missing_not_zero(data_dir):
    _edit(data_dir / "onex.csv", ",11032,7556,", ",11032,,")
    ctx = report.open_report("2023-12", data_dir)
    assert calls.summary(ctx)[0] == (f"Servicedesk tog emot 11{NB}032 samtal under 2023, varav "
                                     f"18,0{NB}% missades och 13,5{NB}% gick till overflow. "
                                     "Uppgift saknas om hur många som besvarades.")
    part_checks = [c for c in calls.checks(ctx) if "inkommande = besvarade" in c.description]
    assert [c.status for c in part_checks] == [PASS, WARN]
    assert calls.key_figures(ctx)[0].value is None


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("onex.csv", ",02:59,0:30:00\n2023-01", ",2:75,0:30:00\n2023-01",
     r'onex\.csv:2: genomsnittlig_kotid: "2:75" är ingen tidslängd \(mm:ss eller h:mm:ss\)$'),
    ("onex.csv", "2023-10-01,2023-12-31", "2023-12-31,2023-10-01",
     r"onex\.csv:2: from_date: 2023-12-31 är senare än to_date 2023-10-01$"),
    ("onex.csv", ",2758,", ",-3,", r"onex\.csv:2: inkommande: -3 är mindre än det minsta tillåtna, 0$"),
    ("vaxel.csv", ",69,83,93,97,", ",69,83,93,101,",
     r"vaxel\.csv:3: inom_120s: 101 är större än det största tillåtna, 100$"),
    ("vaxel.csv", ",3307,92,", ",3307,192,",
     r"vaxel\.csv:3: svarsprocent_publicerad: 192 är större än det största tillåtna, 100$"),
    ("vaxel.csv", ",69,83,93,97,", ",69,63,93,97,",
     r"vaxel\.csv:3: inom_30s: 63 % inom 30 s är mindre än 69 % inom 15 s$"),
    ("vaxel.csv", "Vårgårda,Telenor", "Alingsås,Telenor",
     r'vaxel\.csv:4: kommun: "Alingsås" finns inte i kommuner$'),
    ("vaxel.csv", "2023-09-26,2023-12-31,Herrljunga", "2023-09-01,2023-12-31,Herrljunga",
     None),  # no overlap: Herrljunga has one Telenor row
    ("vaxel.csv", "2023-01-01,2023-09-25,,Trio", "2023-01-01,2023-09-30,,Trio", None),
    ("nilex_totaler.csv", "2023-01-01,2023-12-31,Order,,2392",
     "2023-01-01,2023-12-31,Order,E-post,2392",
     r"nilex_totaler\.csv:3: kanal: en summa anger typ eller kanal \(eller ingen\), inte båda"),
    ("nilex.csv", "Order,E-post,407", "Order,E-post,fyra",
     r'nilex\.csv:5: antal: "fyra" är inte ett tal$'),
])
def test_bad_input_is_a_one_line_data_error(data_dir, file, old, new, message):
    _edit(data_dir / file, old, new)
    if message is None:
        load_dataset(data_dir)  # still valid
        return
    with pytest.raises(DataError) as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)
    assert re.search(message, str(info.value)), str(info.value)


@pytest.mark.parametrize("dates", ["2023-12-01,2023-12-31", "2023-09-01,2023-09-26",
                                   "2023-12-31,2024-01-31"])
def test_overlapping_switchboard_ranges_are_bad_input(data_dir, dates):
    # line 3 is Herrljunga's Telenor range 2023-09-26..2023-12-31: a range inside it, one
    # ending on its first day or one starting on its last would count calls twice
    with (data_dir / "vaxel.csv").open("a", encoding="utf-8") as f:
        f.write(f"{dates},Herrljunga,Telenor,100,90,90,00:20,,,,,,,\n")
    with pytest.raises(DataError, match=r"vaxel\.csv:5: from_date: perioden överlappar den på "
                                        r"rad 3 för samma kommun och plattform"):
        load_dataset(data_dir)


@pytest.mark.parametrize("dates", ["2023-09-01,2023-09-25", "2024-01-01,2024-01-31"])
def test_switchboard_ranges_that_meet_without_a_shared_day_load(data_dir, dates):
    with (data_dir / "vaxel.csv").open("a", encoding="utf-8") as f:
        f.write(f"{dates},Herrljunga,Telenor,100,90,90,00:20,,,,,,,\n")
    result = load_dataset(data_dir)["vaxel"]
    assert len(result) == 4


def test_missing_file_is_bad_input_and_totals_are_optional(data_dir):
    (data_dir / "nilex_totaler.csv").unlink()
    ctx = report.open_report("2023-12", data_dir)
    assert calls.tickets_for(ctx).loc[calls.TOTAL, calls.TOTAL] == 16010  # computed
    assert not [c for c in calls.checks(ctx) if c.description.startswith("Nilex")]
    (data_dir / "onex.csv").unlink()
    with pytest.raises(DataError, match=r"onex\.csv: filen saknas"):
        load_dataset(data_dir)


@pytest.mark.slow  # runs the itvt command in a subprocess
def test_malformed_duration_is_exit_2(data_dir):
    _edit(data_dir / "onex.csv", ",02:59,0:30:00\n2023-01", ",2:75,0:30:00\n2023-01")
    result = run_cli("check", "--period", "2023-12", "--data-dir", data_dir)
    assert result.returncode == 2
    assert re.fullmatch(r'fel: \S*onex\.csv:2: genomsnittlig_kotid: "2:75" är ingen '
                        r"tidslängd \(mm:ss eller h:mm:ss\)", result.stderr.strip()), result.stderr


# ---------------------------------------------------------------- notebook

@pytest.mark.slow
def test_notebook_year_end_shows_the_source_figures(published_notebook):
    text = notebook_text(published_notebook("2023-12", "04-samtal-och-arenden.ipynb"))
    for figure in (f"68,5{NB}%", f"18,0{NB}%", f"2{NB}758", f"11{NB}032", f"16{NB}010",
                   f"5{NB}493", f"5{NB}817", f"4{NB}700", f"92{NB}%", f"91{NB}%",
                   f"55{NB}795", f"46{NB}800", f"8{NB}995", "02:59", "30:00", "00:21",
                   "ser uppräknad ut", "Servicedesk tog emot 11"):
        assert figure in text, figure
    cells = [line.strip() for line in text.splitlines()]
    for definition in calls.DEFINITIONS.values():  # each rate is defined in one place
        assert cells.count(definition) == 1, definition
    assert text.count("/ inkommande samtal") == 4
    assert "Uppgifter saknas för perioden" not in text
    assert "Traceback" not in text


@pytest.mark.slow
@pytest.mark.parametrize("parameters", [{"period": "2024-02"}, {}])
def test_notebook_without_call_data_says_so(parameters):
    nb = execute_notebook("04-samtal-och-arenden.ipynb", parameters)
    text = notebook_text(nb)
    assert "Uppgifter saknas för perioden." in text
    assert f"11{NB}032" not in text
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("data", {}).get(
        "image/png")]
