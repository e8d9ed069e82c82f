"""Hostile numbers (core/numbers.py): an exponent written in other digits
("1e٣", Arabic-Indic three) was read as 1 000 where a file allows exponents, though the
same digits anywhere else are refused; digits other than 0–9 are never a number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from itvt_lib.core.numbers import NumberError, parse_number, parse_typed


@pytest.mark.parametrize("text", ["1e٣", "1E+٣", "2e３", "١٢٣", "４３", "1٫5"])
def test_digits_other_than_ascii_are_not_a_number_even_in_an_exponent(text):
    with pytest.raises(NumberError, match="är inte ett tal"):
        parse_number(text, decimal=".", exponent=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("1e3", Decimal("1000")), ("1,5E+3", None), ("-2.5e-2", Decimal("-0.025")),
])
def test_an_ascii_exponent_is_read_where_files_allow_it(text, expected):
    if expected is None:
        with pytest.raises(NumberError):
            parse_number(text, decimal=".", exponent=True)
    else:
        assert parse_number(text, decimal=".", exponent=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1\u2009150", Decimal("1150")), ("1\u00a0150,5", Decimal("1150.5")),
    ("−0", Decimal("0")), ("0,0000001", Decimal("0.0000001")),
])
def test_what_a_person_types_with_any_thousands_space(text, expected):
    assert parse_typed(text) == expected
