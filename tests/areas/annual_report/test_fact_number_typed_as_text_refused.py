"""A figure of the annual report typed in the text column of arsrapport_uppgifter.

Rule: a figure (93 %, 1 350 computers) belongs in varde, where it is shown with its unit
and becomes a start-page key figure; a bare number in text would pass its sentence check
while the key figure vanished, so it is bad input naming file, line and column. Texts such
as the decision "§ 9/2023-03-01" and the date "2014-05-06" are kept.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report, load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("text", "expected"), [
    ("1350", True), ("1 350", True), ("1\u00a0350", True), ("93 %", True), ("93,5", True),
    ("\u22121", True),
    ("§ 9/2023-03-01", False), ("2014-05-06", False), ("fem", False), (None, False),
])
def test_number_as_text(text, expected):
    result = annual_report.number_as_text(text)
    assert result is expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("2023,datorer_utbytta,1350,,st,", "2023,datorer_utbytta,,1350,st,",
     r"arsrapport_uppgifter\.csv:3: text: datorer_utbytta: ”1350” är ett tal: för in det i "
     r"varde, inte i text"),
    ("2023,nojda_inringare,93,,%,", "2023,nojda_inringare,,93 %,,",
     r"arsrapport_uppgifter\.csv:2: text: nojda_inringare: ”93 %” är ett tal"),
])
def test_fact_number_typed_as_text_refused(data_dir, old, new, expected):
    path = data_dir / "arsrapport_uppgifter.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)
