"""YAML 1.1 reads a number with colons as base 60 ("34:40" is 2080, "1:30.5" is 90.5): in a
params file such a value stays the text that was written, so a number is bad input naming
it, and a text (an agenda time "9:05") is kept as written."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize("value", ["34:40", "1:30.5", "-2:00"])
def test_a_number_written_in_base_60_is_bad_input(params, value):
    path = params / "defaults.yaml"
    text = path.read_text(encoding="utf-8")
    assert "hours_per_fte: 2080" in text
    path.write_text(text.replace("hours_per_fte: 2080", f"hours_per_fte: {value}"),
                    encoding="utf-8")
    with pytest.raises(ParamError, match=rf'defaults\.yaml: hours_per_fte: "{value}" är inte ett tal'):
        load_params("2024-02", params)


@pytest.mark.parametrize(("text", "expected"), [
    ("tid: 9:05\n", {"tid": "9:05"}),
    ("tid: 1:30.5\n", {"tid": "1:30.5"}),
    ("tid: 905\n", {"tid": 905}),
    ("tid: 2.5\n", {"tid": 2.5}),
])
def test_colons_keep_the_text_as_written(tmp_path, text, expected):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert read_yaml(path) == expected
