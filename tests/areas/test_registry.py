"""The area registry (itvt_lib.areas): resolving the report period.
"""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import ParamError
from itvt_lib.core.paths import DATA_DIR


def test_latest_without_a_reportable_period_is_a_one_line_error(dataset, monkeypatch):
    monkeypatch.setattr(areas, "reportable_periods", lambda _dataset: [])
    with pytest.raises(ParamError, match="^period: data räcker inte till någon rapportperiod$"):
        areas.resolve_period("latest", dataset)


@pytest.mark.parametrize("given", ["folder", "dataset"])
def test_the_report_remembers_the_data_folder_it_was_opened_with(tmp_path, given):
    # the runner hands ctx.data_dir to the notebooks: they must read the same folder
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    if given == "folder":
        ctx = areas.open_report("2024-02", data_dir=folder)
    else:
        ctx = areas.open_report("2024-02", dataset=areas.load_dataset(folder))
    result = (ctx.data_dir, ctx.dataset.data_dir)
    expected = (folder, folder)
    assert result == expected
