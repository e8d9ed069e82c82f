"""A folder table's rows come from several files: a key twice across two of them (a copy
"2024-02 - Kopia.csv" left beside the export) said "finns redan på rad 2" without saying
in which file, so the controller looked at line 2 of the file named and found nothing
twice. The message names the other file when it is another."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def test_a_key_twice_in_two_files_names_both(data_dir):
    folder = data_dir / "projekttid"
    shutil.copy(folder / "2024-02.csv", folder / "2024-02 - Kopia.csv")
    with pytest.raises(DataError, match=r"projekttid/2024-02\.csv:2: period, projektnummer: "
                                        r"nyckeln \(2024-02, 1240\) finns redan på rad 2 i "
                                        r".*projekttid/2024-02 - Kopia\.csv$"):
        load_dataset(data_dir)


def test_a_key_twice_in_one_file_names_the_line_only(data_dir):
    path = data_dir / "projekttid" / "2024-02.csv"
    with path.open("a", encoding="utf-8") as out:
        out.write("2024-02,1240,Förrätt,1,1\n")
    with pytest.raises(DataError, match=r"2024-02\.csv:4: .*finns redan på rad 2$"):
        load_dataset(data_dir)
