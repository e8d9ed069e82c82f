"""Hostile input tables: two kommuner (or kontogrupper, or kostnadsställen) with
the same `ordning` were accepted, and which comes first on the pages (and which member a
tie in the largest-remainder rounding goes to) was then a guess; a member with a stated
key share of 0 % was accepted though 0 invånare is not. Each is bad input naming file,
line and column."""

from __future__ import annotations

import re

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _edit(data_dir, name, old, new):
    path = data_dir / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("name", "old", "new", "line", "taken"), [
    ("kommuner.csv", "nej,2", "nej,1", 3, "ordning 1 står redan på rad 2"),
    ("kontogrupper.csv", "Personalkostnader,2,", "Personalkostnader,1,", 3,
     "ordning 1 står redan på rad 2"),
    ("kostnadsstallen.csv", "Kommunspecifikt Herrljunga,Herrljunga,3",
     "Kommunspecifikt Herrljunga,Herrljunga,2", 4, "ordning 2 står redan på rad 3"),
], ids=["kommuner", "kontogrupper", "kostnadsstallen"])
def test_two_rows_in_one_place_of_the_order_are_bad_input(data_dir, name, old, new, line,
                                                          taken):
    _edit(data_dir, name, old, new)
    with pytest.raises(DataError, match=rf"{re.escape(name)}:{line}: ordning: {taken}"):
        load_dataset(data_dir)


@pytest.mark.parametrize("zero", ["0", "-", "0.0"])
def test_a_member_with_a_key_share_of_0_percent_is_bad_input(data_dir, zero):
    _edit(data_dir, "befolkning.csv", ",,43.6,", ",,100,")
    _edit(data_dir, "befolkning.csv", ",,56.4,", f",,{zero},")
    with pytest.raises(DataError, match=r"befolkning\.csv:5: andel_procent: Vårgårda har "
                                        r"andelen 0 %"):
        load_dataset(data_dir)
