"""Service desk and switchboard tables: outcome shares and rates, tickets by channel, the
definitions, the switchboard comparison per kommun, ranges in words, and sums that keep a
missing count missing, exact for both report periods.

Figures come from the committee's papers (annual report 2023, "Händelser av väsentlig
betydelse": Telenor OneX Q4 2023 and 2023, Nilex 2023, the switchboard per kommun since
2023-09-26) or from the rule stated beside each case. The monthly report per 2024-02-29 has
no call figures: every table of that period is empty or all missing. Fast: no notebook, no CLI.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from itvt_lib.areas import calls

NAN = float("nan")


NB = "\u00a0"


D = date.fromisoformat


Q4, YEAR = "Herrljunga/Vårgårda Q4 2023", "Herrljunga/Vårgårda 2023"


OUTCOME_COLUMNS = ["Besvarade", "Missade", "Overflow (öppet och stängt)"]


RATE_COLUMNS = ["Svarsfrekvens", "Andel missade", "Andel overflow"]


# Telenor OneX, annual report 2023: inkommande, besvarade, missade, overflow öppet / stängt
ONEX_Q4 = (2758, 1889, 497, 19, 353)


ONEX_YEAR = (11032, 7556, 1988, 76, 1412)


def shares(inkommande, besvarade, missade, oppet, stangt) -> list[float]:
    """The rule: besvarade, missade and overflow (öppet + stängt), each / inkommande."""
    return [besvarade / inkommande, missade / inkommande, (oppet + stangt) / inkommande]


def onex_frame(*rows) -> pd.DataFrame:
    """OneX rows: (from, to, label, inkommande, besvarade, missade, öppet, stängt)."""
    frame = pd.DataFrame([(D(a), D(b), *rest) for a, b, *rest in rows],
                         columns=["from_date", "to_date", "label", *calls.ONEX_COUNTS])
    for column in calls.ONEX_COUNTS:
        frame[column] = frame[column].astype("Int64")
    return frame


def empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="float64") for c in columns},
                        index=pd.Index([], dtype=object))


# ---------------------------------------------------------------- outcome shares and rates


def test_outcome_shares_2023(ctx_2023):
    """1 889 / 2 758 = 68,5 % besvarade, 497 / 2 758 = 18,0 % missade, (19 + 353) / 2 758 =
    13,5 % overflow; the year row is 4 × the quarter, so the same shares."""
    result = calls.outcome_shares(calls.onex_for(ctx_2023))
    expected = pd.DataFrame([shares(*ONEX_Q4), shares(*ONEX_YEAR)], columns=OUTCOME_COLUMNS,
                            index=[Q4, YEAR])
    pd.testing.assert_frame_equal(result, expected)


def test_onex_rate_table_2023(ctx_2023):
    result = calls.onex_rate_table(calls.onex_for(ctx_2023))
    expected = pd.DataFrame([shares(*ONEX_Q4), shares(*ONEX_YEAR)], columns=RATE_COLUMNS,
                            index=[Q4, YEAR])
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("function", "columns"), [
    (calls.outcome_shares, OUTCOME_COLUMNS),
    (calls.onex_rate_table, RATE_COLUMNS),
])
def test_outcome_and_rates_empty_without_call_data(ctx_2024, function, columns):
    """The monthly report 2024-02 has no OneX rows: no rows, the same columns."""
    result = function(calls.onex_for(ctx_2024))
    pd.testing.assert_frame_equal(result, empty(columns))


@pytest.mark.parametrize(("function", "columns"), [
    (calls.outcome_shares, OUTCOME_COLUMNS),
    (calls.onex_rate_table, RATE_COLUMNS),
])
def test_outcome_and_rates_missing_stays_missing(function, columns):
    """TEST data: a missing count gives a missing share, zero inkommande gives no share;
    rows keep their labels and data order."""
    frame = onex_frame(("2023-01-01", "2023-12-31", "B", 200, 150, 30, 10, 10),
                       ("2023-10-01", "2023-12-31", "A", 100, None, 25, 5, 0),
                       ("2023-07-01", "2023-09-30", "C", 0, 0, 0, 0, 0))
    result = function(frame)
    expected = pd.DataFrame([[0.75, 0.15, 0.1], [NAN, 0.25, 0.05], [NAN, NAN, NAN]],
                            columns=columns, index=["B", "A", "C"])
    pd.testing.assert_frame_equal(result, expected)


def test_onex_table_2023(ctx_2023):
    """The OneX table as the source prints it; queue times in seconds (02:59 = 179 s,
    0:30:00 = 1 800 s)."""
    result = calls.onex_table(calls.onex_for(ctx_2023))
    expected = pd.DataFrame(
        [["2023-10-01–2023-12-31", *map(float, ONEX_Q4), 179.0, 1800.0],
         ["2023-01-01–2023-12-31", *map(float, ONEX_YEAR), 179.0, 1800.0]],
        columns=["Period", "Inkommande samtal", "Besvarade samtal", "Missade samtal",
                 "Overflow vid öppet", "Overflow vid stängt", "Genomsnittlig kötid",
                 "Längsta kötid"],
        index=[Q4, YEAR])
    pd.testing.assert_frame_equal(result, expected)


# ---------------------------------------------------------------- tickets by channel


def test_tickets_by_channel_2023(ctx_2023):
    """Nilex 2023 turned: one row per kanal, one column per typ."""
    rows, _ = calls.nilex_for(ctx_2023)
    result = calls.tickets_by_channel(rows)
    expected = pd.DataFrame({"Service Desk": [5059.0, 3750.0, 4576.0],
                             "Order": [407.0, 1982.0, 3.0],
                             "3RD Line": [27.0, 85.0, 121.0]},
                            index=["E-post", "Selfserviceportal", "Handläggare/Telefon"])
    pd.testing.assert_frame_equal(result, expected)


def test_tickets_by_channel_keeps_data_order_and_missing_cells():
    """TEST data: kanal and typ in the order the data first names them; a cell without a
    row, or with an empty antal, is missing (not zero)."""
    nilex = pd.DataFrame({"typ": ["T2", "T1", "T2", "T1"],
                          "kanal": ["Telefon", "E-post", "E-post", "Telefon"],
                          "antal": [3, 7, None, 1]})
    result = calls.tickets_by_channel(nilex.iloc[:3])
    expected = pd.DataFrame({"T2": [3.0, NAN], "T1": [NAN, 7.0]}, index=["Telefon", "E-post"])
    pd.testing.assert_frame_equal(result, expected)
    result = calls.tickets_by_channel(nilex)
    expected = pd.DataFrame({"T2": [3.0, NAN], "T1": [1.0, 7.0]}, index=["Telefon", "E-post"])
    pd.testing.assert_frame_equal(result, expected)


def test_tickets_by_channel_empty_without_call_data(ctx_2024):
    rows, span = calls.nilex_for(ctx_2024)
    assert span is None
    result = calls.tickets_by_channel(rows)
    assert result.empty and list(result.index) == [] and list(result.columns) == []


# ---------------------------------------------------------------- definitions


def test_definitions_table_exact():
    """Each rate of the page defined once, in the committee's words."""
    result = calls.definitions_table()
    expected = pd.DataFrame({
        "Mått": ["Inkommande samtal (servicedesk)", "Svarsfrekvens", "Andel missade",
                 "Andel overflow", "Svarsprocent (växel)", "Servicenivå (växel)",
                 "Andel ärenden"],
        "Definition": [
            "besvarade + missade + overflow vid öppet + overflow vid stängt",
            "besvarade samtal / inkommande samtal",
            "missade samtal / inkommande samtal",
            "(overflow vid öppet + overflow vid stängt) / inkommande samtal",
            "besvarade samtal / inkommande samtal per kommun, i hela procent",
            "andel av de besvarade samtalen som besvarades inom 15, 30, 60 respektive 120 "
            "sekunder, som växelstatistiken anger den",
            "ärenden i kanalen (eller av typen) / alla ärenden under perioden",
        ]})
    pd.testing.assert_frame_equal(result, expected)


MEASURES = ["Inkommande samtal", "Besvarade samtal", "Svarsprocent",
            "Genomsnittlig kötid vid svar", "Besvarade inom 15 sekunder",
            "Besvarade inom 30 sekunder", "Besvarade inom 60 sekunder",
            "Besvarade inom 120 sekunder", "Snitt samtalstid", "Samtal som kopplas ut av agent",
            "Antal returer"]


# ---------------------------------------------------------------- switchboard comparison


def test_switchboard_comparison_2023(ctx_2023):
    """The annual report's switchboard figures since 2023-09-26; svarsprocent computed:
    3 307 / 3 603 = 91,8 → 92 %, 4 921 / 5 392 = 91,3 → 91 % (as printed); service levels
    in whole percent; counts with a non-breaking thousands space."""
    result = calls.vaxel_comparison(calls.vaxel_by_kommun_for(ctx_2023))
    expected = pd.DataFrame({
        "Herrljunga": [f"3{NB}603", f"3{NB}307", f"92{NB}%", "00:21", f"69{NB}%", f"83{NB}%",
                       f"93{NB}%", f"97{NB}%", "00:50", f"1{NB}340", "609"],
        "Vårgårda": [f"5{NB}392", f"4{NB}921", f"91{NB}%", "00:21", f"69{NB}%", f"83{NB}%",
                     f"92{NB}%", f"97{NB}%", "00:43", f"2{NB}149", f"1{NB}049"],
    }, index=MEASURES)
    pd.testing.assert_frame_equal(result, expected)


def test_switchboard_comparison_2024_all_missing(ctx_2024):
    """No switchboard rows in 2024-02: each member is listed, every figure missing."""
    result = calls.vaxel_comparison(calls.vaxel_by_kommun_for(ctx_2024))
    expected = pd.DataFrame({"Herrljunga": ["uppgift saknas"] * len(MEASURES),
                             "Vårgårda": ["uppgift saknas"] * len(MEASURES)}, index=MEASURES)
    pd.testing.assert_frame_equal(result, expected)


def test_switchboard_comparison_service_level_fractions_and_zero():
    """TEST data: 69,4 % within 15 s is shown 69 %, 99,5 % is 100 % (half away from zero),
    a true zero count is "–"."""
    frame = pd.DataFrame([{"inkommande": 200, "besvarade": 199, "kotid_vid_svar": 65,
                           "inom_15s": 69.4, "inom_30s": 80.0, "inom_60s": 99.5,
                           "inom_120s": 100.0, "samtalstid": 3600, "kopplas_ut": 0,
                           "returer": 12345}], index=["A"])
    result = calls.vaxel_comparison(frame)
    expected = pd.DataFrame({"A": ["200", "199", f"100{NB}%", "01:05", f"69{NB}%", f"80{NB}%",
                                   f"100{NB}%", f"100{NB}%", "1:00:00", "–", f"12{NB}345"]},
                            index=MEASURES)
    pd.testing.assert_frame_equal(result, expected)


def test_switchboard_comparison_without_members_has_only_the_measures(ctx_2023):
    result = calls.vaxel_comparison(calls.vaxel_by_kommun_for(ctx_2023).iloc[:0])
    assert list(result.index) == MEASURES and list(result.columns) == []


# ---------------------------------------------------------------- ranges in words


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2023-09-01", "2023-09-30", "september 2023"),                     # a whole month
    ("2023-09-01", "2023-09-25", "perioden 2023-09-01–2023-09-25"),     # starts on the 1st only
    ("2023-09-26", "2023-09-30", "perioden 2023-09-26–2023-09-30"),     # ends a month only
    ("2023-07-01", "2023-09-30", "tredje kvartalet 2023"),
    ("2024-02-01", "2024-02-29", "februari 2024"),
])
def test_range_in_words_whole_month_only(start, end, expected):
    assert calls.range_sv(D(start), D(end)) == expected


def switchboard_frame(*rows) -> pd.DataFrame:
    """(from, to, kommun, plattform, inkommande) rows."""
    return pd.DataFrame([(D(a), D(b), *rest) for a, b, *rest in rows],
                        columns=["from_date", "to_date", "kommun", "plattform", "inkommande"])


# ---------------------------------------------------------------- sums keep missing


def test_platform_calls_missing_count_is_missing_not_a_smaller_sum():
    """TEST data: Vårgårda's Telenor count missing: Telenor and Totalt are missing, Trio's
    46 800 (annual report 2023) stands."""
    frame = switchboard_frame(("2023-01-01", "2023-09-25", None, "Trio", 46800),
                              ("2023-09-26", "2023-12-31", "Herrljunga", "Telenor", 3603),
                              ("2023-09-26", "2023-12-31", "Vårgårda", "Telenor", None))
    result = calls.platform_calls(frame)
    expected = pd.DataFrame({"Plattform": ["Trio", "Telenor", "Totalt"],
                             "Period": ["2023-01-01–2023-09-25", "2023-09-26–2023-12-31",
                                        "2023-01-01–2023-12-31"],
                             "Inkommande samtal": [46800.0, NAN, NAN]})
    pd.testing.assert_frame_equal(result, expected)
    assert pd.isna(calls.calls_within(frame, D("2023-09-26"), D("2023-12-31"), "Telenor"))
    assert calls.calls_within(frame, D("2023-01-01"), D("2023-12-31"), "Trio") == 46800.0
