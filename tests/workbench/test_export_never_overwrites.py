"""Two exports of one name the same day, from two tabs of the app (two kernels): the second
chose the same free name as the first and wrote over it (openpyxl saves to the path as
given). An export claims its name atomically: a file that appeared meanwhile, or a link
placed there, is never written over or through; the export takes the next number."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from itvt_lib.workbench.export import export_excel, export_path

DAY = date(2024, 3, 1)


def _export(path):
    return export_excel({"Kostnadspooler": pd.DataFrame({"Kostnadspool": ["IT"],
                                                         "Belopp": [18347.0]})},
                        path, created=datetime(2024, 3, 1, 10, 0))


def test_an_export_whose_name_was_taken_meanwhile_takes_the_next_number(tmp_path):
    chosen = export_path("Egen modell", tmp_path, DAY)
    chosen.write_bytes(b"the other tab's export")
    result = _export(chosen)
    assert result == chosen.with_name("2024-03-01-egen-modell-2.xlsx")
    assert chosen.read_bytes() == b"the other tab's export"
    assert result.read_bytes()[:2] == b"PK"


def test_an_export_never_writes_through_a_link_placed_on_its_name(tmp_path):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    chosen = export_path("Egen modell", tmp_path / "out", DAY)
    chosen.symlink_to(outside)
    result = _export(chosen)
    assert outside.read_text(encoding="utf-8") == "keep"
    assert result.name == "2024-03-01-egen-modell-2.xlsx" and not result.is_symlink()


@pytest.mark.parametrize("count", [1, 3])
def test_exports_of_one_name_get_numbers_in_order(tmp_path, count):
    result = [_export(export_path("A", tmp_path, DAY)).name for _ in range(count)]
    expected = ["2024-03-01-a.xlsx", "2024-03-01-a-2.xlsx", "2024-03-01-a-3.xlsx"][:count]
    assert result == expected
    assert not [p for p in (tmp_path / "scenarier").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("taken", ["file", "link"])
def test_a_folder_without_hard_links_still_never_writes_over_or_through(tmp_path, monkeypatch,
                                                                        taken):
    """A network share may refuse hard links: the export then creates its name exclusively,
    which fails alike on a name in use, file or link."""
    import os

    def no_hard_links(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    chosen = export_path("Egen modell", tmp_path / "out", DAY)
    if taken == "file":
        chosen.write_bytes(b"the other tab's export")
    else:
        chosen.symlink_to(outside)
    result = _export(chosen)
    assert result.name == "2024-03-01-egen-modell-2.xlsx" and result.read_bytes()[:2] == b"PK"
    assert outside.read_text(encoding="utf-8") == "keep"
    assert chosen.is_symlink() or chosen.read_bytes() == b"the other tab's export"
