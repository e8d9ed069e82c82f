"""The form's and the export's note on a year without figures, "<model> 2023: uppgift
saknas: …", showed the year before a Hebrew or Arabic model name ("2023 מודל: …"); the
name stands between FSI and PDI (U+2068, U+2069) now, a Swedish name as it is."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing as rules
from itvt_lib.workbench.decision import missing_notes


@pytest.mark.parametrize(("name", "shown"), [
    ("מודל", "\u2068מודל\u2069"), ("بديل", "\u2068بديل\u2069"), ("Samtal", "Samtal")])
def test_the_year_stays_after_the_name(ctx_2024, name, shown):
    model = {"name": name, "driver": "befolkning", "pools": {"Telefonväxel": "samtal"}}
    found = rules.compare(ctx_2024.dataset, ctx_2024.period,
                          rules.typed_models([rules.CURRENT_MODEL, model]))
    result = missing_notes(found, [2023], {"samtal": "data/fordelningsnycklar.csv"})
    expected = f"{shown} 2023: "
    assert [line[:len(expected)] for line in result] == [expected]
