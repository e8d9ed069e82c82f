"""The memo's sources described a model's typed befolkning shares or kommunbidrag as
"Egen: angivna värden: antal per kommun året före budgetåret", a count of the year before
(what a data driver like samtal is), not what the values are: they are now "Egen: angivna
värden för befolkningsandel" (the driver they stand for)."""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Egen"


@pytest.mark.parametrize(("driver", "varden", "expected"), [
    ("befolkning", {"Herrljunga": 43.6, "Vårgårda": 56.4},
     "Modellen Egen: angivna värden för befolkningsandel."),
    ("budgetandel", {"Herrljunga": 9000, "Vårgårda": 10000},
     "Modellen Egen: angivna värden för budgetandel."),
    ("samtal", {"Herrljunga": 4000, "Vårgårda": 5000},
     "Modellen Egen: angivna värden för samtal till växeln."),
])
def test_typed_values_are_explained_as_their_driver(dataset, params_dir, driver, varden,
                                                   expected):
    store.save_model({"name": NAME, "driver": driver,
                      "underlag": {"fordelningsnyckel": driver, "kalla": "test", "ar": 2023,
                                   "varden": varden}}, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    page = memo.memo_html(ctx, memo.chosen_model(ctx, NAME), datetime(2026, 12, 4), "Test")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    result = re.findall(r"Modellen Egen: angivna värden[^.]*\.", text)
    assert result == [expected]


def test_the_grundavgift_rest_names_the_driver_typed_values_stand_for(dataset, params_dir):
    store.save_model({"name": NAME, "driver": "befolkning", "grundavgift_procent": 30,
                      "underlag": {"fordelningsnyckel": "befolkning", "kalla": "test",
                                   "ar": 2023, "varden": {"Herrljunga": 45, "Vårgårda": 55}}},
                     params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    page = memo.memo_html(ctx, memo.chosen_model(ctx, NAME), datetime(2026, 12, 4), "Test")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    result = re.findall(r"Egen: 30 % av varje[^.]*\.", text)
    assert result == ["Egen: 30 % av varje kostnadspool fördelas lika (grundavgift), resten "
                      "efter befolkningsandel."]
