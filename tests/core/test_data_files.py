"""Which files of the data folder may be read as data: a table's suffix in any case, YAML,
anything in huvudbok/ (the import reads it or refuses it); never a hidden file, an office
lock file, README.md or an editor's backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from itvt_lib.core.data_files import read_as_data


@pytest.mark.parametrize(("relative", "expected"), [
    ("kommuner.csv", True), ("kommuner.CSV", True), ("huvudbok/x.txt", True),
    ("huvudbok", True), ("a/b.yml", True), ("README.md", False), ("x.csv~", False),
    (".x.csv", False), ("huvudbok/.x.csv", False), ("~$x.xlsx", False)])
def test_read_as_data(relative, expected):
    assert read_as_data(Path(relative)) is expected
