"""The memo's Antaganden stated typed fixed shares (43,65/56,35 %) while its figures use
them as a key, rounded to `share_decimals` (43,7/56,3 %): the shares behind the amounts
were not the ones stated. The line now adds the shares as used when rounding changes them."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Fasta med två decimaler"


def _assumptions(dataset, params_dir, spec: dict) -> dict[str, str]:
    """The memo's Antaganden lines of the model `spec`, saved to `params_dir`, for 2024-02."""
    store.save_model(spec, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    results = memo.memo_results(ctx, model)
    return dict(memo.assumption_lines(ctx, model, results, datetime(2026, 12, 4), "Test"))


@pytest.mark.parametrize(("andelar", "expected"), [
    ({"Herrljunga": 43.65, "Vårgårda": 56.35},
     "Herrljunga 43,65\u00a0% och Vårgårda 56,35\u00a0%, som fördelningsnyckel avrundade "
     "till Herrljunga 43,7\u00a0% och Vårgårda 56,3\u00a0%"),
    ({"Herrljunga": 40.0, "Vårgårda": 60.0}, "Herrljunga 40,0\u00a0% och Vårgårda 60,0\u00a0%"),
])
def test_the_memo_states_the_fixed_shares_its_figures_use(dataset, params_dir, andelar,
                                                          expected):
    lines = _assumptions(dataset, params_dir, {"name": NAME, "driver": "fast", "andelar": andelar})
    result = lines["Fasta andelar"]
    assert result == expected


@pytest.mark.parametrize(("varden", "expected"), [
    ({"Herrljunga": 43.65, "Vårgårda": 56.35},
     "Herrljunga 43,65\u00a0% och Vårgårda 56,35\u00a0%, som fördelningsnyckel avrundade "
     "till Herrljunga 43,7\u00a0% och Vårgårda 56,3\u00a0% (test)"),
    ({"Herrljunga": 43.6, "Vårgårda": 56.4},
     "Herrljunga 43,6\u00a0% och Vårgårda 56,4\u00a0% (test)"),
    ({"Herrljunga": 9510, "Vårgårda": 12176}, "Herrljunga 9\u00a0510 och Vårgårda 12\u00a0176 (test)"),
])
def test_the_memo_states_typed_befolkning_shares_as_used(dataset, params_dir, varden, expected):
    # typed befolkning shares are a key as well: 43,65/56,35 computes with 43,7/56,3 %
    lines = _assumptions(dataset, params_dir, {"name": NAME, "driver": "befolkning", "underlag": {
        "fordelningsnyckel": "befolkning", "kalla": "test", "ar": 2024, "varden": varden}})
    result = lines["Egna värden för befolkningsandel"]
    assert result == expected
