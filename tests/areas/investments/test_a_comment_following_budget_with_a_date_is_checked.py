"""The warning for "Prognos enligt budget." beside an avvikelse read any digit but a year
as an amount, so the same words with the report's date or quarter ("Prognos enligt budget
per 2024-02-29.", "Prognos enligt budget, Q1 2024.") passed beside +400 tkr with no word.
A date, period or quarter is now no amount; a real amount still is."""

from __future__ import annotations

import pytest

from itvt_lib.areas.investment_notes import states_budget_followed


@pytest.mark.parametrize(("comment", "expected"), [
    ("Prognos enligt budget per 2024-02-29.", True),
    ("Prognos enligt budget, Q1 2024.", True),
    ("Prognos enligt budget för perioden 2024-02.", True),
    ("Investeringarna följer budget under T1 2024.", True),
    ("Prognos enligt budget för helåret 2024.", True),
    # must not: an amount or a count is named
    ("Prognos enligt budget per 2024-02-29, Reinvestering IT 400 tkr lägre.", False),
    ("Prognos enligt budget för 3 av 4 projekt.", False),
])
def test_a_date_or_quarter_is_no_amount(comment, expected):
    result = states_budget_followed(comment)
    assert result == expected
