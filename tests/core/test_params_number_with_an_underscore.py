"""YAML 1.1 drops underscores in a number: "tolerance_tkr: 1_0" was read as 10 and
"1_0.5" as 10,5, silently. In a params file such a value now stays the text written, so
a number field refuses it naming it, and a text keeps its underscore; an underscore
grouping thousands ("1_000") is read as before."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize("value", ["1_0", "1_0.5", "10_00", "0.0_5", "1_000.0_5"])
def test_a_number_with_an_underscore_is_bad_input(params, value):
    path = params / "defaults.yaml"
    text = path.read_text(encoding="utf-8")
    assert "tolerance_tkr: 1 " in text
    path.write_text(text.replace("tolerance_tkr: 1 ", f"tolerance_tkr: {value} "),
                    encoding="utf-8")
    with pytest.raises(ParamError, match=rf'defaults\.yaml: tolerance_tkr: "{value}" är inte '
                                         "ett tal"):
        load_params("2024-02", params)


@pytest.mark.parametrize(("text", "expected"), [
    ("diarienummer: 2024_20\n", {"diarienummer": "2024_20"}),
    ("tolerance_tkr: 10\n", {"tolerance_tkr": 10}),
    ("tolerance_tkr: 10.5\n", {"tolerance_tkr": 10.5}),
    ("tolerance_tkr: 1_000\n", {"tolerance_tkr": 1000}),
    ("tolerance_tkr: -12_500.5\n", {"tolerance_tkr": -12500.5}),
])
def test_an_underscore_keeps_the_text_as_written(tmp_path, text, expected):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    result = read_yaml(path)
    assert result == expected
