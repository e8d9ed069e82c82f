"""Service desk and switchboard (calls.py): the chart frames, rate and definition tables
that only the notebook used to reach, exact for both report periods, and the values the
other fast tests leave open (the mutation run's survivors, issue 18).

Figures come from the committee's papers (annual report 2023, "Händelser av väsentlig
betydelse": Telenor OneX Q4 2023 and 2023, Nilex 2023, the switchboard per kommun since
2023-09-26) or from the rule stated beside each case. The monthly report per 2024-02-29
has no call figures: every table of that period is empty or all missing.
Every test is fast: no notebook, no CLI.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from conftest import with_params, with_tables

from itvt_lib.areas import calls
from itvt_lib.core.checks import Check, KeyFigure
from itvt_lib.core.errors import DataError
from itvt_lib.core.loading import Column, Table, read_table

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


# ---------------------------------------------------------------- switchboard comparison

MEASURES = ["Inkommande samtal", "Besvarade samtal", "Svarsprocent",
            "Genomsnittlig kötid vid svar", "Besvarade inom 15 sekunder",
            "Besvarade inom 30 sekunder", "Besvarade inom 60 sekunder",
            "Besvarade inom 120 sekunder", "Snitt samtalstid", "Samtal som kopplas ut av agent",
            "Antal returer"]


def test_switchboard_comparison_2023(ctx_2023):
    """The annual report's switchboard figures since 2023-09-26; svarsprocent computed:
    3 307 / 3 603 = 91,8 → 92 %, 4 921 / 5 392 = 91,3 → 91 % (as printed); service levels
    in whole percent; counts with a non-breaking thousands space."""
    result = calls.switchboard_comparison(calls.switchboard_for(ctx_2023))
    expected = pd.DataFrame({
        "Herrljunga": [f"3{NB}603", f"3{NB}307", f"92{NB}%", "00:21", f"69{NB}%", f"83{NB}%",
                       f"93{NB}%", f"97{NB}%", "00:50", f"1{NB}340", "609"],
        "Vårgårda": [f"5{NB}392", f"4{NB}921", f"91{NB}%", "00:21", f"69{NB}%", f"83{NB}%",
                     f"92{NB}%", f"97{NB}%", "00:43", f"2{NB}149", f"1{NB}049"],
    }, index=MEASURES)
    pd.testing.assert_frame_equal(result, expected)


def test_switchboard_comparison_2024_all_missing(ctx_2024):
    """No switchboard rows in 2024-02: each member is listed, every figure missing."""
    result = calls.switchboard_comparison(calls.switchboard_for(ctx_2024))
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
    result = calls.switchboard_comparison(frame)
    expected = pd.DataFrame({"A": ["200", "199", f"100{NB}%", "01:05", f"69{NB}%", f"80{NB}%",
                                   f"100{NB}%", f"100{NB}%", "1:00:00", "–", f"12{NB}345"]},
                            index=MEASURES)
    pd.testing.assert_frame_equal(result, expected)


def test_switchboard_comparison_without_members_has_only_the_measures(ctx_2023):
    result = calls.switchboard_comparison(calls.switchboard_for(ctx_2023).iloc[:0])
    assert list(result.index) == MEASURES and list(result.columns) == []


# ---------------------------------------------------------------- the column helpers

def test_column_helpers_exact():
    """Ranges are two required dates; a count is a whole number ≥ 0 that may be missing;
    a percent is a number from 0 to 100 that may be missing."""
    assert calls._range_columns() == (Column("from_date", "date"), Column("to_date", "date"))
    assert calls._count("antal") == Column("antal", "int", nullable=True, min=0)
    assert calls._percent("inom_15s") == Column("inom_15s", "number", nullable=True, min=0,
                                                max=100)


def helper_table() -> Table:
    return Table("t", (*calls._range_columns(), calls._count("antal"),
                       calls._percent("andel")))


def read(tmp_path, body: str) -> pd.DataFrame:
    path = tmp_path / "t.csv"
    path.write_text("from_date,to_date,antal,andel\n" + body, encoding="utf-8")
    return read_table(helper_table(), [path])[0]


def test_column_helpers_read_a_file(tmp_path):
    result = read(tmp_path, "2023-10-01,2023-12-31,2758,69\n2023-01-01,2023-12-31,,\n")
    expected = pd.DataFrame({"from_date": [D("2023-10-01"), D("2023-01-01")],
                             "to_date": [D("2023-12-31"), D("2023-12-31")],
                             "antal": pd.array([2758, None], dtype="Int64"),
                             "andel": [69.0, NAN]})
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("row", "message"), [
    (",2023-12-31,1,1", r"t\.csv:2: from_date: value is missing"),
    ("2023-10-01,,1,1", r"t\.csv:2: to_date: value is missing"),
    ("2023-10-01,31/12,1,1", r't\.csv:2: to_date: "31/12" is not a date'),
    ("2023-10-01,2023-12-31,-3,1", r"t\.csv:2: antal: -3 is below the minimum 0$"),
    ("2023-10-01,2023-12-31,1.5,1", r't\.csv:2: antal: "1.5" är inte ett heltal'),
    ("2023-10-01,2023-12-31,1,101", r"t\.csv:2: andel: 101 is above the maximum 100$"),
    ("2023-10-01,2023-12-31,1,-1", r"t\.csv:2: andel: -1 is below the minimum 0$"),
])
def test_column_helpers_reject_bad_cells(tmp_path, row, message):
    with pytest.raises(DataError, match=message):
        read(tmp_path, row + "\n")


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


# ---------------------------------------------------------------- sums keep missing

def switchboard_frame(*rows) -> pd.DataFrame:
    """(from, to, kommun, plattform, inkommande) rows."""
    return pd.DataFrame([(D(a), D(b), *rest) for a, b, *rest in rows],
                        columns=["from_date", "to_date", "kommun", "plattform", "inkommande"])


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


# ---------------------------------------------------------------- summary and key figures

def nilex_with_a_missing_cell(ctx):
    """TEST data: the Order / Handläggare/Telefon cell (3 in the annual report) empty."""
    nilex = ctx.dataset["nilex"].copy()
    nilex["antal"] = nilex["antal"].astype("float64")
    nilex.loc[(nilex["typ"] == "Order") & (nilex["kanal"] == "Handläggare/Telefon"),
              "antal"] = NAN
    return nilex


def test_ticket_sentence_without_shares_when_a_cell_is_missing(ctx_2023):
    """The published total 16 010 stands; no channel share can be computed, so the sentence
    names no channel."""
    ctx = with_tables(ctx_2023, nilex=nilex_with_a_missing_cell(ctx_2023))
    result = calls.summary(ctx)
    assert result[2] == f"I ärendehanteringssystemet Nilex skapades 16{NB}010 ärenden under 2023."


RATE_RULE = f"grön vid ≥ 80,0{NB}%, gul vid ≥ 60,0{NB}%, röd därunder"
# Annual report 2023: 7 556 of 11 032 answered (68,5 %: yellow by params/defaults.yaml,
# green from 80 %, yellow from 60 %), 16 010 tickets, 55 795 switchboard calls
KEY_FIGURES_2023 = [
    KeyFigure("Svarsfrekvens servicedesk (2023)", 7556 / 11032, "%", "yellow", RATE_RULE,
              decimals=1),
    KeyFigure("Inkommande samtal servicedesk (2023)", 11032.0, "samtal"),
    KeyFigure("Ärenden i Nilex (2023)", 16010.0, "ärenden"),
    KeyFigure("Samtal i växeln (2023)", 55795.0, "samtal"),
]


@pytest.mark.parametrize(("fixture", "expected"), [
    ("ctx_2023", KEY_FIGURES_2023),
    ("ctx_2024", []),             # the monthly report 2024-02 has no call figures
])
def test_key_figures_exact(request, fixture, expected):
    assert calls.key_figures(request.getfixturevalue(fixture)) == expected


def test_key_figures_default_rule_without_parameters(ctx_2023):
    """Parameters without status.svarsfrekvens: the defaults 80 % / 60 % apply."""
    assert calls.key_figures(with_params(ctx_2023, status={})) == KEY_FIGURES_2023


def test_key_figures_tickets_missing_when_the_total_is_unknown(ctx_2023):
    """TEST data: a missing cell and no published grand total: the ticket count is missing
    (None), not a smaller number."""
    totals = ctx_2023.dataset["nilex_totaler"]
    ctx = with_tables(ctx_2023, nilex=nilex_with_a_missing_cell(ctx_2023),
                      nilex_totaler=totals[totals["typ"].notna() | totals["kanal"].notna()])
    result = {f.name: f.value for f in calls.key_figures(ctx)}
    assert result["Ärenden i Nilex (2023)"] is None


# ---------------------------------------------------------------- checks

def check(description, expected, actual, status="pass", note="") -> Check:
    return Check(calls.AREA, description, expected, actual, 0, status, note)


PARTS = "inkommande = besvarade + missade + overflow vid öppet + overflow vid stängt"
PAIR = (f"OneX {YEAR} mot {Q4}: helårsraden är räknad, inte uppräknad från kvartalet")
NILEX = "Nilex 2023-01-01–2023-12-31: publicerat totalt för {} mot summan av cellerna"
SPAN = "2023-09-26–2023-12-31"
RATE = "publicerad svarsprocent mot besvarade / inkommande (hela procent)"
PLATFORM = "Växel {}, {}: publicerat antal samtal mot summan av raderna"


def test_checks_2023_exact(ctx_2023):
    """The annual report's figures add up: OneX parts (2 758 and 11 032), Nilex rows,
    columns and total (13 385, 2 392, 233; 5 493, 5 817, 4 700; 16 010), the switchboard
    (3 307 ≤ 3 603 at 92 %, 4 921 ≤ 5 392 at 91 %; 8 995 on Telenor, 55 795 in all); the
    year row is exactly 4 × Q4 in every count with equal queue times: a warning."""
    expected = [
        check(f"OneX {Q4}: {PARTS}", 2758.0, 2758.0),
        check(f"OneX {YEAR}: {PARTS}", 11032.0, 11032.0),
        check(PAIR, "inte 4 × kvartalet", "exakt 4 × kvartalet", "warn",
              "ser uppräknad ut, inte räknad: varje antal är 4 × kvartalets och kötiderna "
              "är lika"),
        check(NILEX.format("raden Service Desk"), 13385.0, 13385.0),
        check(NILEX.format("raden Order"), 2392.0, 2392.0),
        check(NILEX.format("raden 3RD Line"), 233.0, 233.0),
        check(NILEX.format("kolumnen E-post"), 5493.0, 5493.0),
        check(NILEX.format("kolumnen Selfserviceportal"), 5817.0, 5817.0),
        check(NILEX.format("kolumnen Handläggare/Telefon"), 4700.0, 4700.0),
        check(NILEX.format("alla ärenden"), 16010.0, 16010.0),
        check(f"Växel Herrljunga {SPAN}: besvarade ≤ inkommande", 3603.0, 3307.0),
        check(f"Växel Herrljunga {SPAN}: {RATE}", 92.0, 92.0),
        check(f"Växel Vårgårda {SPAN}: besvarade ≤ inkommande", 5392.0, 4921.0),
        check(f"Växel Vårgårda {SPAN}: {RATE}", 91.0, 91.0),
        check(PLATFORM.format(SPAN, "Telenor"), 8995.0, 8995.0),
        check(PLATFORM.format("2023-01-01–2023-12-31", "alla plattformar"), 55795.0, 55795.0),
    ]
    assert calls.checks(ctx_2023) == expected


def test_checks_year_row_counted_passes(ctx_2023):
    """TEST data: one call moved from missade to besvarade in the year row: it still adds
    up to 11 032 but is no longer 4 × Q4, so the pair passes."""
    onex = ctx_2023.dataset["onex"].copy()
    year = onex["label"] == YEAR
    onex.loc[year, "besvarade"] = 7557
    onex.loc[year, "missade"] = 1987
    result = [c for c in calls.checks(with_tables(ctx_2023, onex=onex))
              if c.description.startswith("OneX")]
    assert result == [check(f"OneX {Q4}: {PARTS}", 2758.0, 2758.0),
                      check(f"OneX {YEAR}: {PARTS}", 11032.0, 11032.0),
                      check(PAIR, "inte 4 × kvartalet", "inte 4 × kvartalet")]


def test_checks_published_total_without_cells(ctx_2023):
    """TEST data: published totals for a typ and a kanal that nilex does not have."""
    totals = ctx_2023.dataset["nilex_totaler"]
    extra = pd.DataFrame({"from_date": [D("2023-01-01")] * 2, "to_date": [D("2023-12-31")] * 2,
                          "typ": ["Okänd", None], "kanal": [None, "Fax"], "antal": [5, 7]})
    ctx = with_tables(ctx_2023, nilex_totaler=pd.concat([totals, extra], ignore_index=True))
    result = [c for c in calls.checks(ctx) if c.description.startswith("Nilex")
              and c.status != "pass"]
    assert result == [check(NILEX.format("raden Okänd"), 5.0, None, "warn", "saknas i nilex"),
                      check(NILEX.format("kolumnen Fax"), 7.0, None, "warn", "saknas i nilex")]


def test_checks_printed_svarsprocent_differing_names_the_shown_one(ctx_2023):
    """TEST data: Herrljunga's printed svarsprocent 93 against 3 307 / 3 603 = 91,8 → 92."""
    vaxel = ctx_2023.dataset["vaxel"].copy()
    vaxel.loc[vaxel["kommun"] == "Herrljunga", "svarsprocent_publicerad"] = 93.0
    result = [c for c in calls.checks(with_tables(ctx_2023, vaxel=vaxel))
              if c.description.startswith("Växel") and c.status != "pass"]
    assert result == [check(f"Växel Herrljunga {SPAN}: {RATE}", 93.0, 92.0, "warn",
                            "rapporten visar den beräknade")]


def test_checks_platform_total_counts_its_platform_only(ctx_2023):
    """TEST data: 10 Trio calls on 2023-09-26–30, inside the Telenor total's range: the
    Telenor total (8 995) still adds up; the total for all platforms does not (55 805)."""
    vaxel = ctx_2023.dataset["vaxel"]
    extra = pd.DataFrame({"from_date": [D("2023-09-26")], "to_date": [D("2023-09-30")],
                          "kommun": [None], "plattform": ["Trio"], "inkommande": [10]})
    ctx = with_tables(ctx_2023, vaxel=pd.concat([vaxel, extra], ignore_index=True))
    result = [c for c in calls.checks(ctx) if c.description.endswith("summan av raderna")]
    assert result == [
        check(PLATFORM.format(SPAN, "Telenor"), 8995.0, 8995.0),
        check(PLATFORM.format("2023-01-01–2023-12-31", "alla plattformar"), 55795.0, 55805.0,
              "fail"),
    ]
