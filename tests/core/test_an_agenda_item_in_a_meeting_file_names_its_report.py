"""A meeting file is shared by every period treated at the meeting (2023-12 and 2024-02
both at 2024-03-06). An ärende there with pages (`sidor`) but no `rapport` linked each
packet to its own pages: the 2023-12 packet showed "Månadsuppföljningar 2024" with the
year-end report's pages 01, 02, 05 as its papers, and `check` said ok. Such an item is now
bad input naming the meeting file and the item (core/params.py)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.params import unnamed_packet


@pytest.mark.parametrize(("arenden", "expected"), [
    ([{"rubrik": "A", "underlag": "muntlig information"}], None),
    ([{"rubrik": "A", "sidor": ["01"], "rapport": "2024-02"}], None),
    ([{"rubrik": "A"}, {"rubrik": "B", "sidor": ["01"]}], 1),
    ([{"rubrik": "A", "sidor": [], "rapport": None}], None),   # no pages: nothing to link
    (None, None),
    ("text", None),                                           # the model says what is wrong
])
def test_the_first_item_with_pages_but_no_report(arenden, expected):
    result = unnamed_packet(arenden)
    assert result == expected


def _without_report(params) -> None:
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'godkänner månadsrapport per 2024-02-29.\n    rapport: "2024-02"\n',
        "godkänner månadsrapporten.\n"), encoding="utf-8")


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_an_item_with_pages_but_no_report_in_a_meeting_file_is_bad_input(params, period):
    _without_report(params)
    with pytest.raises(ParamError, match=r"meetings/2024-03-06\.yaml: arenden\[3\]\.rapport: "
                                         r"saknas; ett ärende med sidor i en fil som delas av flera perioder"):
        load_params(period, params)


def test_an_item_with_pages_but_no_report_in_a_period_file_passes(params):
    """A period file's own agenda is that period's alone: its pages are its own."""
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8")
                    + "arenden:\n  - {nummer: 1, rubrik: X, sidor: ['01']}\n", encoding="utf-8")
    result = [a.rapport for a in load_params("2024-02", params).arenden]
    assert result == [None]


def test_an_item_with_pages_but_no_report_in_defaults_is_bad_input(params):
    """defaults.yaml is read for every period, as a meeting's file is for its periods."""
    path = params / "defaults.yaml"
    path.write_text(path.read_text(encoding="utf-8")
                    + "arenden:\n  - {nummer: 1, rubrik: X, sidor: ['01']}\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"defaults\.yaml: arenden\[1\]\.rapport: saknas"):
        load_params("2023-12", params)
