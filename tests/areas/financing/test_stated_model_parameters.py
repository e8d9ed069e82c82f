"""Page 80 states each model's grundavgift and fixed shares in words. They were rounded
(a grundavgift of 12,5 % read "13 % av varje kostnadspool", fixed shares of 43,65 % read
"43,7 %") while the figures were computed with what the params say: a wrong figure
published. They are stated with the decimals they were written with now (shares with at
least one, as before)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.areas import financing as rules

H, V = "Herrljunga", "Vårgårda"


@pytest.mark.parametrize(("model", "expected"), [
    ({"name": "G", "driver": "befolkning", "grundavgift_procent": 12.5},
     "G: 12,5 % av varje kostnadspool fördelas lika (grundavgift), resten efter "
     "befolkningsandel."),
    ({"name": "G", "driver": "befolkning", "grundavgift_procent": 0.25},
     "G: 0,25 % av varje kostnadspool fördelas lika (grundavgift), resten efter "
     "befolkningsandel."),
    ({"name": "F", "driver": "fast", "andelar": {H: 43.65, V: 56.35}},
     "Fasta andelar: andelar angivna i parametrarna (F: Herrljunga 43,65 % och "
     "Vårgårda 56,35 %, som fördelningsnyckel avrundade till Herrljunga 43,7\u00a0% och "
     "Vårgårda 56,3\u00a0%)."),   # the key's one decimal: what the figures use
])
def test_a_models_parameters_are_stated_as_written(ctx_2024, model, expected):
    found = rules.compare(ctx_2024.dataset, ctx_2024.period,
                          rules.typed_models([rules.CURRENT_MODEL, model]))
    result = financing.driver_explanations(found)
    assert expected in result
