"""The summary's switchboard answer rate per kommun when a kommun's counts are missing.

Rule: the sentence names every kommun of the range; one whose svarsprocent cannot be
computed (inkommande or besvarade empty) is named with "saknas uppgift", never left out
so that the sentence reads as if the switchboard had the other kommun alone.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report

ROW = "2023-09-26,2023-12-31,Vårgårda,Telenor,5392,4921,"
START = "Svarsprocenten i växeln under perioden 2023-09-26–2023-12-31 var "


def _rate_sentence(data_dir, new: str) -> str:
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, new), encoding="utf-8")
    lines = calls.summary(open_report("2023-12", data_dir=data_dir))
    return next(line for line in lines if line.startswith("Svarsprocenten"))


@pytest.mark.parametrize(("new", "expected"), [
    (ROW, START + "92\u00a0% i Herrljunga och 91\u00a0% i Vårgårda."),
    ("2023-09-26,2023-12-31,Vårgårda,Telenor,,4921,",
     START + "92\u00a0% i Herrljunga; för Vårgårda saknas uppgift."),
    ("2023-09-26,2023-12-31,Vårgårda,Telenor,5392,,",
     START + "92\u00a0% i Herrljunga; för Vårgårda saknas uppgift."),
])
def test_answer_rate_sentence_names_a_kommun_without_figures(data_dir, new, expected):
    result = _rate_sentence(data_dir, new)
    assert result == expected
