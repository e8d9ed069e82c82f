"""A change in percent has the sign of the change in tkr also where the kommun's cost under
the current model is negative (a surplus: income above cost): −911 tkr is "−x %", never
"+x %" (the tables say "positivt = kommunen betalar mer")."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas.financing import decision

NAN = np.nan


@pytest.mark.parametrize(("base", "change", "expected"), [
    (-200.0, 10.0, 0.05), (-200.0, -10.0, -0.05), (200.0, -10.0, -0.05), (-0.0, 10.0, NAN)])
def test_the_share_has_the_sign_of_the_change(base, change, expected):
    result = decision.relative_change(pd.Series([change]), pd.Series([base]))
    pd.testing.assert_series_equal(result, pd.Series([expected]))


def test_a_total_row_of_a_surplus_keeps_the_sign():
    # TEST rule: current A −100, B −300 (a surplus); chosen A −150, B −250.
    table = pd.DataFrame({"Kommun": ["A", "B"], "Nu": [-100.0, -300.0],
                          "Ny": [-150.0, -250.0]})
    table[decision.DIFFERENCE_TKR] = table["Ny"] - table["Nu"]
    table[decision.DIFFERENCE_SHARE] = decision.relative_change(
        table[decision.DIFFERENCE_TKR], table["Nu"])
    result = decision.total_row(table, "Kommun", "Summa")[decision.DIFFERENCE_SHARE]
    expected = pd.Series([-0.5, 50 / 300, 0.0], name=decision.DIFFERENCE_SHARE)
    pd.testing.assert_series_equal(result, expected)
