"""A number pasted from the web into a box of the form with a zero-width space
("\u200b12") was refused as `"​12" är inte ett tal`, the character that made it no number
unseen in the message. The message names it now (U+200B, nollbrett mellanslag), as it
does in a params file or a data cell: one parser."""

from __future__ import annotations

import html

import pytest

from itvt_lib.core.numbers import NumberError, parse_number, parse_typed
from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


@pytest.mark.parametrize(("typed", "named"), [
    ("\u200b4 000", "U+200B (nollbrett mellanslag)"),
    ("4000\u200b", "U+200B (nollbrett mellanslag)"),
    ("4\u2060000", "U+2060 (ordfogare)"),
    ("\ufeff4000", "U+FEFF (byte order mark)"),
    ("40\u00ad00", "U+00AD (mjukt bindestreck)"),
])
def test_an_invisible_character_in_a_typed_number_is_named(bench, typed, named):
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.value_boxes["Herrljunga"].value = typed
    result = html.unescape(bench.message.value)
    assert f"innehåller tecknet {named}, som inte syns; ta bort det" in result


@pytest.mark.parametrize("typed", ["4 000", "4\u00a0000", " 4000 ", "4000,0", "4\u202f000"])
def test_numbers_with_visible_spacing_are_read(bench, typed):
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.value_boxes["Herrljunga"].value = typed
    assert bench.message.value == ""


@pytest.mark.parametrize("read", [parse_typed, parse_number])
def test_the_one_parser_names_it_everywhere(read):
    with pytest.raises(NumberError, match=r"^\"\u200b12\" innehåller tecknet U\+200B "):
        read("\u200b12")
