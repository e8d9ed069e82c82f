"""A kostnadsställe named as the kostnadsställe table names its own rows ("– varav
Vårgårda", "Kommungemensamma") is refused: at year end "– varav Vårgårda", Vårgårda's own
centre, stood among the joint costs under Kommungemensamma and the table's footnote said
falsely that its varav-rows (22 899) did not add up to Kommungemensamma (22 483) by "en
avrundningsdifferens"."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.areas import budget, load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.paths import DATA_DIR


@pytest.mark.parametrize(("name", "expected"), [
    ("– varav Vårgårda", True),
    ("- Varav Vårgårda", True),
    ("varav Telefoni", True),
    ("kommungemensamma", True),
    ("Kommunspecifikt Vårgårda", False),
    ("Varavdelning", False),
])
def test_reads_as_varav_row(name, expected):
    result = budget.reads_as_varav_row(name)
    assert result == expected


def test_loading_refuses_it(tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    for file in ("kostnadsstallen.csv", "ansvar.csv", "kostnadsstalle_netto.csv"):
        path = data_dir / file
        path.write_text(path.read_text(encoding="utf-8").replace(
            "Kommunspecifikt Vårgårda", "– varav Vårgårda"), encoding="utf-8")
    with pytest.raises(DataError, match=r'kostnadsstallen\.csv.*"– varav Vårgårda" läses som '
                                        r"en rad som tabellen Kostnadsställen själv visar"):
        load_dataset(data_dir)
