"""Nilex and the växel: a typ, kanal or plattform named "Totalt", the name of the tables'
total row, crashed `itvt check` with "oväntat internt fel" (a kanal), put a ticket type's
row under the total's figures (a typ: Order's 2 392 ärenden replaced by the column sums,
all checks green) or listed two rows "Totalt" (a plattform). Such a name, case and spacing
aside, is bad input naming file, line and column."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.areas.calls import TOTAL
from itvt_lib.core.errors import DataError


def _rename(data_dir, files, old: str, new: str) -> None:
    for name in files:
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(("files", "old", "new", "where"), [
    (("nilex.csv", "nilex_totaler.csv"), "E-post", "Totalt", r"nilex\.csv:2: kanal"),
    (("nilex.csv", "nilex_totaler.csv"), "Order", "totalt", r"nilex\.csv:5: typ"),
    (("nilex_totaler.csv",), "Order", "TOTALT", r"nilex_totaler\.csv:3: typ"),
    (("vaxel.csv", "vaxel_totaler.csv"), "Telenor", "Totalt ", r"vaxel\.csv:3: plattform"),
    (("vaxel_totaler.csv",), "Telenor", "Totalt", r"vaxel_totaler\.csv:\d+: plattform"),
])
def test_a_name_like_the_total_row_is_bad_input(data_dir, files, old, new, where):
    _rename(data_dir, files, old, new)
    with pytest.raises(DataError, match=rf'{where}: "{new.strip()}" är namnet på tabellens '
                                        rf"summarad {TOTAL};"):
        load_dataset(data_dir)


def test_a_name_that_only_holds_the_word_is_read(data_dir):
    _rename(data_dir, ("nilex.csv", "nilex_totaler.csv"), "Order", "Totalt beställt")
    result = set(load_dataset(data_dir)["nilex"]["typ"])
    assert "Totalt beställt" in result
