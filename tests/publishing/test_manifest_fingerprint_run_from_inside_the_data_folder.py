"""`itvt run` started in a subfolder of the data folder (data/projekttid/, where the
month's export was just saved) printed another inputs' fingerprint in every page's footer,
the PDF and the manifest than the same files give anywhere else: the file names, already
relative to the data folder, were rebased on the current folder a second time
(`projekttid/driftredovisning.csv`). A memo of the same data then warned that the report
was built from other inputs. The manifest's fingerprint is the inputs' from any folder."""

from __future__ import annotations

import json

import pytest

from itvt_lib.areas import load_dataset, open_report
from itvt_lib.publishing import runner


@pytest.mark.parametrize("where", ["projekttid", ".", ".."])
def test_manifest_fingerprint_is_the_inputs_from_any_folder(data_dir, params_dir, tmp_path,
                                                           monkeypatch, where):
    monkeypatch.chdir(data_dir / where)
    monkeypatch.setattr(runner, "check_notebooks", lambda folder: [])   # the start page only
    ctx = open_report("2024-02", data_dir, params_dir, dataset=load_dataset(data_dir))
    options = runner.RunOptions(periods=["2024-02"], data_dir=data_dir, params_dir=params_dir)
    runner.build_period(ctx, options, tmp_path / "build", session=None)
    result = json.loads((tmp_path / "build" / "manifest.json").read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    expected = load_dataset(data_dir).fingerprint()   # the memo's and the workbench's
    assert result["fingerprint"] == expected
