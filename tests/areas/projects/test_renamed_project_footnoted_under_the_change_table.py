"""A projektnummer named differently in the compared export (1240 "Lönesystem" in January,
"Förrätt" in February: a rename, or a number reused) warned on the checks page, while
page 03's change table showed "Under februari 45" for 1240 Förrätt without a word. Page 03
now footnotes each such number under the change table; the same names add nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects

NOTEBOOK = Path(__file__).parents[3] / "notebooks" / "03-projekttid.ipynb"


@pytest.mark.parametrize(("january_name", "expected"), [
    ("Lönesystem", ["Anmärkning: projektnummer 1240 heter Lönesystem i exporten för 2024-01 "
                    "och Förrätt i exporten för 2024-02; förändringen räknar dem som ett och "
                    "samma projekt."]),
    ("förrätt ", []),
], ids=["another-name", "same-name"])
def test_change_table_footnotes_a_renamed_number(data_dir, january_name, expected):
    february = (data_dir / "projekttid" / "2024-02.csv").read_text(encoding="utf-8")
    january = february.replace("2024-02,", "2024-01,").replace(
        ",Förrätt,145,", f",{january_name},100,")
    (data_dir / "projekttid" / "2024-01.csv").write_text(january, encoding="utf-8")
    ctx = report.open_report("2024-02", data_dir)
    result = projects.renamed_notes(ctx.dataset[projects.EXPORTS], ctx.period)
    assert result == expected


def test_page_03_shows_the_notes_under_the_change_table():
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]]
    result = [c for c in cells if "projects.change_table(exports, ctx.period" in c]
    assert len(result) == 1
    assert "projects.renamed_notes(exports, ctx.period)" in result[0]
