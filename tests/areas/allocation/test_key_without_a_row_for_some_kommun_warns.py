"""A key date of befolkning.csv with a row for some kommuner only is a warning on the checks
page naming its last line and the kommun left out: the key of its year is missing on pages
02 and 80, and the closed year's checks of the figures of record against the key are left
out. Without Vårgårda's row for 1/11 2021 the key 2023 read as missing without a word, and
five checks of 2023 (nettokostnad and resultat per kommun against the key) disappeared.

TEST data: the monthly report per 2024-02-29 without the row 2021-11-01,Vårgårda (line 3),
or with a row 2023-11-01,Herrljunga for the key 2025 alone.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.core.checks import WARN


def _key_checks(ctx):
    return [c for c in allocation.checks(ctx) if "en rad för varje kommun" in c.description]


def test_a_complete_key_gives_no_warning(ctx_2024):
    result = _key_checks(ctx_2024)
    assert result == []


@pytest.mark.parametrize(("edit", "description", "line", "kommun"), [
    (lambda text: text.replace("2021-11-01,Vårgårda,12176,", "2020-11-01,Vårgårda,12176,"),
     "Fördelningsnyckeln 2023 (1/11 2021): en rad för varje kommun", 2, "Vårgårda"),
    (lambda text: text + "2023-11-01,Herrljunga,9700,,TEST\n",
     "Fördelningsnyckeln 2025 (1/11 2023): en rad för varje kommun", 6, "Vårgårda"),
])
def test_a_key_without_some_kommun_warns(data_dir, edit, description, line, kommun):
    path = data_dir / "befolkning.csv"
    path.write_bytes(edit(path.read_bytes().decode("utf-8")).encode("utf-8"))
    ctx = open_report("2024-02", data_dir)
    result = [c for c in _key_checks(ctx) if c.description == description]
    assert len(result) == 1
    assert result[0].status == WARN
    assert result[0].actual == f"saknas för {kommun}"
    assert f"befolkning.csv:{line}: " in result[0].note
