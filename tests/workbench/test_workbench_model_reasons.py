"""Every reason the financing area gives for a bad model reaches the workbench as its one
Swedish line: typed into the form (open_workbench), or as a raw model the form cannot
type (financing.typed_models, translated by results.swedish)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing
from itvt_lib.workbench import open_workbench, results

PERIOD = "2024-02"
IT, VAXEL = "IT Gemensamt", "Telefonväxel"


@pytest.mark.parametrize(("pool", "driver", "boxes", "expected"), [
    # grundavgift_range
    (None, None, {"grundavgift": "120"}, "Grundavgiften ska vara mellan 0 och 100 %."),
    (None, None, {"grundavgift": "−0,5"}, "Grundavgiften ska vara mellan 0 och 100 %."),
    # name_missing (only spaces); a name of a params model is taken
    (None, None, {"name": " "}, "Ange ett namn på den egna modellen."),
    (None, None, {"name": "Budgetandel"},
     "Namnet ”Budgetandel” används redan av en modell i params; välj ett annat."),
    # negative: a typed driver value and a fixed share
    (VAXEL, "samtal", {"Herrljunga": "−5"},
     "Värdet för Herrljunga får inte vara negativt (−5)."),
    (IT, "fast", {"Herrljunga": "−10", "Vårgårda": "110"},
     "Värdet för Herrljunga får inte vara negativt (−10)."),
    # missing_value of a kommun: a typed driver value and a fixed share left empty
    (VAXEL, "samtal", {"Vårgårda": ""}, "Ange ett värde för Vårgårda."),
    (IT, "fast", {"Vårgårda": ""}, "Ange ett värde för Vårgårda."),
    # share_sum
    (IT, "fast", {"Herrljunga": "40", "Vårgårda": "50"},
     "De fasta andelarna summerar till 90,0 %, inte 100 %."),
    # share_sum just outside the tolerance: the total as typed, never rounded onto it
    (IT, "fast", {"Herrljunga": "40", "Vårgårda": "60,14"},
     "De fasta andelarna summerar till 100,14 %, inte 100 %."),
    # zero_sum: typed driver values that are all zero (it read "financing_models[6]...")
    (IT, "samtal", {"Herrljunga": "0", "Vårgårda": "0"},
     "Värdena per kommun summerar till noll."),
    # a name on two lines (pasted) is no missing name
    (None, None, {"name": "\u200b"}, "Ange ett namn på den egna modellen."),
    (None, None, {"name": "Egen\nmodell"},
     "Namnet innehåller en radbrytning eller tabb; skriv det på en rad."),
])
def test_a_bad_typed_value_is_its_swedish_line(params, tmp_path, pool, driver, boxes,
                                               expected):
    bench = open_workbench(PERIOD, params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    if pool is not None:
        bench.pool_drivers[pool].value = driver
    for box, typed in boxes.items():
        if box == "grundavgift":
            bench.grundavgift.value = typed
        elif box == "name":
            bench.name.value = typed
        else:
            bench.value_boxes[box].value = typed
    result = bench.message.value
    assert bench.outcome is None
    assert result.count("<p") == 1 and f">{expected}</p>" in result


OWN = {"name": "Egen", "driver": "lika"}


@pytest.mark.parametrize(("raw", "reason", "expected"), [
    ([], "no_models",
     "Ogiltigt värde: formuläret: financing_models: ska vara en lista med minst en modell"),
    ([OWN, "Lika"], "not_a_model",
     'Ogiltigt värde: formuläret: financing_models[2]: ska vara en mappning med "name" och '
     '"driver"'),
    ([{**OWN, "pools": ["IT Gemensamt"]}], "not_a_model",
     "Ogiltigt värde: formuläret: financing_models[1].pools: ska vara en mappning pool: "
     "driver"),
    ([{**OWN, "farg": "blå"}], "unknown_key",
     "Ogiltigt värde: formuläret: financing_models[1].farg: okänd nyckel (kända: name, "
     "driver, pools, grundavgift_procent, andelar)"),
    ([{"driver": "lika"}], "name_missing", "Ange ett namn på den egna modellen."),
    ([{**OWN, "name": 5}], "name_missing", "Ange ett namn på den egna modellen."),
    ([OWN, OWN], "name_twice",
     "Namnet ”Egen” används redan av en modell i params; välj ett annat."),
    ([{**OWN, "grundavgift_procent": None}], "not_a_number",
     "Grundavgiften ska vara mellan 0 och 100 %."),
    ([{**OWN, "grundavgift_procent": "tio"}], "not_a_number",
     "Grundavgiften ska vara mellan 0 och 100 %."),
    ([{**OWN, "grundavgift_procent": 100.5}], "grundavgift_range",
     "Grundavgiften ska vara mellan 0 och 100 %."),
    ([{**OWN, "driver": "fast", "andelar": {"Herrljunga": "tio", "Vårgårda": 90}}],
     "not_a_number", "Ange ett värde för Herrljunga."),
    ([{**OWN, "driver": "fast", "andelar": {"Herrljunga": 40, "Vårgårda": None}}],
     "missing_value", "Ange ett värde för Vårgårda."),
    ([{**OWN, "driver": "fast", "andelar": {"Herrljunga": -1.5, "Vårgårda": 101.5}}],
     "negative", "Värdet för Herrljunga får inte vara negativt (−1,5)."),
    ([{**OWN, "underlag": {"fordelningsnyckel": "samtal", "kalla": "angivet", "ar": 2023,
                           "varden": {"Herrljunga": -5, "Vårgårda": 1}}}],
     "negative", "Värdet för Herrljunga får inte vara negativt (−5)."),
])
def test_a_bad_raw_model_is_its_swedish_line(raw, reason, expected):
    with pytest.raises(financing.ModelError) as caught:
        financing.typed_models(raw, source="formuläret")
    result = (caught.value.reason, results.swedish(caught.value))
    assert result == (reason, expected)
