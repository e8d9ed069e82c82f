"""Page 80 and the Beslutsunderlag state what the rest after a grundavgift is split by. A
model whose pools have their own drivers was said to split the rest of every pool by the
model's default driver ("resten efter budgetandel" while Telefonväxel followed fixed
shares): the rule published wrongly. Each driver is named with its pools now."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.areas import financing as rules

H, V = "Herrljunga", "Vårgårda"


@pytest.mark.parametrize(("model", "expected"), [
    ({"name": "B", "driver": "budgetandel", "grundavgift_procent": 10,
      "pools": {"Telefonväxel": "fast"}, "andelar": {H: 33.3, V: 66.7}},
     "B: 10 % av varje kostnadspool fördelas lika (grundavgift), resten efter budgetandel "
     "(IT Gemensamt) och fasta andelar (Telefonväxel)."),
    ({"name": "G", "driver": "befolkning", "grundavgift_procent": 20,
      "pools": {"Telefonväxel": "lika"}},
     "G: 20 % av varje kostnadspool fördelas lika (grundavgift), resten efter "
     "befolkningsandel (IT Gemensamt) och lika delar (Telefonväxel)."),
    ({"name": "L", "driver": "befolkning", "grundavgift_procent": 20,
      "pools": {"IT Gemensamt": "lika", "Telefonväxel": "lika"}},
     "L: 20 % av varje kostnadspool fördelas lika (grundavgift), resten efter lika delar."),
    ({"name": "E", "driver": "befolkning", "grundavgift_procent": 20},
     "E: 20 % av varje kostnadspool fördelas lika (grundavgift), resten efter "
     "befolkningsandel."),
])
def test_the_rest_after_a_grundavgift_names_each_pools_driver(ctx_2024, model, expected):
    found = rules.compare(ctx_2024.dataset, ctx_2024.period,
                          rules.typed_models([rules.CURRENT_MODEL, model]))
    result = financing.driver_explanations(found)
    assert expected in result
