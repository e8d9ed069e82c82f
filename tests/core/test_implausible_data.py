"""Implausible reference data is bad input (issue 23, item 16): a member with a population
of 0 (the key would give it nothing) and two huvudmän (the committee has one host)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def test_two_huvudman_is_bad_input(data_dir):
    path = data_dir / "kommuner.csv"
    text = path.read_text(encoding="utf-8")
    assert ",nej," in text
    path.write_text(text.replace(",nej,", ",ja,"), encoding="utf-8")
    with pytest.raises(DataError, match=r"kommuner\.csv:\d+: huvudman: 2 kommuner är huvudman; "
                                        r"nämnden har en huvudman"):
        load_dataset(data_dir)


def test_a_population_of_zero_is_bad_input(data_dir):
    path = data_dir / "befolkning.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    column = header.index("invanare")
    for n, line in enumerate(lines[1:], start=1):
        cells = line.split(",")
        if cells[column]:
            cells[column] = "0"
            lines[n] = ",".join(cells)
            break
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"befolkning\.csv:\d+: invanare: "):
        load_dataset(data_dir)
