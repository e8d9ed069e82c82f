"""The one Swedish number parser (itvt_lib.core.numbers): files, parameters, typing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from itvt_lib.core.numbers import (
    NumberError,
    file_decimal_mark,
    parse_number,
    parse_typed,
    unambiguous_mark,
)

NB, NNB, THIN, MINUS = "\u00a0", "\u202f", "\u2009", "\u2212"


@pytest.mark.parametrize(("text", "decimal", "expected"), [
    ("43,6", ",", "43.6"), ("43.6", ".", "43.6"), ("1 150", ",", "1150"),
    (f"1{NB}150,0", ",", "1150.0"), (f"14{NNB}929", ".", "14929"), (f"2{THIN}500", ",", "2500"),
    (f"1 234{NB}567,25", ",", "1234567.25"), (f"{MINUS}5", ",", "-5"), ("-17 750", ".", "-17750"),
    ("+3", ",", "3"), ("-", ",", "0"), ("–", ".", "0"), (MINUS, ",", "0"), (" 8 ", ",", "8"),
    (",5", ",", "0.5"), ("007", ".", "7"), ("16.356", ".", "16.356"), ("16,356", ",", "16.356"),
    ("1.234", ".", "1.234"),
])
def test_parse_number_reads_swedish_and_plain_numbers_exactly(text, decimal, expected):
    result = parse_number(text, decimal=decimal)
    assert result == Decimal(expected) and isinstance(result, Decimal)


@pytest.mark.parametrize(("text", "expected"), [
    ("2,5 %", "2.5"), (f"43,6{NB}%", "43.6"), ("93%", "93"), (f"{MINUS}0,5 %", "-0.5")])
def test_percent_sign_is_read_where_the_caller_allows_it(text, expected):
    assert parse_number(text, percent_sign=True) == Decimal(expected)


def test_percent_sign_is_refused_where_the_caller_does_not_allow_it():
    with pytest.raises(NumberError, match=r'^"2,5 %" har ett procenttecken'):
        parse_number("2,5 %")


@pytest.mark.parametrize(("text", "decimal", "expected"), [
    ("1e30", ".", "1e30"), ("1,5E+3", ",", "1500"), ("-2.5e-2", ".", "-0.025")])
def test_exponent_is_read_only_when_asked(text, decimal, expected):
    assert parse_number(text, decimal=decimal, exponent=True) == Decimal(expected)
    with pytest.raises(NumberError, match="är inte ett tal"):
        parse_number(text, decimal=decimal)


@pytest.mark.parametrize(("text", "decimal", "message"), [
    ("16,356", ".", f'^"16,356" kan läsas som 16,356 eller 16{NB}356; decimaltecknet är punkt$'),
    ("16.356", ",", f'^"16.356" kan läsas som 16,356 eller 16{NB}356; decimaltecknet är komma$'),
    (f"{MINUS}1.250", ",", f"kan läsas som {MINUS}1,250 eller {MINUS}1{NB}250"),
    ("16,5", ".", r'^"16,5" har decimalkomma; decimaltecknet är punkt$'),
    ("0.356", ",", r'^"0.356" har decimalpunkt; decimaltecknet är komma$'),
    ("1.234,5", ",", r'"\." som tusentalsavgränsare, som inte godtas'),
    ("1,234,567", ".", r'"," som tusentalsavgränsare, som inte godtas'),
    ("1,2,3", ",", "har flera decimaltecken"),
    ("11 50", ",", "har mellanslag som inte skiljer tusental"),
    ("1 1500", ",", "har mellanslag som inte skiljer tusental"),
    ("0,123 4", ",", "har mellanslag bland decimalerna"),
    ("5,", ",", "saknar siffror efter decimaltecknet"),
    ("tolv", ",", r'^"tolv" är inte ett tal$'), ("12a", ".", "är inte ett tal"),
    ("--", ",", "är inte ett tal"), ("- 5", ",", "är inte ett tal"), ("(907)", ",", "är inte ett tal"),
    ("inf", ".", "är inte ett tal"), ("NaN", ".", "är inte ett tal"), ("", ",", "är tomt"),
    ("%", ",", "procenttecken"), ("1 000 kr", ",", "är inte ett tal"), ("٣", ",", "är inte ett tal"),
])
def test_parse_number_refuses_with_a_reason(text, decimal, message):
    with pytest.raises(NumberError, match=message):
        parse_number(text, decimal=decimal)


def test_ambiguous_text_carries_both_readings():
    with pytest.raises(NumberError) as info:
        parse_number("16,356", decimal=".")
    assert info.value.readings == (Decimal("16.356"), Decimal("16356"))
    assert info.value.in_file() == (f'"16,356" kan läsas som 16,356 eller 16{NB}356; '
                                    "filen använder decimalpunkt")


@pytest.mark.parametrize(("value", "expected"), [(3, "3"), (0.1, "0.1"), (Decimal("2.50"), "2.50")])
def test_numbers_already_numbers_pass_through_exactly(value, expected):
    assert parse_number(value) == Decimal(expected)


@pytest.mark.parametrize("value", [True, None, float("inf"), float("nan")])
def test_non_numbers_and_non_finite_values_are_refused(value):
    with pytest.raises(NumberError):
        parse_number(value)


@pytest.mark.parametrize(("text", "expected"), [
    ("43,6", "43.6"), ("1 150", "1150"), ("−5", "-5"), (f"1{NB}150,0", "1150.0"),
    ("43.6", "43.6"), ("0.600", "0.6"), ("1 150.5", "1150.5"), ("1,234", "1.234"), ("–", "0")])
def test_typed_numbers_use_the_decimal_comma_and_an_unambiguous_point(text, expected):
    assert parse_typed(text) == Decimal(expected)


def test_typed_percent():
    assert parse_typed("2,5 %", percent_sign=True) == Decimal("2.5")


@pytest.mark.parametrize(("text", "message"), [
    ("43.600", f'^"43.600" kan läsas som 43,600 eller 43{NB}600$'),
    ("1.234,5", "som tusentalsavgränsare"), ("1.2.3", "har flera decimaltecken"),
    ("2,5 %", "procenttecken"), ("1e3", "är inte ett tal"), ("fyrtio", "är inte ett tal"),
])
def test_typed_numbers_refuse_what_could_mean_two_things(text, message):
    with pytest.raises(NumberError, match=message):
        parse_typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("16,5", ","), ("16.35", "."), ("0,356", ","), ("1 234,5", ","), ("2,5 %", ","),
    ("1,5E+3", ","), ("16,356", None), ("-1.250", None), ("12", None), ("-", None),
    ("1.234,5", None), ("1,2,3", None), (16.5, None),
])
def test_a_cell_shows_a_decimal_mark_only_beyond_doubt(text, expected):
    assert unambiguous_mark(text) == expected


@pytest.mark.parametrize(("default", "cells", "expected"), [
    (".", ["12", "-", "16,356"], "."),           # nothing beyond doubt: the separator's mark
    (".", ["12", "16,5", "0,25"], ","),          # every marked cell says comma
    (".", ["16,5", "16.5"], "."),                # mixed: the separator's mark, "16,5" is bad
    (",", ["1.5", "16.356", "3"], "."),          # a semicolon file written with points
    (",", ["1,5", "1.5"], ","),
    (",", [], ","),
])
def test_a_files_decimal_mark_is_decided_once_from_all_its_cells(default, cells, expected):
    assert file_decimal_mark(default, cells) == expected
