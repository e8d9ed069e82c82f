"""Hostile run 45a (core/data_files): an empty file named after a table beside it (a new
"driftredovisning mars.csv" made by the file manager and not yet filled in, empty notes
"driftredovisning anteckningar.txt", a file of blank lines) stopped `itvt check` with
"oväntat internt fel i itvt (ValueError: zip() …)", exit 1. An empty file holds no rows:
it lies beside the table, and so in a sub-folder."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset


@pytest.mark.parametrize(("name", "content"), [
    ("driftredovisning mars.csv", ""),
    ("driftredovisning anteckningar.txt", ""),
    ("driftredovisning mars.csv", "\n\n;;;;\n"),
    ("driftredovisning anteckningar.txt", "\ufeff\r\n"),
    ("mars/driftredovisning.csv", ""),
])
def test_an_empty_file_named_after_a_table_lies_beside_it(data_dir, name, content):
    path = data_dir / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(content, encoding="utf-8")
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected
