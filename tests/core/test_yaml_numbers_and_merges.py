"""YAML 1.1 reads a number with a leading zero as octal ("010" is 8, a
diarienummer 00020 is 16) and "0x820" as hex; in a params file each stays the text that
was written, so a number field reads 010 as the 10 she meant and a text keeps its zeros.
Tags, sets and pairs that would smuggle a value past the text checks are refused."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "expected"), [
    ("a: 010", "010"), ("a: 00020", "00020"), ("a: 0x820", "0x820"), ("a: 0b101", "0b101"),
    ("a: +017", "+017"), ("a: -07", "-07"), ("a: 10", 10), ("a: 0", 0), ("a: 1_000", 1000),
])
def test_a_number_yaml_would_read_in_another_base_stays_its_text(tmp_path, text, expected):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    result = read_yaml(path)["a"]
    assert (result, type(result)) == (expected, type(expected))


def test_a_tolerance_written_with_a_leading_zero_is_the_number_she_meant(params):
    (params / "2024-02.yaml").write_text("tolerance_tkr: 010\n", encoding="utf-8")
    assert load_params("2024-02", params).tolerance_tkr == 10


def test_hours_per_fte_in_hex_is_bad_input_naming_its_text(params):
    (params / "2024-02.yaml").write_text("hours_per_fte: 0x820\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r'2024-02\.yaml: hours_per_fte: "0x820" är inte ett '
                                         "tal"):
        load_params("2024-02", params)


def test_a_diarienummer_of_digits_keeps_its_leading_zeros(params):
    (params / "2024-02.yaml").write_text(
        "arenden:\n  - nummer: 1\n    rubrik: Ärende\n    diarienummer: 00020\n",
        encoding="utf-8")
    result = load_params("2024-02", params).arenden[0].diarienummer
    assert result == "00020"


@pytest.mark.parametrize("value", ["!!binary 4oCuSGFubmE=", "!!set {a, b}", "!!omap [a: 1]",
                                   "!!pairs [a: 1, a: 2]", "no", ".nan", "2024-01-01"])
def test_a_controller_name_of_a_yaml_type_other_than_text_is_bad_input(params, value):
    (params / "2024-02.yaml").write_text(f"controller: {value}\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml: controller: ska vara text, inte "):
        load_params("2024-02", params)


@pytest.mark.parametrize("value", ["!!python/object:os.system {}",
                                   "!!python/name:os.system ''"])
def test_a_python_tag_is_refused_unconstructed(params, value):
    (params / "2024-02.yaml").write_text(f"controller: {value}\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"en tagg \(!…\) som itvt inte läser"):
        load_params("2024-02", params)


@pytest.mark.parametrize(("text", "expected"), [
    ("x:\n  <<: [{default: 1}, {default: 5}]\n", r"p\.yaml:2: default: nyckeln står i två "
                                                  "mappningar som slås samman med <<"),
    ("a: &a {d: 1}\nb: &b {d: 5}\nx:\n  <<: [*a, *b]\n", r"p\.yaml:2: d: nyckeln står i två "
                                                          "mappningar som slås samman"),
    ("x:\n  <<: {d: 1}\n  <<: {d: 5}\n", r"p\.yaml:3: <<: nyckeln står två gånger i samma "
                                          "mappning"),
])
def test_a_key_merged_from_two_mappings_is_bad_input(tmp_path, text, expected):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=expected):
        read_yaml(path)


@pytest.mark.parametrize(("text", "expected"), [
    ("x:\n  <<: {d: 1}\n  d: 5\n", {"d": 5}),
    ("x:\n  <<: [{d: 1}, {e: 5}]\n", {"d": 1, "e": 5}),
    ("a: &a {d: 1, e: 2}\nx:\n  <<: *a\n  e: 3\n", {"d": 1, "e": 3}),
])
def test_a_merge_that_names_each_key_once_is_read(tmp_path, text, expected):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    assert read_yaml(path)["x"] == expected


def test_an_uppräkning_merged_twice_in_a_period_file_is_bad_input(params):
    (params / "2024-02.yaml").write_text(
        "upprakning_procent:\n  <<: [{default: 1}, {default: 5}]\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml:2: default: nyckeln står i två"):
        load_params("2024-02", params)


@pytest.mark.parametrize(("text", "expected"), [
    ("share_decimals: 1.0\n", r"share_decimals: 1\.0 är inget heltal"),
    ("share_decimals: 1.5\n", r"share_decimals: 1\.5 är inget heltal"),
    ("arenden:\n  - nummer: 2.0\n    rubrik: Ärende\n",
     r"arenden\[1\]\.nummer: 2\.0 är inget heltal"),
])
def test_a_whole_number_written_with_decimals_is_quoted_as_written(params, text, expected):
    (params / "2024-02.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=expected):
        load_params("2024-02", params)


def test_more_models_than_a_page_can_compare_is_one_swedish_line(params):
    (params / "modeller.yaml").write_text(
        "financing_models:\n" + "".join(f"  - {{name: M{i}, driver: lika}}\n" for i in range(60)),
        encoding="utf-8")
    with pytest.raises(ParamError, match=r"modeller\.yaml:\d+: financing_models: har \d+ poster, "
                                         r"högst 50 går att visa; ta bort några$"):
        load_params("2024-02", params)


@pytest.mark.parametrize(("written", "expected"), [("030", 30.0), ("010", 10.0), ("08", 8.0)])
def test_a_grundavgift_with_a_leading_zero_is_the_percent_she_wrote(params, written, expected):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - {{name: Grund, driver: befolkning, "
        f"grundavgift_procent: {written}}}\n", encoding="utf-8")
    result = load_params("2024-02", params).financing_models[-1].grundavgift_procent
    assert result == expected
