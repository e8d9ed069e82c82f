"""Financing models' checks fail when a model's shares do not sum to 100 % or its costs per
kommun do not add up to the pool it distributes.
"""

from __future__ import annotations

from itvt_lib.core.checks import FAIL, PASS


def test_financing_checks_fail_when_shares_or_costs_do_not_add_up(ctx_2024):
    from dataclasses import replace

    from itvt_lib.areas import financing
    from itvt_lib.areas import financing as rules

    found = rules.results_for(ctx_2024)
    year, pool = 2024, found.inputs.pools[0]
    comparison = found.comparison.copy()
    first = comparison.index[(comparison["År"] == year)
                             & (comparison["Modell"] == found.models[0].name)][0]
    comparison.loc[first, f"Andel {pool}"] += 0.01                 # 1 percentage point
    nettokostnad = float(rules.report_year(found, year).groupby("Modell", sort=False)[
        "Kostnad"].sum().iloc[0])
    result = financing.model_checks(replace(found, comparison=comparison), year, "prognos",
                                    nettokostnad + 100, 1.0)
    status = {c.description: c.status for c in result}
    name = found.models[0].name
    assert status[f"{name}: andelarna för {pool} {year} summerar till 100 %"] == FAIL
    assert all(s == FAIL for d, s in status.items() if "kostnaden per kommun" in d)
    assert all(s == PASS for d, s in status.items()
               if "andelarna" in d and not d.startswith(f"{name}: andelarna för {pool}"))
    same = financing.model_checks(found, year, "prognos", nettokostnad, 1.0)
    assert {c.status for c in same} == {PASS}
