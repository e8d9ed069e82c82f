"""Fixed shares are a key: the figures use them rounded to `share_decimals` decimals of a
percent by largest remainder (43,65/56,35 % computes with 43,7/56,3 %). Page 80 stated the
shares as written and nothing else, so its sentence named shares the figures do not use.
It now adds the shares as used when rounding changes them."""

from __future__ import annotations

import pytest
from financing_test_data import inputs3

from itvt_lib.areas import financing

H, V = "Herrljunga", "Vårgårda"


@pytest.mark.parametrize(("andelar", "decimals", "expected"), [
    ([43.65, 56.35], 1, ", som fördelningsnyckel avrundade till Herrljunga 43,7\u00a0% och "
                        "Vårgårda 56,3\u00a0%"),
    ([50.4, 49.6], 0, ", som fördelningsnyckel avrundade till Herrljunga 50\u00a0% och "
                      "Vårgårda 50\u00a0%"),
    ([43.6, 56.4], 1, ""),
    ([43.65, 56.35], 2, ""),
    ([0, 100], 1, ""),
])
def test_the_shares_as_used_when_rounding_changes_them(andelar, decimals, expected):
    result = financing.andelar_as_used([H, V], andelar, decimals)
    assert result == expected


def test_page_80_states_the_fixed_shares_the_figures_use(ctx_2024):
    model = {"name": "F", "driver": "fast", "andelar": {H: 43.65, V: 56.35}}
    found = financing.compare(ctx_2024.dataset, ctx_2024.period,
                              financing.typed_models([financing.CURRENT_MODEL, model]))
    used = found.comparison.query("Modell == 'F' and År == 2024").set_index("Kommun")["Andel IT Gemensamt"]
    assert used[H] == pytest.approx(0.437)
    result = financing.driver_explanations(found)
    expected = ("Fasta andelar: andelar angivna i parametrarna (F: Herrljunga 43,65 % och "
                "Vårgårda 56,35 %, som fördelningsnyckel avrundade till Herrljunga "
                "43,7\u00a0% och Vårgårda 56,3\u00a0%).")
    assert expected in result


@pytest.mark.parametrize(("kommuner", "decimals", "expected"), [
    ([H, V, "Alingsås"], 1, ", som fördelningsnyckel avrundade till Herrljunga 33,4\u00a0%, "
                            "Vårgårda 33,3\u00a0% och Alingsås 33,3\u00a0%"),
    ([H, V, "Alingsås"], 0, ", som fördelningsnyckel avrundade till Herrljunga 34\u00a0%, "
                            "Vårgårda 33\u00a0% och Alingsås 33\u00a0%"),
    ([H, V], 0, ""),
])
def test_equal_shares_that_a_key_cannot_hold_are_stated_as_used(kommuner, decimals, expected):
    # three members: lika delar are 33,4/33,3/33,3 % in the figures, not "samma andel"
    result = financing.andelar_as_used(kommuner, [1.0] * len(kommuner), decimals)
    assert result == expected


def test_page_80_states_lika_delar_of_three_members_as_used(ctx_2024):
    # TEST data: members A, B, C (financing_test_data.inputs3), pools IT 600 and Växel 90
    found = financing.compare(ctx_2024.dataset, ctx_2024.period, financing.typed_models(
        [financing.CURRENT_MODEL, {"name": "L", "driver": "lika"}]), inputs=inputs3())
    result = financing.driver_explanations(found)
    expected = ("Lika delar: samma andel för varje medlem, som fördelningsnyckel avrundade "
                "till A 33,4\u00a0%, B 33,3\u00a0% och C 33,3\u00a0%.")
    assert expected in result
