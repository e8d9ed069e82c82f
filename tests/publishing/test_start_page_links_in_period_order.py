"""A run of several periods ended by printing each start page's link in the order the
periods happened to finish (a year built with --from/--to printed 2024-03, 2024-05, …,
2024-04, 2024-06); the links now come oldest first, as `itvt periods` lists them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_start_page_links_come_oldest_first(good_report, notebooks, capsys):
    from itvt_lib.cli import main

    code = main(["run", "--period", "2024-02", "--period", "2023-12", "--notebooks-dir",
                 str(notebooks), "--output-dir", str(good_report)])
    result = [line.split(":")[0] for line in capsys.readouterr().out.splitlines()]
    expected = ["Startsida 2023-12", "Startsida 2024-02", "Arkiv"]
    assert code == 0
    assert result == expected
