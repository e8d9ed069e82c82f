"""A figure of the annual report whose quoted sentence is not in the report's text.

Rule: a figure (varde) is quoted from the year's annual-report text, so its sentence
(kalla) stands in a paragraph of arsrapport_text (spaces and NBSP alike); varde and kalla
both edited to 1 530 while the text page says 1350 passed its check and the start page
showed 1 530. Now the check fails, naming the text table.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report, open_report
from itvt_lib.core.checks import FAIL, PASS


@pytest.mark.parametrize(("sentence", "paragraphs", "expected"), [
    ("1350 datorer har bytts ut.", ["Först. 1350 datorer har bytts ut. Sist."], True),
    ("1 350 datorer har bytts ut.", ["1\u00a0350  datorer har bytts ut."], True),
    ("1530 datorer har bytts ut.", ["1350 datorer har bytts ut."], False),
    ("1530 datorer har bytts ut.", [], True),       # no text for the year: nothing to quote
])
def test_quoted_in(sentence, paragraphs, expected):
    result = annual_report.quoted_in(sentence, paragraphs)
    assert result is expected


def _computers_check(ctx):
    return next(c for c in annual_report.checks(ctx)
                if c.description.startswith("Utbytta datorer"))


def test_fact_sentence_not_in_the_report_text_fails(data_dir, params_dir):
    path = data_dir / "arsrapport_uppgifter.csv"
    text = path.read_text(encoding="utf-8")
    old = "2023,datorer_utbytta,1350,,st,1350 datorer"
    assert old in text
    path.write_text(text.replace(old, "2023,datorer_utbytta,1530,,st,1530 datorer"),
                    encoding="utf-8")
    check = _computers_check(open_report("2023-12", data_dir, params_dir))
    result = (check.status, check.note)
    expected = (FAIL, "meningen står inte i årsrapportens text 2023 i arsrapport_text.csv")
    assert result == expected


def test_fact_sentence_in_the_report_text_passes(data_dir, params_dir):
    result = _computers_check(open_report("2023-12", data_dir, params_dir)).status
    expected = PASS
    assert result == expected
