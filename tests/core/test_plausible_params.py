"""Plausible ranges and a params folder without stray files (issue 23, items 6, 11, 15, 16).

Rules: hours per FTE 500–3 000 (a year's working hours); a notebook's time limit 1 s to a
day; the tolerance 0–10 000 tkr per summed line; an uppräkning above −100 % and at most
1 000 %; at most 50 financing models; a file in params/ that itvt would not read is bad
input, named.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


@pytest.fixture
def params(tmp_path):
    (tmp_path / "defaults.yaml").write_text("", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("overrides", "message"), [
    ({"hours_per_fte": 1e-300}, r"^--hours-per-fte: 1e-300 är mindre än 500$"),
    ({"hours_per_fte": 10_000}, r"^--hours-per-fte: 10000 är större än 3000$"),
    ({"notebook_timeout_s": 0.001}, r"^--notebook-timeout: 0\.001 är mindre än 1$"),
    ({"tolerance_tkr": 1e9}, r"^--tolerance-tkr: 1e\+09 är större än 10000$"),
])
def test_implausible_flags_are_bad_input(params, overrides, message):
    with pytest.raises(ParamError, match=message):
        load_params("2024-02", params, overrides)


@pytest.mark.parametrize(("content", "message"), [
    ("upprakning_procent:\n  default: -1000000\n",
     r"upprakning_procent\.default: -1000000 är inte större än -100$"),
    ("upprakning_procent:\n  default: 5000\n",
     r"upprakning_procent\.default: 5000 är större än 1000$"),
    ("financing_models:\n" + "".join(f"  - {{name: M{n}, driver: lika}}\n" for n in range(51)),
     r"financing_models: "),
])
def test_implausible_values_in_a_file_are_bad_input(params, content, message):
    (params / "defaults.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ParamError, match=message):
        load_params("2024-02", params)


def test_plausible_values_pass(params):
    result = load_params("2024-02", params, {"hours_per_fte": 1700, "tolerance_tkr": 2})
    assert (result.hours_per_fte, result.tolerance_tkr) == (1700, 2)


@pytest.mark.parametrize("name", ["2024-02.yml", "2024-2.yaml", "Defaults.yaml", "möte.yml"])
def test_a_params_file_itvt_would_not_read_is_named(params, name):
    (params / name).write_text("namnd: X\n", encoding="utf-8")
    with pytest.raises(ParamError, match=rf"{name}: läses inte \(itvt läser defaults\.yaml"):
        load_params("2024-02", params)


@pytest.mark.parametrize(("text", "expected"), [
    ('"2,5"', 2.5), ('"1\u00a0000"', 1000.0), ("2.5", 2.5), ('"\u22120"', 0.0)])
def test_a_number_written_as_swedish_text_is_read_by_the_one_parser(params, text, expected):
    (params / "defaults.yaml").write_text(f"tolerance_tkr: {text}\n", encoding="utf-8")
    assert load_params("2024-02", params).tolerance_tkr == expected


@pytest.mark.parametrize("text", ['"tolv"', '"43.600"', '"1,2,3"'])
def test_a_number_text_that_reads_two_ways_or_not_at_all_is_bad_input(params, text):
    (params / "defaults.yaml").write_text(f"tolerance_tkr: {text}\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"defaults\.yaml: tolerance_tkr: "):
        load_params("2024-02", params)
