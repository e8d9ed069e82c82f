"""Fast unit tests of the core rule modules (formatting, periods, checks): each rule at its
edges. They read no data and run no CLI (the mutation test set: tests/core and tests/areas)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from itvt_lib.core import checks, formatting, periods
from itvt_lib.core.checks import FAIL, PASS, WARN, Check, KeyFigure, compare
from itvt_lib.core.errors import ParamError
from itvt_lib.core.formatting import (
    MINUS,
    NBSP,
    esc,
    fmt_duration,
    fmt_number,
    fmt_percent,
    fmt_tkr,
    fmt_value,
    format_frame,
    is_missing,
    join_sv,
    round_half_away,
)
from itvt_lib.core.periods import Period, parse_period_param

# ---------------------------------------------------------------- formatting


def test_format_constants():
    # The rule (docs): NBSP thousands, U+2212 minus, true zero "–", missing "uppgift saknas".
    result = (formatting.NBSP, formatting.MINUS, formatting.ZERO, formatting.MISSING,
              formatting.MISSING_DENSE)
    expected = ("\u00a0", "\u2212", "\u2013", "uppgift saknas", "..")
    assert result == expected


@pytest.mark.parametrize(("value", "expected"), [
    (None, True), (float("nan"), True), (pd.NA, True), (pd.NaT, True), (0, False), (0.0, False),
    ("", False), ("text", False), ([1, 2], False)])
def test_is_missing(value, expected):
    assert is_missing(value) is expected


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (2.5, None, 3.0), (-2.5, None, -3.0), (0.5, None, 1.0), (1.4999, None, 1.0),
    (0.05, 1, 0.1), (-0.05, 1, -0.1), (12345.0, -2, 12300.0), (12350.0, -2, 12400.0)])
def test_round_half_away_default_and_negative_decimals(value, decimals, expected):
    result = round_half_away(value) if decimals is None else round_half_away(value, decimals)
    assert result == expected
    assert isinstance(result, float)


@pytest.mark.parametrize(("value", "kwargs", "expected"), [
    (1234567, {}, f"1{NBSP}234{NBSP}567"),
    (999, {}, "999"),
    (1000, {}, f"1{NBSP}000"),
    (-1000, {}, f"{MINUS}1{NBSP}000"),
    (1234.5, {"decimals": 2}, f"1{NBSP}234,50"),
    (-0.25, {"decimals": 1}, f"{MINUS}0,3"),
    (0.04, {"decimals": 1}, "–"),
    (0, {"zero": "0"}, "0"),
    (0, {"signed": True}, "–"),
    (5, {"signed": True}, "+5"),
    (-5, {"signed": True}, f"{MINUS}5"),
    (5, {"signed": False}, "5"),
    (None, {}, "uppgift saknas"),
    (float("nan"), {"missing": ".."}, ".."),
    ("12", {}, "12"),
])
def test_fmt_number_rules(value, kwargs, expected):
    assert fmt_number(value, **kwargs) == expected


@pytest.mark.parametrize(("share", "kwargs", "expected"), [
    (0.436, {}, f"43,6{NBSP}%"),                    # default one decimal
    (0.0, {}, f"0,0{NBSP}%"),                       # zero shown as 0,0 by default
    (0.0, {"decimals": 0}, f"0{NBSP}%"),
    (0.0, {"decimals": 2}, f"0,00{NBSP}%"),
    (0.0, {"zero": "–"}, f"–{NBSP}%"),
    (0.021, {"signed": True}, f"+2,1{NBSP}%"),
    (-0.021, {"signed": True}, f"{MINUS}2,1{NBSP}%"),
    (0.021, {}, f"2,1{NBSP}%"),
    (12.5, {"decimals": 0}, f"1{NBSP}250{NBSP}%"),
    (None, {"missing": ".."}, ".."),
    (float("nan"), {}, "uppgift saknas"),
])
def test_fmt_percent_rules(share, kwargs, expected):
    assert fmt_percent(share, **kwargs) == expected


@pytest.mark.parametrize(("seconds", "kwargs", "expected"), [
    (0, {}, "00:00"), (59.5, {}, "01:00"), (3599, {}, "59:59"), (3600, {}, "1:00:00"),
    (36061, {}, "10:01:01"), (None, {}, "uppgift saknas"), (None, {"missing": ".."}, "..")])
def test_fmt_duration_rules(seconds, kwargs, expected):
    assert fmt_duration(seconds, **kwargs) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (None, ".."), (float("nan"), ".."), ("exakt 4 × kvartalet", "exakt 4 × kvartalet"),
    (0, "0"), (0.0, "0"), (1322.0, f"1{NBSP}322"), (-219, f"{MINUS}219"),
    (11602.77, f"11{NBSP}602,77"), (1.7, "1,70"), (0.004, "0,004"), (0.000004, "0")])
def test_fmt_value_rules(value, expected):
    assert fmt_value(value) == expected


def test_fmt_tkr_passes_options_on():
    assert fmt_tkr(-219) == f"{MINUS}219{NBSP}tkr"
    assert fmt_tkr(878, signed=True) == f"+878{NBSP}tkr"
    assert fmt_tkr(0, zero="0") == f"0{NBSP}tkr"


@pytest.mark.parametrize(("text", "expected"), [
    (None, ""), ("<b>\"a\" & 'b'</b>", "&lt;b&gt;&quot;a&quot; &amp; &#x27;b&#x27;&lt;/b&gt;"),
    (12, "12")])
def test_esc_escapes_quotes_too(text, expected):
    assert esc(text) == expected


def test_format_frame_numbers_text_and_bools():
    frame = pd.DataFrame({"namn": ["a", None], "tkr": [1234.0, 0.0], "pct": [0.5, 0.25],
                          "flag": [True, False]})
    result = format_frame(frame, {"pct": fmt_percent})
    expected = pd.DataFrame({"namn": ["a", ""], "tkr": [f"1{NBSP}234", "–"],
                             "pct": [f"50,0{NBSP}%", f"25,0{NBSP}%"],
                             "flag": ["True", "False"]})
    pd.testing.assert_frame_equal(result, expected)


def test_format_frame_default_and_index():
    frame = pd.DataFrame({"tkr": [1.0, 2.0]}, index=[5, 7])
    result = format_frame(frame, default=lambda v: f"<{v:.0f}>")
    expected = pd.DataFrame({"tkr": ["<1>", "<2>"]}, index=[5, 7])
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("items", "expected"), [
    ([], ""), (["a"], "a"), (["a", ""], "a"), (["a", "b"], "a och b"),
    (["a", "b", "c"], "a, b och c"), (["", "b", "c"], "b och c")])
def test_join_sv(items, expected):
    assert join_sv(items) == expected


# ---------------------------------------------------------------- periods


def test_months_sv():
    assert periods.MONTHS_SV[0] == "januari" and periods.MONTHS_SV[11] == "december"
    assert len(periods.MONTHS_SV) == 12


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-02", Period(2024, 2)), (" 2023-12 ", Period(2023, 12)), ("2024-01", Period(2024, 1))])
def test_period_parse(text, expected):
    assert Period.parse(text) == expected
    assert Period.parse(expected) is expected


@pytest.mark.parametrize(("text", "match"), [
    ("2024-13", "månad 13 finns inte"), ("2024-00", "månad 00 finns inte"),
    ("2024-2", r'"2024-2" är ingen period \(ÅÅÅÅ-MM\)'), ("x2024-02", "är ingen period"),
    ("2024-02x", "är ingen period"), ("", "är ingen period")])
def test_period_parse_rejects(text, match):
    with pytest.raises(ValueError, match=match):
        Period.parse(text)


def test_parse_period_param_is_param_error():
    with pytest.raises(ParamError, match=r'^period: "2024-13" är ingen period: månad 13'):
        parse_period_param("2024-13")
    assert parse_period_param("2023-12") == Period(2023, 12)


@pytest.mark.parametrize(("period", "last_day", "elapsed", "year_end", "name"), [
    (Period(2024, 2), date(2024, 2, 29), 2, False, "februari"),
    (Period(2023, 2), date(2023, 2, 28), 2, False, "februari"),
    (Period(2023, 12), date(2023, 12, 31), 12, True, "december"),
    (Period(2024, 1), date(2024, 1, 31), 1, False, "januari"),
    (Period(2024, 11), date(2024, 11, 30), 11, False, "november")])
def test_period_properties(period, last_day, elapsed, year_end, name):
    result = (period.last_day, period.months_elapsed, period.is_year_end, period.month_name)
    assert result == (last_day, elapsed, year_end, name)


@pytest.mark.parametrize(("period", "previous", "last_year"), [
    (Period(2024, 1), Period(2023, 12), Period(2023, 1)),
    (Period(2024, 2), Period(2024, 1), Period(2023, 2)),
    (Period(2023, 12), Period(2023, 11), Period(2022, 12))])
def test_period_neighbours(period, previous, last_year):
    assert period.previous() == previous
    assert period.same_period_last_year() == last_year


@pytest.mark.parametrize(("period", "text", "title", "span"), [
    (Period(2023, 12), "2023-12", "Förvaltningsberättelse 2023-12-31", "januari till december"),
    (Period(2024, 2), "2024-02",
     "Månadsrapport per 2024-02-29, med prognos per 2024-12-31", "januari till februari"),
    (Period(2024, 1), "2024-01",
     "Månadsrapport per 2024-01-31, med prognos per 2024-12-31", "januari"),
    (Period(987, 3), "0987-03",
     "Månadsrapport per 0987-03-31, med prognos per 987-12-31", "januari till mars")])
def test_period_texts(period, text, title, span):
    assert (str(period), period.report_title(), period.span_sv()) == (text, title, span)


def test_period_order_follows_time():
    assert Period(2023, 12) < Period(2024, 1) < Period(2024, 2)
    assert sorted([Period(2024, 2), Period(2023, 12)]) == [Period(2023, 12), Period(2024, 2)]


# ---------------------------------------------------------------- checks


def test_status_constants():
    assert (PASS, WARN, FAIL) == ("pass", "warn", "fail")
    assert checks.STATUS_ORDER == {"fail": 0, "warn": 1, "pass": 2}
    assert checks.STATUS_SV == {"pass": "godkänd", "warn": "varning", "fail": "fel"}


@pytest.mark.parametrize(("expected", "actual", "tolerance", "kwargs", "status", "note"), [
    (100, 100, 0, {}, PASS, ""),
    (100, 101, 1, {}, PASS, "avrundningsdifferens"),          # exactly at the tolerance
    (100, 99, 1, {}, PASS, "avrundningsdifferens"),           # below, same size
    (100, 101.5, 1, {}, FAIL, ""),                            # beyond it
    (100, 98.9, 1, {}, FAIL, ""),
    (100, 100.0000000001, 0, {}, PASS, ""),                   # float noise is no difference
    (100, 100.01, 0, {}, FAIL, ""),
    (100, 102, 1, {"differ_status": WARN}, WARN, ""),
    (100, 102, 1, {"note": "rättad"}, FAIL, "rättad"),
    (100, 101, 1, {"note": "rättad"}, PASS, "avrundningsdifferens; rättad"),
    (100, 100, 1, {"note": "rättad"}, PASS, ""),
    (None, 100, 1, {}, WARN, "uppgift saknas"),
    (100, None, 1, {}, WARN, "uppgift saknas"),
    (float("nan"), 100, 1, {}, WARN, "uppgift saknas"),
    (100, float("nan"), 1, {"note": "ej publicerad"}, WARN, "ej publicerad"),
    (-219, 219, 1, {}, FAIL, ""),                             # the sign matters
])
def test_compare(expected, actual, tolerance, kwargs, status, note):
    result = compare("Område", "Beskrivning", expected, actual, tolerance, **kwargs)
    assert result == Check("Område", "Beskrivning", expected, actual, tolerance, status, note)


def test_check_and_key_figure_as_dict():
    check = Check("A", "B", 1, 2, 0.5, FAIL, "n")
    assert check.as_dict() == {"area": "A", "description": "B", "expected": 1, "actual": 2,
                               "tolerance": 0.5, "status": "fail", "note": "n"}
    figure = KeyFigure("Resultat", -219.0, "tkr")
    result = figure.as_dict()
    expected = {"name": "Resultat", "value": -219.0, "unit": "tkr", "status": "", "rule": "",
                "decimals": 0}
    assert {k: result[k] for k in expected} == expected
    assert Check("A", "B", 1, 1, 0, PASS).note == ""


@pytest.mark.parametrize(("value", "status"), [
    (0.80, "green"), (0.81, "green"), (0.7999, "yellow"), (0.60, "yellow"), (0.5999, "red"),
    (None, ""), (float("nan"), "")])
def test_traffic_light_boundaries(value, status):
    # Rule (params status.svarsfrekvens): green at ≥ 0.80, yellow at ≥ 0.60, else red.
    assert checks.traffic_light(value, 0.80, 0.60) == status


@pytest.mark.parametrize(("deviation", "status"), [
    (0, "green"), (10, "green"), (-10, "green"), (10.01, "yellow"), (-10.01, "yellow"),
    (50, "yellow"), (-50, "yellow"), (50.01, "red"), (-50.01, "red"), (None, ""),
    (float("nan"), "")])
def test_band_light_boundaries(deviation, status):
    # Rule: green when |deviation| ≤ 10, yellow when ≤ 50, else red.
    assert checks.band_light(deviation, 10, 50) == status


def _checks(*statuses):
    return [Check(f"Område {i % 2}", f"k{i}", 0, 0, 0, s) for i, s in enumerate(statuses)]


def test_count_checks_keeps_warn_and_fail_apart():
    result = checks.count_checks(_checks(PASS, WARN, WARN, FAIL, FAIL, FAIL, PASS, PASS, PASS))
    assert result == {"pass": 4, "warn": 2, "fail": 3}
    assert list(result) == ["pass", "warn", "fail"]
    assert checks.count_checks([]) == {"pass": 0, "warn": 0, "fail": 0}


def test_checks_by_area_orders_failures_first():
    items = [Check("B", "b1", 0, 0, 0, PASS), Check("A", "a1", 0, 0, 0, PASS),
             Check("A", "a2", 0, 0, 0, WARN), Check("C", "c1", 0, 0, 0, FAIL),
             Check("B", "b2", 0, 0, 0, WARN)]
    result = checks.checks_by_area(items)
    assert list(result) == ["C", "A", "B"]
    assert [c.description for c in result["A"]] == ["a2", "a1"]
    assert [c.description for c in result["B"]] == ["b2", "b1"]


@pytest.mark.parametrize(("counts", "expected"), [
    ({"pass": 9, "warn": 3, "fail": 0}, "12 kontroller: 9 godkända, 3 varningar och 0 fel."),
    ({"pass": 9, "warn": 1, "fail": 2}, "12 kontroller: 9 godkända, 1 varning och 2 fel."),
    ({"pass": 0, "warn": 0, "fail": 0}, "0 kontroller: 0 godkända, 0 varningar och 0 fel.")])
def test_checks_sentence(counts, expected):
    assert checks.checks_sentence(counts) == expected


def test_format_frame_keeps_the_index_without_columns():
    frame = pd.DataFrame(index=pd.Index([3, 4], name="rad"))
    result = format_frame(frame)
    pd.testing.assert_index_equal(result.index, frame.index)


@pytest.mark.parametrize(("actual", "status", "note"), [
    (1 + 1e-9, PASS, "avrundningsdifferens"),   # exactly at tolerance + float margin
    (1e-9, PASS, ""),                           # float noise at the margin is no difference
])
def test_compare_at_the_float_margin(actual, status, note):
    result = compare("A", "B", 0, actual, 1 if actual > 1 else 0)
    assert (result.status, result.note) == (status, note)


def test_compare_note_not_added_for_float_noise():
    result = compare("A", "B", 0, 1e-9, 0, note="rättad")
    assert (result.status, result.note) == (PASS, "")
