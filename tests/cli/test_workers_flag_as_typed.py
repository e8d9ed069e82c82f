"""`--workers` took what Python's int() takes: "1_0" ran ten kernels and "٢" two, where
every other whole-number flag (`--share-decimals`) refuses both. It is now read the same
way: ASCII digits with an optional sign."""

from __future__ import annotations

import pytest

from itvt_lib import cli


@pytest.mark.parametrize("value", ["1_0", "٢", "1,0", "0", "-1"])
def test_a_workers_count_not_typed_as_ascii_digits_is_bad_input(capsys, tmp_path, value):
    with pytest.raises(SystemExit) as stopped:  # a missing notebooks folder: never a run
        cli.main(["run", "--period", "2024-02", "--workers", value, "--output-dir",
                  str(tmp_path / "out"), "--notebooks-dir", str(tmp_path / "none")])
    result = (stopped.value.code, capsys.readouterr().err.splitlines()[-1])
    expected = (2, f'itvt run: fel: argument --workers: "{value}" är inte ett heltal större '
                   "än 0")
    assert result == expected


@pytest.mark.parametrize(("value", "expected"), [("2", 2), ("+2", 2), (" 3 ", 3)])
def test_a_workers_count_is_read_as_typed(value, expected):
    result = cli._positive_int(value)
    assert result == expected
