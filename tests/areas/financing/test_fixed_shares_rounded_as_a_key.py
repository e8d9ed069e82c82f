"""Fixed shares are a key: the figures use them rounded to `share_decimals` decimals of a
percent by largest remainder (43,65/56,35 % computes with 43,7/56,3 %). Page 80 stated the
shares as written and nothing else, so its sentence named shares the figures do not use.
It now adds the shares as used when rounding changes them."""

from __future__ import annotations

import pytest

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
