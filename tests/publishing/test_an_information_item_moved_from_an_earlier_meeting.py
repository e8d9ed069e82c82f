"""An information item without a packet ("Information från IT-chef", "Delegationsbeslut")
tabled at the meeting of 2024-02-14 and moved to 2024-03-06 says so (`flyttat_fran`). The
rule that an item's former meeting comes after its packet's period ended took the running
period's as the packet of an item that has none: the 2024-02 run refused the shared agenda
(2024-02-14 is not after 2024-02-29) while the 2023-12 run of the same file passed."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.publishing import pages
from itvt_lib.publishing.runner import RunOptions, check


def _moved_from(params, former: str, packet: str = "") -> None:
    """Item 2 of 2024-03-06 (muntlig information) moved from `former`, with `packet`."""
    path = params / "meetings" / "2024-03-06.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    diarienummer: ITVT-2024-00016\n    underlag: muntlig information\n"
    assert old in text
    path.write_text(text.replace(old, f'{old}    flyttat_fran: "{former}"\n{packet}'),
                    encoding="utf-8")


@pytest.mark.parametrize("former", ["2024-02-14", "2024-02-29", "2023-12-14"])
def test_an_item_without_a_packet_moved_from_any_earlier_meeting_passes(params, former):
    _moved_from(params, former)
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2023-12", "2024-02"], params_dir=params))]
    assert result == [0, 0]


def test_an_item_with_a_packet_moved_from_before_its_end_is_still_bad_input(params):
    _moved_from(params, "2024-02-14", '    rapport: "2024-02"\n')
    with pytest.raises(ParamError, match=r"arenden\[2\]\.flyttat_fran: sammanträdet 2024-02-14 "
                                         r"ligger inte efter rapportens slut \(2024-02-29\)"):
        check(RunOptions(periods=["2023-12"], params_dir=params))


def test_the_start_page_begins_the_items_underlag_as_a_sentence(params):
    """"Flyttat från sammanträdet 2024-02-14. Muntlig information", not "… . muntlig"."""
    _moved_from(params, "2024-02-14")
    ctx = open_report("2024-02", params_dir=params)
    result = [row["underlag"] for row in pages.agenda_rows(ctx, []) if row["rubrik"]
              == "Information från IT-chef till nämnden 2024"]
    assert result == ["Flyttat från sammanträdet 2024-02-14. Muntlig information"]
