"""Nilex rows for a half year beside the rows of its two quarters were published as they
stood ("skapades 4 758 ärenden under perioden 2024-01-01–2024-06-30") while the quarters
held 8 116, with every check green. A range that shorter ranges cover day by day is now
compared with them cell by cell (typ × kanal), one check per range naming the cells that
differ."""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report
from itvt_lib.core.checks import Check

NB = "\u00a0"
FORECAST = "".join(f"2024,2024-06,prognos,{k},{v}\n" for k, v in (
    ("Intäkter", -17750), ("Personalkostnader", 14929), ('"Lokalkostnader, energi, VA"', 0),
    ("Övriga kostnader", 16356), ("Kapitalkostnader", 5436), ("Kommunbidrag", 18971)))
CELLS = (("Service Desk", "E-post"), ("Order", "E-post"))


def _rows(start: str, end: str, counts: tuple[int, int]) -> str:
    return "".join(f"{start},{end},{typ},{kanal},{n}\n"
                   for (typ, kanal), n in zip(CELLS, counts, strict=True))


def _report(data_dir, rows: str):
    for name, extra in (("driftredovisning.csv", FORECAST), ("nilex.csv", rows)):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return open_report("2024-06", data_dir)


DESCRIPTION = "Nilex 2024-01-01–2024-06-30 = 2024-01-01–2024-03-31 + 2024-04-01–2024-06-30, cell för cell"


@pytest.mark.parametrize(("half_year", "expected"), [
    ((2000, 300), [Check("Samtal och ärenden", DESCRIPTION, 2300.0, 2900.0, 0, "fail",
                         f"Service Desk, E-post 2{NB}000 mot 2{NB}600")]),
    ((2600, 300), [Check("Samtal och ärenden", DESCRIPTION, 2900.0, 2900.0, 0, "pass", "")]),
    (None, []),
], ids=["contradicted", "agreeing", "quarters-only"])
def test_a_range_is_compared_with_its_parts_cell_by_cell(data_dir, half_year, expected):
    rows = (_rows("2024-01-01", "2024-03-31", (1300, 100))
            + _rows("2024-04-01", "2024-06-30", (1300, 200))
            + (_rows("2024-01-01", "2024-06-30", half_year) if half_year else ""))
    ctx = _report(data_dir, rows)
    result = [c for c in calls.checks(ctx) if c.description.endswith("cell för cell")]
    assert result == expected
