"""A BOM or zero-width space pasted before a name in a reference table (kostnadsstallen,
kommuner) made the error blame the clean row that refers to it (`ansvar.csv:4:
"Kommunspecifikt Vårgårda" finns inte i kostnadsstallen`, though it is there as the reader
sees it); the error now names the reference table's line, where the character stands."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("table", "old", "new", "expected"), [
    ("kostnadsstallen", "\nKommunspecifikt Vårgårda,", "\n\ufeffKommunspecifikt Vårgårda,",
     r'kostnadsstallen\.csv:3: kostnadsstalle: "\\ufeffKommunspecifikt Vårgårda" har ett '
     r'osynligt tecken och känns därför inte igen som "Kommunspecifikt Vårgårda" på rad \d+ i '
     r'.*\.csv; ta bort tecknet'),
    ("kommuner", "\nVårgårda,", "\nVårgårda\u200b,",
     r'kommuner\.csv:3: kommun: "Vårgårda\\u200b" har ett osynligt tecken'),
])
def test_an_invisible_character_in_a_referenced_name_is_reported_on_its_line(
        data_dir, table, old, new, expected):
    _replace(data_dir / f"{table}.csv", old, new)
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


@pytest.mark.parametrize(("table", "old", "new"), [
    ("ansvar", ",Kommunspecifikt Vårgårda,", ",Kommunspecifikt Vargarda,"),
    ("kommunbidrag_kommun", ",Vårgårda,", ",Alingsås,"),
])
def test_a_name_missing_from_its_table_is_still_reported_where_it_is_used(
        data_dir, table, old, new):
    _replace(data_dir / f"{table}.csv", old, new)
    with pytest.raises(DataError, match=rf"{table}\.csv:\d+: \w+: .* finns inte i "):
        load_dataset(data_dir)


def test_good_data_still_loads(data_dir):
    result = load_dataset(data_dir)
    assert not result["kostnadsstallen"].empty
