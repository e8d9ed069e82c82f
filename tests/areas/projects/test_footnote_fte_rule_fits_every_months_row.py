"""Page 03's footnote states the årsarbetare rule so that it fits every row the page shows:
with several exports in the year, the accumulated table gives each month's årsarbetare
over its own months (February 147 h: 147 / (2 080 × 2 / 12) = 0,4), while the footnote
said only "× 3 / 12" in a March report, which gives 0,3 for that row.

TEST data: a January export (1240 Förrätt 100 h) beside February's of record.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import projects

NB = "\u00a0"


@pytest.fixture
def ctx_two_exports(ctx_2024):
    exports = ctx_2024.dataset[projects.EXPORTS]
    february = exports[exports["period"] == "2024-02"]
    january = february.head(1).assign(period="2024-01", timmar=100.0, belopp_kr=39700.0)
    return with_tables(ctx_2024, **{projects.EXPORTS: pd.concat([exports, january],
                                                                 ignore_index=True)})


def test_footnote_states_each_months_own_divisor(ctx_two_exports):
    result = projects.footnote_text(ctx_two_exports)
    expected = (f"Årsarbetare = timmar / (2{NB}080 timmar × 2 / 12), för en tidigare månad i "
                "tabellen över ackumulerade timmar × månadens nummer / 12.")
    assert expected in result


def test_footnote_with_one_export_states_the_periods_divisor_only(ctx_2024):
    result = projects.footnote_text(ctx_2024)
    assert f"Årsarbetare = timmar / (2{NB}080 timmar × 2 / 12). Timpris" in result
