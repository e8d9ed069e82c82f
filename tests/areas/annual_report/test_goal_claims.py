"""A claim that every goal is met, against the verdict per goal: marked on page 08 with a
footnote, a warning on the checks page.

Source: annual report 2023, Måluppfyllelse ("Målen har i alla hänseenden uppfyllts med
förväntat resultat."; Digitaliseringsstrategi: "Målet är uppfyllt, men inte antagen.").
Goals "X" and "Y" are test data.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import annual_report
from itvt_lib.core.checks import PASS, WARN, contradictions_of

NONE = None


def goals(statuses: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"mal": ["X", "Y"][:len(statuses)], "status": statuses,
                         "bedomning": ["verdict"] * len(statuses)})


@pytest.mark.parametrize(("claims", "statuses", "expected"), [
    (["alla_mal_uppfyllda"], ["uppfyllt", "uppfyllt_med_forbehall"], ["Y"]),
    (["alla_mal_uppfyllda"], ["ej_uppfyllt", "uppfyllt"], ["X"]),
    (["alla_mal_uppfyllda"], ["uppfyllt", "ej_bedomt"], []),   # no verdict: no contradiction
    ([NONE], ["uppfyllt", "ej_uppfyllt"], []),                  # nothing claimed
])
def test_a_goal_not_met_in_full_contradicts_the_claim_all_goals_met(claims, statuses,
                                                                     expected):
    result = annual_report.claim_contradictions(pd.Series(claims, dtype=object),
                                                goals(statuses))
    assert result["mal"].tolist() == expected


def test_2023_claim_is_marked_and_the_footnote_names_the_strategy(ctx_2023):
    texts, notes = annual_report.marked_section_text(ctx_2023, "mal")
    assert texts[-1].endswith("Målen har i alla hänseenden uppfyllts med förväntat resultat. 1)")
    assert notes == ["1) Texten återges som den trycktes. Den säger att alla mål är uppfyllda, "
                     "men målet Digitaliseringsstrategi är bedömt som uppfyllt med förbehåll "
                     "(\u201dMålet är uppfyllt, men inte antagen.\u201d)."]


def test_2023_claim_is_a_warning_on_the_checks_page(ctx_2023):
    result = [(c.expected, c.actual, c.status) for c in annual_report.checks(ctx_2023)
              if c.area == contradictions_of(annual_report.AREA)]
    assert result == [(0.0, 1.0, WARN)]


def test_claim_that_holds_passes(ctx_2023):
    from conftest import with_tables

    table = ctx_2023.dataset["arsrapport_mal"].assign(status="uppfyllt")
    ctx = with_tables(ctx_2023, arsrapport_mal=table)
    result = [(c.actual, c.status) for c in annual_report.checks(ctx)
              if c.area == contradictions_of(annual_report.AREA)]
    assert result == [(0.0, PASS)]
    texts, notes = annual_report.marked_section_text(ctx, "mal")
    assert notes == [] and not texts[-1].endswith("1)")
