"""Hostile output folders for the workbench's export (workbench/export.py):
a scenarier folder that is a symlink out of the output folder is refused in one Swedish
line, and nothing is written where it points."""

from __future__ import annotations

import shutil

from conftest import tree_snapshot

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench.form import Workbench
from itvt_lib.workbench.results import Session


def test_export_refuses_a_scenarier_folder_that_is_a_symlink_out_of_the_outputs(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep")
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    (outputs / "scenarier").symlink_to(outside)
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    bench = Workbench(Session(params_dir=tmp_path / "params"), "2024-02", outputs_dir=outputs)
    expected = tree_snapshot(outside)
    result = bench.export()
    assert result is None
    assert "Inget exporterades" in bench.status.value
    assert "symbolisk länk" in bench.status.value
    assert tree_snapshot(outside) == expected


def test_export_never_writes_through_a_dangling_symlink_of_its_name(tmp_path):
    from datetime import date

    outputs = tmp_path / "outputs"
    (outputs / "scenarier").mkdir(parents=True)
    victim = tmp_path / "victim.xlsx"
    trap = outputs / "scenarier" / f"{date.today().isoformat()}-egen-modell.xlsx"
    trap.symlink_to(victim)
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    bench = Workbench(Session(params_dir=tmp_path / "params"), "2024-02", outputs_dir=outputs)
    result = bench.export()
    assert result == trap.with_name(f"{date.today().isoformat()}-egen-modell-2.xlsx")
    assert not victim.exists()
