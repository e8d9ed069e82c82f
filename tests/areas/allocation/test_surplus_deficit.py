"""The result fund (resultatfond): IB, the year's result and UB per kommun, the decision
and the assumption an opening balance rests on, from the committee's papers
(data/resultatfond.csv: 2022 written off, decided; 2023 a write-off proposed).
"""

from __future__ import annotations

import pandas as pd
import pytest


@pytest.mark.parametrize(("decision", "status", "expected"), [
    ("avskrivning", "forslag", "Avskrivning (förslag)"),
    ("overforing", "beslutat", "Överföring"),
    ("annat", "beslutat", "annat"),          # an unknown decision is shown as written
    (None, "forslag", "–"),
])
def test_fund_decision_text(decision, status, expected):
    from itvt_lib.areas.allocation import fund

    assert fund.decision_text(decision, status) == expected


@pytest.mark.parametrize(("decision", "status", "expected"), [
    ("avskrivning", "forslag", "förutsatt beslut om avskrivning"),
    ("overforing", "forslag", "förutsatt beslut om överföring"),
    ("annat", "forslag", "förutsatt beslut om annat"),   # an unknown decision as written
    ("avskrivning", "beslutat", ""),                    # decided: nothing is assumed
    (None, "beslutat", ""),
    (None, "forslag", ""),
])
def test_fund_assumption_text(decision, status, expected):
    from itvt_lib.areas.allocation import fund

    assert fund.assumption_text(decision, status) == expected


def _fund_and_kommuner(ctx):
    from itvt_lib.core.reference import kommun_names

    return ctx.dataset["resultatfond"], kommun_names(ctx.dataset["kommuner"])


def _results(year: int, kommuner: list[str], values: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"year": year, "kommun": kommuner, "resultat": values})


# ---------------------------------------------------------------- fund: IB, UB and assumptions


def test_fund_surplus_deficit_from_the_papers(ctx_2023):
    """data/resultatfond.csv: 2022 written off (decided), 2023 no IB given and a write-off
    proposed. Rule: IB 2023 = 0 after the decided write-off, nothing assumed; UB = IB +
    resultat; IB 2024 = 0 resting on the proposed write-off."""
    from itvt_lib.areas.allocation import fund

    given, kommuner = _fund_and_kommuner(ctx_2023)
    results = _results(2023, kommuner, [878.0, -1097.0])
    result = fund.surplus_deficit(given, results, kommuner, 2023)
    expected = pd.DataFrame({
        "IB": [0.0, 0.0], "Årets resultat": [878.0, -1097.0], "UB": [878.0, -1097.0],
        "Beslut": ["avskrivning", "avskrivning"], "Status": ["forslag", "forslag"],
        "IB nästa år": [0.0, 0.0], "IB förutsätter": ["", ""],
        "IB nästa år förutsätter": ["förutsatt beslut om avskrivning"] * 2}, index=kommuner)
    pd.testing.assert_frame_equal(result, expected, check_dtype=False,
                                  check_index_type=False, check_names=False)
    nxt = fund.surplus_deficit(given, results, kommuner, 2024)
    assert nxt["IB"].tolist() == [0.0, 0.0]
    assert nxt["IB förutsätter"].tolist() == ["förutsatt beslut om avskrivning"] * 2


@pytest.mark.parametrize(("ib_2024", "expected"), [
    (None, ["förutsatt beslut om avskrivning"] * 2),   # derived from the proposal
    (0.0, ["", ""]),                                    # given: it rests on nothing
])
def test_fund_assumption_only_for_a_derived_ib(ctx_2023, ib_2024, expected):
    from itvt_lib.areas.allocation import fund

    given, kommuner = _fund_and_kommuner(ctx_2023)
    extra = pd.DataFrame({"year": 2024, "kommun": kommuner, "ib": ib_2024, "beslut": None,
                          "status": None, "source": "test"})
    fund_rows = pd.concat([given, extra], ignore_index=True)
    results = _results(2024, kommuner, [1.0, 2.0])
    result = fund.surplus_deficit(fund_rows, results, kommuner, 2024)
    assert result["IB förutsätter"].tolist() == expected


def test_fund_derived_opening_balance(ctx_2023):
    """Rule: no earlier year in the data → NaN for every kommun (float, indexed by kommun);
    after the 2023 write-off → 0."""
    from itvt_lib.areas.allocation import fund

    given, kommuner = _fund_and_kommuner(ctx_2023)
    results = _results(2023, kommuner, [878.0, -1097.0])
    result = fund.derived_opening_balance(given, results, kommuner, 2022)
    pd.testing.assert_series_equal(result, pd.Series(float("nan"), index=kommuner))
    result = fund.derived_opening_balance(given, results, kommuner, 2024)
    pd.testing.assert_series_equal(result, pd.Series([0.0, 0.0], index=kommuner),
                                   check_names=False)
