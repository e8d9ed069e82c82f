"""TEST data shared by the financing rule tests: members A, B, C (not in the papers), the
inputs3() inputs and the one-line message pattern. Fast: no notebook, no CLI."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from itvt_lib.areas import financing as rules

NAN = float("nan")


THREE = ("A", "B", "C")


def exact(message: str) -> str:
    """A `match` pattern for exactly this one-line message."""
    return f"^{re.escape(message)}$"


def inputs3() -> rules.Inputs:
    """TEST data: members A, B, C; pools IT 600 and Växel 90, C has own costs 10; budgets
    100/200/300 in 2024; the 2024 budget raised next year: Personalkostnader 400 and
    Övriga kostnader 300 (= 600 + 90 + 10). Drivers by data year:
    befolkning 2024 25/25/50; anvandare 2022 1/1/2, 2023 100/300/600, 2025 5/5/5;
    andel 2023 0,25/0,25/0,5 (sums to 1); noll 2023 all 0; hal 2022 1/1/1, 2023 a gap;
    framtid only 2026."""
    year = rules.YearCost(2024, "prognos 2024-02", {"IT": 600.0, "Växel": 90.0},
                          np.array([0.0, 0.0, 10.0]), np.array([100.0, 200.0, 300.0]))
    weights = {"befolkning": {2024: np.array([25.0, 25.0, 50.0])},
               "budgetandel": {2024: np.array([100.0, 200.0, 300.0])},
               "anvandare": {2022: np.array([1.0, 1.0, 2.0]),
                             2023: np.array([100.0, 300.0, 600.0]),
                             2025: np.array([5.0, 5.0, 5.0])},
               "andel": {2023: np.array([0.25, 0.25, 0.5])},
               "noll": {2023: np.zeros(3)},
               "hal": {2022: np.ones(3), 2023: np.array([NAN, 1.0, 1.0])},
               "framtid": {2026: np.ones(3)}}
    base = rules.BudgetBase(2024, pd.Series([400.0, 300.0],
                                            index=["Personalkostnader", "Övriga kostnader"]),
                            {"IT": 600.0, "Växel": 90.0}, np.array([0.0, 0.0, 10.0]))
    return rules.Inputs(THREE, ("IT", "Växel"), (year,), weights, {}, base)


def model(spec: dict) -> rules.Model:
    return rules.model_specs(rules.typed_models([spec]), inputs3())[0]
