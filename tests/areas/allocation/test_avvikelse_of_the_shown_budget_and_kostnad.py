"""Page 02's avvikelse per kommun, where no resultat of record gives it, is the shown
budget minus the shown kostnad (`budget.shown_avvikelse`): budget 12 480 beside kostnad
11 602,5 (reads 11 603) read avvikelse 878 (877,5) where a reader computes 877; the
statement, the allocation table and the history each showed it."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.allocation import adapters


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("utf-8"))


@pytest.fixture
def ctx(data_dir, params):
    _edit(data_dir / "bokslut_totaler.csv", "2023,nettokostnad,Herrljunga,11603",
          "2023,nettokostnad,Herrljunga,11602.5")
    _edit(data_dir / "bokslut_totaler.csv", "2023,resultat,Herrljunga,878\n", "")
    return open_report("2023-12", data_dir, params)


@pytest.mark.parametrize("surface", [
    lambda ctx: adapters.kommun_statement(ctx).loc["Herrljunga"].iloc[-1],
    lambda ctx: adapters.allocation_display_for(ctx).loc["Herrljunga", "Avvikelse"],
    lambda ctx: adapters.history_for(ctx).set_index(["År", "Kommun"])
    .loc[("2023", "Herrljunga"), "Avvikelse"],
    lambda ctx: adapters.shown_drift(ctx)["Herrljunga"],
], ids=["statement", "allocation", "history", "drift"])
def test_a_kommuns_avvikelse_is_of_its_shown_budget_and_kostnad(ctx, surface):
    result = surface(ctx)
    expected = 877.0  # 12 480 − 11 603
    assert result == expected
