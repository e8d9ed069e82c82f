"""With `share_decimals: 2` the models compute with shares of two decimals of a percent
(samtal 3 603 / 8 995 → 40,06 %); the workbench's tables and its Excel export show them
so (they showed 40,1 % and wrote the cell 0,401, while page 80 shows 40,06 %)."""

from __future__ import annotations

import html

import openpyxl
import pytest

from itvt_lib.core.formatting import NBSP
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def bench(session, params, tmp_path, request):
    """The form over a copy of params/ with share_decimals set; Telefonväxel by samtal."""
    with open(params / f"{PERIOD}.yaml", "a", encoding="utf-8") as file:
        file.write(f"\nshare_decimals: {request.param}\n")
    bench = Workbench(Session(params_dir=params, dataset=session.dataset), PERIOD,
                      outputs_dir=tmp_path / "outputs", debounce=0)
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    return bench


def _own_row_texts(bench) -> list[str]:
    rows = html.unescape(bench.tables.value).split("<tr>")
    return [r for r in rows if "<td" in r and bench.name.value in r]


@pytest.mark.parametrize(("bench", "expected"), [
    (1, f"40,1{NBSP}%"), (2, f"40,06{NBSP}%"), (3, f"40,056{NBSP}%"),
], indirect=["bench"])
def test_the_form_shows_a_share_with_the_keys_decimals(bench, expected):
    result = _own_row_texts(bench)[0]
    assert f">{expected}<" in result


@pytest.mark.parametrize(("bench", "expected"), [(1, 0.401), (2, 0.4006)], indirect=["bench"])
def test_the_export_holds_the_share_the_models_used(bench, expected):
    table = bench.outcome.tables[results.COMPARISON]
    used = table[table["Modell"] == bench.name.value].set_index("Kommun")
    assert used.loc["Herrljunga", "Andel Telefonväxel"] == pytest.approx(expected)
    sheet = openpyxl.load_workbook(bench.export())[results.COMPARISON]
    header = [c.value for c in sheet[2]]   # under the title row
    row = next(r for r in sheet.iter_rows(values_only=True)
               if r[0] == bench.name.value and r[1] == "Herrljunga")
    result = row[header.index("Andel Telefonväxel")]
    assert result == pytest.approx(expected, abs=1e-12)
