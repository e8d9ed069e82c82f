"""Page 80's history lists the members in kommuner.csv's order, as every other table does
(it listed them alphabetically: a third member Alingsås came first). Members C, A, B (in
that order) and every figure: TEST data."""

from __future__ import annotations

import dataclasses

from financing_test_data import inputs3

from itvt_lib.areas import financing as rules


def test_the_history_keeps_the_members_order():
    inputs = dataclasses.replace(inputs3(), kommuner=("C", "A", "B"))
    models = rules.model_specs(rules.typed_models([{"name": "Lika", "driver": "lika"}]),
                               inputs)
    found = rules.Results(inputs, models, rules.compare_models(inputs, models), None, None, 1)
    result = rules.history_table(found)["Kommun"].tolist()
    expected = ["C", "A", "B"]
    assert result == expected
