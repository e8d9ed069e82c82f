"""Swedish number formats (docs/ARCHITECTURE.md, "Rounding and formats") and escaped tables."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.formatting import (
    fmt_duration,
    fmt_number,
    fmt_percent,
    round_half_away,
)
from itvt_lib.core.presentation import committee_table

NB, MINUS = "\u00a0", "\u2212"


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (2.5, 0, 3.0), (-2.5, 0, -3.0), (0.45, 1, 0.5), (-0.45, 1, -0.5), (43.85, 1, 43.9),
    (1.005, 2, 1.01), (3.5, 0, 4.0), (4.5, 0, 5.0)])
def test_round_half_away_from_zero(value, decimals, expected):
    assert round_half_away(value, decimals) == expected


@pytest.mark.parametrize(("value", "kwargs", "expected"), [
    (-17750, {}, f"{MINUS}17{NB}750"),
    (1338138, {}, f"1{NB}338{NB}138"),
    (0, {}, "–"),
    (-0.4, {}, "–"),  # rounds to zero: shown as zero
    (float("nan"), {}, "uppgift saknas"),
    (None, {"missing": ".."}, ".."),
    (0.4, {"decimals": 1}, "0,4"),
    (1.65, {"decimals": 1}, "1,7"),
    (1102, {"signed": True}, "+1\u00a0102"),
    (-1344, {"signed": True}, f"{MINUS}1{NB}344"),
])
def test_fmt_number(value, kwargs, expected):
    assert fmt_number(value, **kwargs) == expected


@pytest.mark.parametrize(("share", "decimals", "expected"), [
    (0.436, 1, f"43,6{NB}%"), (9510 / 21686, 1, f"43,9{NB}%"), (7556 / 11032, 1, f"68,5{NB}%"),
    (3307 / 3603, 0, f"92{NB}%"), (0.0, 1, f"0,0{NB}%"), (None, 1, "uppgift saknas")])
def test_fmt_percent(share, decimals, expected):
    assert fmt_percent(share, decimals) == expected


@pytest.mark.parametrize(("seconds", "expected"), [(179, "02:59"), (21, "00:21"),
                                                   (1800, "30:00"), (3723, "1:02:03")])
def test_fmt_duration(seconds, expected):
    assert fmt_duration(seconds) == expected


def test_committee_table_escapes_cells_and_labels():
    frame = pd.DataFrame({"<b>Projekt</b>": ["<script>alert(1)</script>", "$x$"],
                          "Timmar": [1200.0, 0.0]})
    html = committee_table(frame, bold_rows=[False, True]).to_html()
    assert "<script>" not in html and "<b>Projekt" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;Projekt&lt;/b&gt;" in html
    assert f"1{NB}200" in html and "–" in html
    assert "font-weight: bold" in html


# Rule: a value is beyond the tolerance when its shown (rounded half away) size exceeds it.
@pytest.mark.parametrize(("value", "tolerance", "decimals", "expected"), [
    (-0.4, 0.0, 0, False),
    (0.5, 0.0, 0, True),
    (-1.4, 1.0, 0, False),
    (-1.5, 1.0, 0, True),
    (0.04, 0.0, 1, False),
    (0.05, 0.0, 1, True),
])
def test_shown_beyond_compares_the_rounded_value(value, tolerance, decimals, expected):
    from itvt_lib.core.formatting import shown_beyond

    result = shown_beyond(value, tolerance, decimals)
    assert result is expected
