"""A number written unquoted in a params file as "1.000" is 1 or 1 000 (a Swede groups
thousands with a point): it stays the text that was written, so a number field refuses it
naming both readings, as it refuses the quoted "1.000" and the flag --tolerance-tkr 1.000.
One decimal, two, four or an exponent have one reading and are read as YAML reads them."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 1.000", "1.000"), ("a: -1.250", "-1.250"), ("a: +12.345", "+12.345"),
    ("a: 0.800", 0.8), ("a: 2.5", 2.5), ("a: 12.34", 12.34), ("a: 1.2345", 1.2345),
    ("a: 1000.000", 1000.0), ("a: 1.0e+3", 1000.0),
])
def test_a_point_before_three_digits_stays_its_text(tmp_path, text, expected):
    path = tmp_path / "p.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    result = read_yaml(path)["a"]
    assert (result, type(result)) == (expected, type(expected))


@pytest.mark.parametrize(("line", "expected"), [
    ("tolerance_tkr: 1.000", r'tolerance_tkr: "1\.000" kan läsas som 1,000 eller 1\xa0000'),
    ("projekttid: {tolerance_kr: 2.500}",
     r'projekttid\.tolerance_kr: "2\.500" kan läsas som 2,500 eller 2\xa0500'),
    ("upprakning_procent: {kontogrupper: {Personalkostnader: 1.500}}",
     r'upprakning_procent\.kontogrupper\.Personalkostnader: "1\.500" kan läsas som 1,500 '
     r"eller 1\xa0500"),
])
def test_a_parameter_with_two_readings_is_bad_input_naming_both(params, line, expected):
    (params / "2024-02.yaml").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml: " + expected):
        load_params("2024-02", params)


def test_a_tolerance_with_one_reading_is_the_number_written(params):
    (params / "2024-02.yaml").write_text("tolerance_tkr: 0.500\n", encoding="utf-8")
    result = load_params("2024-02", params).tolerance_tkr
    expected = 0.5
    assert result == expected
