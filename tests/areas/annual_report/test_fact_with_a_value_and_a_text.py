"""Annual report facts: a fact is a number (varde) or a text (text), never both nor
neither; the start page shows varde while page 08 shows text, so a row with both would be
read two ways. Such a row is bad input naming file, line and column."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas
from itvt_lib.areas import annual_report
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("varde", "text", "expected"), [
    (93.0, None, ""),
    (None, "§ 9/2023-03-01", ""),
    (93.0, "Sedan september", "båda är ifyllda"),
    (None, None, "ingen är ifylld"),
    (float("nan"), float("nan"), "ingen är ifylld"),
])
def test_one_reading(varde, text, expected):
    result = annual_report.one_reading(varde, text)
    assert result == expected


@pytest.mark.parametrize(("old", "new", "wrong"), [
    ("2023,nojda_inringare,93,,%,", "2023,nojda_inringare,93,Sedan september,%,",
     "båda är ifyllda"),
    ("2023,nojda_inringare,93,,%,", "2023,nojda_inringare,,,%,", "ingen är ifylld"),
])
def test_fact_with_a_value_and_a_text_is_bad_input(data_dir, old, new, wrong):
    path = data_dir / "arsrapport_uppgifter.csv"
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError, match=f"nojda_inringare: fyll i antingen varde eller text "
                                        rf"\({wrong}\)") as err:
        areas.load_dataset(data_dir)
    assert "arsrapport_uppgifter.csv:2" in str(err.value)
    assert "varde" in str(err.value)


def test_the_data_has_one_reading_per_fact():
    facts = areas.load_dataset()["arsrapport_uppgifter"]
    result = [annual_report.one_reading(r.varde, r.text) for r in facts.itertuples()]
    assert result == [""] * len(facts)
    assert isinstance(facts, pd.DataFrame)
