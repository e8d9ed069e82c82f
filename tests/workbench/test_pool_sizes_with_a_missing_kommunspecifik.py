"""Kostnadspooler: the kommunspecifika total is missing ("uppgift saknas") when one
kommun's kommunspecifika cost is, never summed as if it were 0."""

from __future__ import annotations

import numpy as np
import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.workbench import decision

NAN = float("nan")


def _results(specific) -> rules.Results:
    year = rules.YearCost(2024, "prognos 2024-02", {"IT": 600.0, "Växel": 90.0},
                          np.array(specific), np.array([100.0, 200.0]))
    inputs = rules.Inputs(("A", "B"), ("IT", "Växel"), (year,), {}, {})
    return rules.Results(inputs, [], None, None, None, 1)


@pytest.mark.parametrize(("specific", "expected"), [
    ([4.0, 6.0], 10.0),
    ([0.0, NAN], NAN),
    ([NAN, NAN], NAN),
])
def test_the_kommunspecifika_total(specific, expected):
    table = decision.pool_sizes(_results(specific), 2024)
    result = table.set_index("Kostnadspool").loc["Kommunspecifika kostnader",
                                                 "Belopp 2024 (tkr)"]
    np.testing.assert_equal(result, expected)
