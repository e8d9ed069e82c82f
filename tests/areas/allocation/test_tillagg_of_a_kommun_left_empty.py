"""Hostile kommunbidrag rows (areas/allocation/consistency.py): a kommun's tillägg row with
an empty belopp (not yet known; "-" is 0) was filled with 0, so the papers' footnote said
the joint costs' tillägg was taken from that kommun's kommunbidrag as 0 ("Vårgårda –"),
a contradiction the data does not show. A missing tillägg now contradicts nothing; a
kommun without a tillägg row has still taken 0."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas.allocation.consistency import tillagg_by_key, tillagg_contradictions

KEY = pd.Series([0.436, 0.564], index=["Herrljunga", "Vårgårda"])
SPECIFIC = pd.Series([0.0, 0.0], index=["Herrljunga", "Vårgårda"])


@pytest.mark.parametrize(("taken", "expected"), [
    (pd.Series([-10.0, -14.0], index=KEY.index), []),
    (pd.Series([0.0, -24.0], index=KEY.index), ["Herrljunga", "Vårgårda"]),
    (pd.Series([0.0, np.nan], index=KEY.index), ["Herrljunga"]),
    (pd.Series([-24.0], index=["Vårgårda"]), ["Herrljunga", "Vårgårda"]),
], ids=["by-the-key", "otherwise", "vargarda-empty", "herrljunga-no-row"])
def test_a_missing_tillagg_contradicts_nothing(taken, expected):
    found = tillagg_by_key(-24.0, SPECIFIC, taken, KEY)
    result = list(tillagg_contradictions(found, 0.5)["kommun"])
    assert result == expected
