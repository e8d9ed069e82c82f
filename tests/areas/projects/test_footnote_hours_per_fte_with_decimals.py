"""Page 03's footnote states hours_per_fte as written, decimals and all (1 722,5), as the
key figure's rule does: the rule printed with 1 723 gave another FTE than the page's."""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects

NB = "\u00a0"


@pytest.mark.parametrize(("per_fte", "expected"), [
    (1722.5, f"(1{NB}722,5 timmar × 2 / 12)"),
    (1720.25, f"(1{NB}720,25 timmar × 2 / 12)"),
    (2080, f"(2{NB}080 timmar × 2 / 12)"),
])
def test_footnote_states_hours_per_fte_as_written(dataset, per_fte, expected):
    ctx = report.open_report("2024-02", dataset=dataset, overrides={"hours_per_fte": per_fte})
    result = projects.footnote_text(ctx)
    assert expected in result
