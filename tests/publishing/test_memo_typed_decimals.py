"""The memo's Antaganden state a saved model's typed figures with the decimals they were
typed with. They were all shown with one decimal, so a grundavgift of 12,25 % read
"12,3 %" and an uppräkning of 0,04 % read "0,0 %" while the figures were computed with
what was typed. Whole numbers keep one decimal ("3,0 %"), as before. A typed driver value
of zero reads "0", as the form and the export show it (not the tables' "–" in a sentence:
"Herrljunga – och Vårgårda 5 392")."""

from __future__ import annotations

from datetime import datetime

import pytest

from itvt_lib.areas import open_report
from itvt_lib.publishing import memo
from itvt_lib.workbench import store

NAME = "Typade decimaler"


def _lines(dataset, params_dir, spec: dict) -> dict[str, str]:
    store.save_model({"name": NAME, "driver": "befolkning", **spec}, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    model = memo.chosen_model(ctx, NAME)
    results = memo.memo_results(ctx, model)
    return dict(memo.assumption_lines(ctx, model, results, datetime(2026, 12, 3), "Test"))


@pytest.mark.parametrize(("spec", "what", "expected"), [
    ({"grundavgift_procent": 12.25}, "Grundavgift", "12,25\u00a0%"),
    ({"grundavgift_procent": 30}, "Grundavgift", "30,0\u00a0%"),
    ({"pools": {"IT Gemensamt": "fast"}, "andelar": {"Herrljunga": 43.65, "Vårgårda": 56.35}},
     "Fasta andelar", "Herrljunga 43,65\u00a0% och Vårgårda 56,35\u00a0%, som "
     "fördelningsnyckel avrundade till Herrljunga 43,7\u00a0% och Vårgårda 56,3\u00a0%"),
    ({"upprakning_procent": {"default": 0.0, "kontogrupper": {"Personalkostnader": 0.04}}},
     "Uppräkning 2025: Personalkostnader", "0,04\u00a0% (sparad med modellen)"),
    ({"upprakning_procent": {"default": 0.0, "kontogrupper": {"Personalkostnader": 2.25}}},
     "Uppräkning 2025: Personalkostnader", "2,25\u00a0% (sparad med modellen)"),
    ({"pools": {"Telefonväxel": "samtal"},
      "underlag": {"fordelningsnyckel": "samtal", "kalla": "test", "ar": 2023,
                   "varden": {"Herrljunga": 0, "Vårgårda": 5392}}},
     "Egna värden för samtal till växeln", "Herrljunga 0 och Vårgårda 5\u00a0392 (test)"),
])
def test_a_typed_figure_is_stated_with_the_decimals_it_was_typed_with(dataset, params_dir,
                                                                       spec, what, expected):
    result = _lines(dataset, params_dir, spec)[what]
    assert result == expected
