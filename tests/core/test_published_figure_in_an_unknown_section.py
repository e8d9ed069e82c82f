"""Hostile published figures (core/reference.py): a row of published.csv whose section
is misspelt ("driftredovsining") was read into nothing: the printed 14 959 was never
compared with the computed 14 929 nor marked on page 01, and itvt check said ok. Now bad
input naming file, line and column, with the sections there are."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = "Månadsrapport per 2024-02-29,2024-02,driftredovisning,2024,prognos,Personalkostnader,"


@pytest.mark.parametrize("section", ["driftredovsining", "Driftredovisning", "drift", "fördelning"])
def test_a_published_figure_in_an_unknown_section_is_bad_input(data_dir, section):
    path = data_dir / "published.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, ROW.replace(",driftredovisning,", f",{section},")),
                    encoding="utf-8")
    with pytest.raises(DataError, match=rf'published\.csv:2: section: "{section}" är inget av '
                       "driftredovisning, kostnadsstallen, fordelning"):
        load_dataset(data_dir)


def test_every_section_the_papers_use_is_read(data_dir):
    result = sorted(set(load_dataset(data_dir)["published"]["section"]))
    expected = ["driftredovisning", "fordelning", "kostnadsstallen"]
    assert result == expected
