"""A model like the current one shows no difference in a closed year, also where the cost
of record differs from the current model's cost by the rule (share_decimals 2 or 0 against
a record billed at 43,9 %): a copy of "Nuvarande modell" showed 2023 Herrljunga −13 tkr
(share_decimals 2) or +26 tkr (0) in Historik, its Kumulativ skillnad and the memo, as if
the model changed what the members pay. Another model's cost is the record plus its own
difference by the rule from the current model (`beside_the_record`)."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from itvt_lib.areas import financing

NAN = float("nan")


def year(record) -> financing.YearCost:
    """TEST data: a closed year of two members with pools 100 and no budget."""
    record = None if record is None else np.asarray(record, dtype=float)
    return financing.YearCost(2023, "utfall", {"IT": 100.0}, np.zeros(2),
                              np.array([NAN, NAN]), record, np.array([NAN, NAN]))


@pytest.mark.parametrize(("cost", "by_rule", "record", "expected"), [
    ([50.0, 50.0], [43.85, 56.15], [43.0, 57.0], [49.15, 50.85]),  # record's rounding kept
    ([43.85, 56.15], [43.85, 56.15], [43.0, 57.0], [43.0, 57.0]),  # like current: the record
    ([50.0, 50.0], [43.8, 56.2], [44.0, 56.0], [50.0, 50.0]),      # record = rule as shown
    ([50.0, 50.0], [NAN, NAN], [44.0, 56.0], [50.0, 50.0]),        # no key that year
    ([50.0, 50.0], [43.85, 56.15], None, [50.0, 50.0]),            # an open year
])
def test_a_models_cost_beside_the_record(cost, by_rule, record, expected):
    from itvt_lib.areas.financing.rules import beside_the_record

    result = beside_the_record(np.array(cost), np.array(by_rule), year(record))
    assert_allclose(result, np.array(expected))


@pytest.mark.parametrize("decimals", [0, 1, 2, 3])
def test_a_copy_of_the_current_model_differs_by_nothing_in_any_year(ctx_2024, decimals):
    models = financing.typed_models([{"name": "Nuvarande modell", "driver": "befolkning"},
                                     {"name": "Kopia", "driver": "befolkning"}])
    found = financing.compare(ctx_2024.dataset, ctx_2024.period, models, decimals=decimals)
    rows = found.comparison
    copy = rows[rows["Modell"] == "Kopia"].reset_index(drop=True)
    current = rows[rows["Modell"] == "Nuvarande modell"].reset_index(drop=True)
    known = copy["Kostnad"].notna()
    result = copy.loc[known, ["År", "Kommun", "Kostnad", "Avvikelse"]]
    expected = current.loc[known, ["År", "Kommun", "Kostnad", "Avvikelse"]]
    assert (copy.loc[known, "Skillnad mot nuvarande modell"] == 0).all()
    assert result.equals(expected)
    assert 2023 in set(result["År"])
