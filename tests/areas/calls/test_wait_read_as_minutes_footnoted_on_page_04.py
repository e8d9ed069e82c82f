"""A kötid vid svar saved by a spreadsheet as "00:21:00" (21 minutes, not 21 s) beside 97 %
answered within 120 s warned on the checks page, while page 04's comparison between the
kommuner showed "21:00" with no mark. Page 04 now footnotes each such column; a kötid that
fits its service level gets no note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itvt_lib.areas import calls, load_dataset, open_report

NOTEBOOK = Path(__file__).parents[3] / "notebooks" / "04-samtal-och-arenden.ipynb"


def _notes(data_dir, params, saved: dict[str, str]) -> list[str]:
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    for kommun, wait in saved.items():
        lines = [line.replace(",00:21,", f",{wait},") if f",{kommun}," in line else line
                 for line in text.splitlines()]
        text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    ctx = open_report("2023-12", dataset=load_dataset(data_dir), params_dir=params)
    return calls.wait_notes(calls.vaxel_by_kommun_for(ctx))


@pytest.mark.parametrize(("saved", "expected"), [
    ({"Herrljunga": "00:21:00"}, [
        "Anmärkning: kötiden vid svar för Herrljunga, 21:00, går inte ihop med 97\xa0% "
        "besvarade inom 120 sekunder (de övriga samtalen skulle ha väntat över en timme i "
        "snitt); kontrollera om mm:ss har lästs som tt:mm (00:21 sparat som 00:21:00 i ett "
        "kalkylprogram)."]),
    ({"Herrljunga": "00:21", "Vårgårda": "00:21"}, []),
    ({"Vårgårda": "01:00"}, []),
], ids=["read-as-minutes", "as-written", "a-minute"])
def test_page_04_footnotes_a_wait_read_as_minutes(data_dir, params, saved, expected):
    result = _notes(data_dir, params, saved)
    assert result == expected


def test_page_04_shows_the_notes_under_the_comparison():
    cells = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text("utf-8"))["cells"]]
    result = [c for c in cells if "calls.vaxel_values(members)" in c]
    assert len(result) == 1
    assert "calls.wait_notes(members)" in result[0]
