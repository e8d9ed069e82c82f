"""The workbench's Underlag shows a driver's values with the decimals written: fixed
shares 12,25 / 87,75 % read 12,25 and 87,75 %, not 12,3 and 87,8 % (summing to 100,1 beside
the shares used, 12,3 and 87,7 %); a count 43,25 reads 43,25."""

from __future__ import annotations

import pytest

from itvt_lib.workbench import decision

NB = "\u00a0"


@pytest.mark.parametrize(("driver", "values", "expected"), [
    ("fast", [12.25, 87.75], [f"12,25{NB}%", f"87,75{NB}%"]),
    ("befolkning", [43.55, 56.45], [f"43,55{NB}%", f"56,45{NB}%"]),
    ("fast", [25.0, 75.0], [f"25,0{NB}%", f"75,0{NB}%"]),
    ("samtal", [43.25, 5392.0], ["43,25", f"5{NB}392,00"]),
    ("samtal", [43.6, 5392.0], ["43,6", f"5{NB}392,0"]),
])
def test_underlag_keeps_the_decimals_written(driver, values, expected):
    kind = decision.value_kind(driver, values)
    result = [kind.text(v) for v in values]
    assert result == expected
