"""Hostile investment rows (areas/investments.py): a project's tillägg row with an empty
belopp (not yet known; "-" is 0) was shown as a tillägg of 0 and summed as 0 against the
printed total, beside a budget (ursprunglig + tillägg) that is missing. The tillägg stays
missing now; a project without a tillägg row still has 0."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import investments
from itvt_lib.core.periods import Period


@pytest.mark.parametrize(("tillagg", "expected"), [
    ([400.0], (400.0, 900.0)),
    ([np.nan], (np.nan, np.nan)),
    ([], (0.0, 500.0)),
], ids=["tillagg", "tillagg-empty", "no-tillagg-row"])
def test_project_tillagg_and_budget(tillagg, expected):
    frame = pd.DataFrame({"year": 2023, "period": None,
                          "measure": ["ursprunglig_budget", *["tillagg"] * len(tillagg)],
                          "kommun": "Herrljunga", "projekt": "WiFi",
                          "belopp": [500.0, *tillagg]})
    lines = investments.project_lines(frame, Period(2023, 12))
    result = tuple(lines.loc[("Herrljunga", "WiFi"), ["tillagg", "budget"]])
    np.testing.assert_allclose(result, expected)
