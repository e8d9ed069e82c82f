"""Unusable folders (core/paths.py, core/loading.py): the scenarier folder that cannot be made
names the system's reason in Swedish (a read-only disk said "(Read-only file system)"); a
data folder that is a file is named a file, not missing."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import scenario_folder


def test_a_scenarier_folder_that_cannot_be_made_gives_the_reason_in_swedish(tmp_path):
    outputs = tmp_path / "outputs"
    outputs.write_text("a file, not a folder\n")
    with pytest.raises(InputError, match=r"går inte att skriva \(en del av sökvägen är ingen "
                                         r"mapp\); välj en annan mapp\. Inget skrevs\.$"):
        scenario_folder(outputs)


def test_a_data_folder_that_is_a_file_is_named_a_file(tmp_path):
    from itvt_lib.areas import load_dataset
    from itvt_lib.core.errors import DataError

    (tmp_path / "data").write_text("not a folder\n")
    with pytest.raises(DataError, match=r"data: datamappen är en fil, inte en mapp$"):
        load_dataset(tmp_path / "data")
