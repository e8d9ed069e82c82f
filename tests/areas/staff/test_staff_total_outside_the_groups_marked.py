"""A staff total that is not between women and men (the source contradicts itself: a
warning on the checks page) is shown as printed, so page 07 carries a footnote saying so
and the start page's key figure a note; a total between them gets neither.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itvt_lib.areas import staff

NOTEBOOK = Path(__file__).parents[3] / "notebooks" / "07-personal.ipynb"


def _with_sick_leave_total(ctx, value: float):
    """The context with the total sick leave of Nov 2023 replaced."""
    frame = ctx.dataset["personal"].copy()
    rows = (frame["period"] == "2023-11") & (frame["measure"] == "sjukfranvaro") \
        & (frame["grupp"] == "total")
    frame.loc[rows, "procent"] = value
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


@pytest.mark.parametrize(("total", "expected"), [
    (3.5, ["Anmärkning: totalen för sjukfrånvaro Nov 2023, 3,5\xa0%, ligger inte mellan "
           "kvinnor (1,3\xa0%) och män (2,9\xa0%): underlaget motsäger sig självt; totalen "
           "och förändringen visas som tryckta."]),
    (1.2, ["Anmärkning: totalen för sjukfrånvaro Nov 2023, 1,2\xa0%, ligger inte mellan "
           "kvinnor (1,3\xa0%) och män (2,9\xa0%): underlaget motsäger sig självt; totalen "
           "och förändringen visas som tryckta."]),
    (2.2, []),
    (2.95, []),
])
def test_page_footnotes_a_total_outside_the_groups(ctx_2023, total, expected):
    result = staff.total_notes(_with_sick_leave_total(ctx_2023, total))
    assert result == expected


@pytest.mark.parametrize(("total", "expected"), [
    (3.5, "som tryckt; totalen ligger inte mellan kvinnor och män, se sidans fotnot"),
    (2.2, ""),
])
def test_key_figure_notes_a_total_outside_the_groups(ctx_2023, total, expected):
    (figure,) = staff.key_figures(_with_sick_leave_total(ctx_2023, total))
    result = figure.note
    assert result == expected


def test_page_07_shows_the_notes_under_its_table():
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]]
    result = [c for c in cells if "staff.display_table(table)" in c]
    assert len(result) == 1
    assert "staff.total_notes(ctx)" in result[0]
