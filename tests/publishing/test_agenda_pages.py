"""Hostile agendas (publishing/notebooks.py): an ärende whose `sidor` names a page
the packet does not have ("77", or "7" meant as "07" written "70") lost its link silently
and the start page said its papers were not in the report; `check` now refuses it in one
line naming the file and the item."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.publishing.runner import RunOptions, check


def _agenda(params, sidor: str, rapport: str = "") -> None:
    path = params / "2024-02.yaml"
    extra = f", rapport: '{rapport}'" if rapport else ""
    path.write_text(path.read_text(encoding="utf-8")
                    + f"arenden:\n  - {{nummer: 1, rubrik: X}}\n"
                      f"  - {{nummer: 2, rubrik: Y, sidor: [{sidor}]{extra}}}\n",
                    encoding="utf-8")


@pytest.mark.parametrize(("sidor", "rapport"), [("'77'", ""), ("'01', '70'", ""),
                                                ("'99'", "2023-12")])
def test_an_agenda_page_the_packet_does_not_have_is_bad_input(params, sidor, rapport):
    _agenda(params, sidor, rapport)
    with pytest.raises(ParamError, match=r"2024-02\.yaml: arenden\[2\]\.sidor: \"(77|70|99)\" "
                                         r"är ingen sida i rapporten \(sidorna: 01, 02, .*90\)"):
        check(RunOptions(periods=["2024-02"], params_dir=params))


def test_agenda_pages_the_packet_has_pass(params):
    _agenda(params, "'01', '80'")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2024-02"], params_dir=params))]
    assert result == [0]


@pytest.mark.parametrize("rapport", ["2031-01", "2023-11"])
def test_an_agenda_item_in_a_packet_that_cannot_be_made_is_bad_input(params, rapport):
    """Its links led to ../<rapport>/, a packet itvt cannot publish from the data."""
    _agenda(params, "'01'", rapport)
    with pytest.raises(ParamError, match=rf"2024-02\.yaml: arenden\[2\]\.rapport: \"{rapport}\" "
                                         r"går inte att rapportera \(möjliga perioder: "
                                         r"2023-12, 2024-02\)"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
