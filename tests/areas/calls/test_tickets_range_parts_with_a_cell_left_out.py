"""A Nilex range checked cell by cell against the shorter ranges that make it up left out,
without a word, every cell that one of the parts lacks or names otherwise ("Service desk"
in the second quarter): the check stood green over the cells it compared, while the cell
left out contradicted its parts. The cells not compared are now named (a warning)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import calls, open_report

FORECAST = "".join(f"2024,2024-06,prognos,{k},{v}\n" for k, v in (
    ("Intäkter", -17750), ("Personalkostnader", 14929), ('"Lokalkostnader, energi, VA"', 0),
    ("Övriga kostnader", 16356), ("Kapitalkostnader", 5436), ("Kommunbidrag", 18971)))
HALF = ("2024-01-01,2024-06-30,Service Desk,E-post,2600\n"
        "2024-01-01,2024-06-30,Order,E-post,300\n")
Q1 = ("2024-01-01,2024-03-31,Service Desk,E-post,1300\n"
      "2024-01-01,2024-03-31,Order,E-post,100\n")


def _report(data_dir, rows: str):
    for name, extra in (("driftredovisning.csv", FORECAST), ("nilex.csv", rows)):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return open_report("2024-06", data_dir)


@pytest.mark.parametrize(("q2", "expected"), [
    ("2024-04-01,2024-06-30,Service desk,E-post,1301\n"
     "2024-04-01,2024-06-30,Order,E-post,200\n",
     [("warn", "inte jämförda (saknas eller heter annat i en del): Service Desk, E-post")]),
    ("2024-04-01,2024-06-30,Order,E-post,200\n",
     [("warn", "inte jämförda (saknas eller heter annat i en del): Service Desk, E-post")]),
    ("2024-04-01,2024-06-30,Service Desk,E-post,1300\n"
     "2024-04-01,2024-06-30,Order,E-post,200\n", [("pass", "")]),
], ids=["named-otherwise", "missing", "every-cell"])
def test_cells_left_out_of_the_parts_are_named(data_dir, q2, expected):
    ctx = _report(data_dir, HALF + Q1 + q2)
    result = [(c.status, c.note) for c in calls.checks(ctx)
              if c.description.endswith("cell för cell")]
    assert result == expected
