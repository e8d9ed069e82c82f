"""A goal whose verdict sentence is filled in while its status says it has none.

Rule: status ej_bedomt means the source gives no verdict for the goal, so its bedomning is
empty; a filled bedomning beside ej_bedomt (last year's status left beside this year's
verdict "Målet är inte uppfyllt.") would drop the goal from the "alla mål är uppfyllda"
check without a word, so it is bad input naming file, line and column.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

ROW = '"Målet är uppfyllt, men inte antagen.",uppfyllt_med_forbehall'


@pytest.mark.parametrize("new", [
    '"Målet är inte uppfyllt.",ej_bedomt',
    '"Målet är uppfyllt, men inte antagen.",ej_bedomt',
])
def test_goal_with_a_verdict_marked_unjudged_refused(data_dir, new):
    path = data_dir / "arsrapport_mal.csv"
    text = path.read_text(encoding="utf-8")
    assert ROW in text
    path.write_text(text.replace(ROW, new), encoding="utf-8")
    with pytest.raises(DataError, match=r"arsrapport_mal\.csv:2: status: ej_bedomt betyder "
                       r"att underlaget saknar bedömning av målet, men bedomning är ifylld"):
        load_dataset(data_dir)


@pytest.mark.parametrize("new", [
    ROW,                                        # as published
    '"Målet är inte uppfyllt.",ej_uppfyllt',
    ",ej_bedomt",                               # no verdict, no sentence
])
def test_goal_verdict_and_status_that_agree_loaded(data_dir, new):
    path = data_dir / "arsrapport_mal.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(ROW, new), encoding="utf-8")
    result = len(load_dataset(data_dir)["arsrapport_mal"])
    expected = 5
    assert result == expected
