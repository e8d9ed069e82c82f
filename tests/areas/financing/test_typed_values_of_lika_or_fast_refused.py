"""A model "lika" with typed values (a hand-edited `underlag` for lika: Herrljunga 1,
Vårgårda 3) split its costs 25/75 % while its memo and page said lika delar; typed values
for fast were refused with "andelarna används bara med fördelningsgrunden fast" of a model
whose driver is fast. Both are refused now, naming the underlag's fordelningsnyckel."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import ModelError, validate_params

MODEL = ("financing_models:\n  - name: Egen\n    driver: %s\n%s"
         "    underlag: {fordelningsnyckel: %s, ar: 2023, kalla: räknat, "
         "varden: {Herrljunga: 1, Vårgårda: 3}}\n")


@pytest.mark.parametrize(("driver", "andelar"), [
    ("lika", ""), ("fast", "    andelar: {Herrljunga: 40, Vårgårda: 60}\n")])
def test_typed_values_of_a_driver_without_values_are_refused(data_dir, params, driver,
                                                             andelar):
    (params / "modeller.yaml").write_text(MODEL % (driver, andelar, driver), encoding="utf-8")
    with pytest.raises(ModelError, match=rf"params\S*/modeller\.yaml:\d+: financing_models\[1\]\."
                                         rf"underlag\.fordelningsnyckel: {driver} har inga "
                                         r"värden per kommun att ange; ta bort underlag"):
        validate_params(open_report("2024-02", data_dir, params))
