"""A published figure whose measure is misspelt.

Rule: published.csv's `measure` is one of the measures of the sections' columns; another
("utfal", "Prognos") is bad input naming file, line and column, never a figure compared
with nothing (a warning "uppgift saknas" that blames the computed side) and left off its
page.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = "Månadsrapport per 2024-02-29,2024-02,driftredovisning,2024,prognos,Personalkostnader,"


@pytest.mark.parametrize("measure", ["progonos", "Prognos", "utfal", "kostnad"])
def test_a_published_figure_of_an_unknown_measure_is_bad_input(data_dir, measure):
    path = data_dir / "published.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, ROW.replace(",prognos,", f",{measure},")),
                    encoding="utf-8")
    with pytest.raises(DataError, match=rf'published\.csv:2: measure: "{measure}" är inget av '
                       "utfall, budget, ursprunglig_budget, tillagg, prognos, avvikelse"):
        load_dataset(data_dir)


def test_every_measure_the_papers_use_is_read(data_dir):
    result = sorted(set(load_dataset(data_dir)["published"]["measure"]))
    expected = ["avvikelse", "prognos", "utfall"]
    assert result == expected
