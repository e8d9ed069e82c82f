"""The staff check "totalen ligger mellan kvinnor och män" allows 0,05 for one-decimal
printing; a total exactly on that edge (män 2,15, total 2,2: 2,15 + 0,05 is
2,1999999999999997 in binary) passes, as the printed range 1,3–2,2 says."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report, staff


def _set(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("utf-8"))


@pytest.mark.parametrize(("man", "expected"), [
    ("2.15", "pass"),   # total 2,2 = 2,15 + 0,05 exactly
    ("2.14", "warn"),   # 0,06 above the highest group
    ("3.0", "pass"),
])
def test_a_total_on_the_edge_lies_between_the_groups(data_dir, params, man, expected):
    _set(data_dir / "personal.csv", "2022-11,,,sjukfranvaro,män,3.0",
         f"2022-11,,,sjukfranvaro,män,{man}")
    checks = staff.checks(open_report("2023-12", data_dir, params))
    result = [c.status for c in checks
              if c.description.startswith("Sjukfrånvaro") and "Nov 2022: totalen" in c.description]
    assert result == [expected]


def test_a_total_on_the_lower_edge_lies_between_the_groups(data_dir, params):
    _set(data_dir / "personal.csv", "2022-11,,,sjukfranvaro,kvinnor,1.3",
         "2022-11,,,sjukfranvaro,kvinnor,2.35")
    _set(data_dir / "personal.csv", "2022-11,,,sjukfranvaro,total,2.2",
         "2022-11,,,sjukfranvaro,total,2.3")      # 2,35 − 0,05 exactly
    checks = staff.checks(open_report("2023-12", data_dir, params))
    result = [c.status for c in checks
              if c.description.startswith("Sjukfrånvaro") and "Nov 2022: totalen" in c.description]
    assert result == ["pass"]
