"""Ledger area: typed utfall against the ledger's, and the SIE files' #PBUDGET against the
adopted budget when the files carry no postings yet.

Adopted budgets 2024 come from the committee's papers (monthly report per 2024-02-29:
Personalkostnader 14 929 tkr, Övriga kostnader 16 356 tkr); ledger rows and #PBUDGET
amounts are TEST data written here. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import ledger
from itvt_lib.core.checks import PASS, WARN, Check
from itvt_lib.core.ledger import BUDGET, MAPPED
from itvt_lib.core.periods import Period


def test_a_typed_utfall_the_ledger_has_no_amount_for_is_compared_with_zero():
    # the ledger has February 2024 but books nothing on Kapitalkostnader: its year to date
    # there is 0, so the typed 120 tkr stands against 0 (not against any other figure)
    monthly = pd.DataFrame({"year": [2024, 2024], "month": [1, 2],
                            "kontogrupp": ["Personalkostnader", "Personalkostnader"],
                            "belopp": [1200.0, 1250.0]})
    typed = pd.DataFrame({"year": [2024, 2024], "period": ["2024-02", "2024-02"],
                          "measure": ["utfall", "utfall"],
                          "kontogrupp": ["Personalkostnader", "Kapitalkostnader"],
                          "belopp": [2450.0, 120.0]})
    result = ledger.typed_vs_ledger(typed, monthly, ["Personalkostnader", "Kapitalkostnader"],
                                    "kontogrupp", Period(2024, 2))
    expected = pd.DataFrame({"year": [2024, 2024], "period": ["2024-02", "2024-02"],
                             "kontogrupp": ["Personalkostnader", "Kapitalkostnader"],
                             "typed": [2450.0, 120.0], "ledger": [2450.0, 0.0]})
    pd.testing.assert_frame_equal(result, expected)


def _pbudget(amounts: dict[str, float]) -> pd.DataFrame:
    """TEST #PBUDGET rows of 2024 (tkr, report sign), one per kontogrupp."""
    n = len(amounts)
    return pd.DataFrame({"year": [2024] * n, "month": [0] * n, "konto": [5011, 4010][:n],
                         "ansvar": ["9100"] * n,
                         "ore": [round(v * 100_000) for v in amounts.values()],
                         "fil": ["budget-2024.se"] * n, "kontogrupp": list(amounts),
                         "typ": ["kostnad"] * n, "kostnadsstalle": ["IT Gemensamt"] * n,
                         "belopp": list(amounts.values())})


def test_pbudget_without_postings_is_checked_within_the_reports_tolerance(ctx_2024):
    # an SIE file with #PBUDGET but no #TRANS yet: the budget comparison still runs, and a
    # difference within the report's tolerance (1 tkr) is an avrundningsdifferens
    empty = ctx_2024.dataset.tables[MAPPED].iloc[0:0]
    ctx = with_tables(ctx_2024, **{MAPPED: empty,
                                   BUDGET: _pbudget({"Personalkostnader": 14929.6,
                                                     "Övriga kostnader": 16359.0})})
    result = ledger.checks(ctx)
    what = "Budget 2024 {}: SIE-filens #PBUDGET mot antagen budget"
    expected = [
        Check("Huvudbok", what.format("Personalkostnader"), 14929.0, 14929.6, 1.0, PASS,
              "avrundningsdifferens; rapporten visar den antagna budgeten"),
        Check("Huvudbok", what.format("Övriga kostnader"), 16356.0, 16359.0, 1.0, WARN,
              "rapporten visar den antagna budgeten"),
    ]
    assert ctx.tolerance == pytest.approx(1.0)
    assert result == expected
