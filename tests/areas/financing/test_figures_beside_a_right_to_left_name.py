"""A model named in Hebrew or Arabic letters carried the figures beside it along: page 80's
and the Beslutsunderlag's "מודל: 12,5 % av varje kostnadspool" showed as "12,5 :מודל % av
varje kostnadspool" in a browser and in the PDF, the grundavgift away from its "%". Inside
a sentence such a name stands between FSI and PDI (U+2068, U+2069) now; other names as
they are."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.core.formatting import isolated
from itvt_lib.publishing import memo

H, V = "Herrljunga", "Vårgårda"
FSI, PDI = "\u2068", "\u2069"


@pytest.mark.parametrize(("name", "expected"), [
    ("מודל ב", f"{FSI}מודל ב{PDI}"), ("بديل 2", f"{FSI}بديل 2{PDI}"),
    ("Förslag ”B” & co", "Förslag ”B” & co"), ("١٢٣", "١٢٣"), ("Modell 3", "Modell 3")])
def test_a_name_with_right_to_left_letters_is_isolated(name, expected):
    result = isolated(name)
    assert result == expected


@pytest.mark.parametrize("name", ["מודל ב", "بديل"])
def test_the_grundavgift_sentence_keeps_its_figure_beside_its_percent(ctx_2024, name):
    model = {"name": name, "driver": "fast", "grundavgift_procent": 12.5,
             "andelar": {H: 43.6, V: 56.4}}
    found = rules.compare(ctx_2024.dataset, ctx_2024.period,
                          rules.typed_models([rules.CURRENT_MODEL, model]))
    result = rules.driver_explanations(found)
    assert f"{FSI}{name}{PDI}: 12,5 % av varje kostnadspool fördelas lika (grundavgift), " \
        "resten efter fasta andelar." in result
    assert f"Fasta andelar: andelar angivna i parametrarna ({FSI}{name}{PDI}: " \
        f"{H} 43,6 % och {V} 56,4 %)." in result


def test_the_memo_keeps_the_years_beside_a_right_to_left_name(ctx_2024):
    model = rules.typed_models([{"name": "מודל", "driver": "befolkning",
                                 "pools": {"Telefonväxel": "samtal"}}], source="test")[0]
    page = memo.memo_html(ctx_2024, model, datetime(2026, 12, 4, 12, 0), "Test")
    assert f"Uppgift saknas för {FSI}מודל{PDI} 2023: underlaget" in page
    assert "Uppgift saknas för מודל 2023" not in page
