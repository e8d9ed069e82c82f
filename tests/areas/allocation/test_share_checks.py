"""Allocation's checks that the key's and the budget's shares sum to 100 % fail when they
do not.
"""

from __future__ import annotations

import pytest

from itvt_lib.core.checks import FAIL, PASS


@pytest.mark.parametrize("column", ["KEY", "BUDGET_SHARE"])
def test_allocation_share_checks_fail_when_shares_do_not_sum_to_100(ctx_2024, monkeypatch,
                                                                    column):
    from itvt_lib.areas import allocation

    table = allocation.allocation_for(ctx_2024).copy()
    name = getattr(allocation, column)
    table.loc[table.index[0], name] += 0.002                        # 0,2 percentage points
    original = allocation.allocation_for
    monkeypatch.setattr(allocation.report, "allocation_for",
                        lambda ctx, *args: table if not args else original(ctx, *args))
    found = {c.description: c for c in allocation.checks(ctx_2024)}
    label = {"KEY": "Fördelningsnyckeln 2024", "BUDGET_SHARE": "Budgetandelarna 2024"}
    check = found[f"{label[column]} summerar till 100 %"]
    assert (check.expected, check.actual, check.status) == (100.0, 100.2, FAIL)
    other = found[f"{label['KEY' if column == 'BUDGET_SHARE' else 'BUDGET_SHARE']} "
                  "summerar till 100 %"]
    assert other.status == PASS
