"""Page 80's budget per kommun is the kommunbidrag as page 02 shows it (whole tkr, half away
from zero): kommunbidrag of 9 177,5 and 9 816,5 − 24 (9 792,5) read 9 178 and 9 793 on page
02 (avvikelse −907) but page 80 split their total 18 970 by largest remainder, showing
Vårgårda's budget as 9 792 and its avvikelse as −908: one figure, two values."""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, financing, open_report
from itvt_lib.core.formatting import round_half_away


@pytest.fixture
def halves(data_dir):
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_text(encoding="utf-8")
    for kommun, before, after in (("Herrljunga", "9178", "9177.5"), ("Vårgårda", "9817", "9816.5")):
        row = f"2024,,ursprunglig_budget,{kommun},{before}\n"
        assert row in text
        text = text.replace(row, f"2024,,ursprunglig_budget,{kommun},{after}\n")
    path.write_text(text, encoding="utf-8")
    return open_report("2024-02", data_dir)


@pytest.mark.parametrize(("column", "expected"), [
    ("Budget", {"Herrljunga": 9178.0, "Vårgårda": 9793.0}),
    ("Avvikelse", {"Herrljunga": 907.0, "Vårgårda": -907.0}),
])
def test_the_current_models_row_reads_as_page_02(halves, column, expected):
    table = financing.report_table(financing.report_results(halves), 2024)
    result = table[table["Modell"] == "Nuvarande modell"].set_index("Kommun")[column].to_dict()
    assert result == expected
    page_02 = allocation.allocation_marked_for(halves)[column].iloc[:-1].to_dict()
    assert {k: round_half_away(v) for k, v in page_02.items()} == expected  # as it reads


def test_every_models_budget_is_the_same_as_shown(halves):
    table = financing.report_table(financing.report_results(halves), 2024)
    result = table.groupby("Kommun")["Budget"].unique().map(list).to_dict()
    assert result == {"Herrljunga": [9178.0], "Vårgårda": [9793.0]}
