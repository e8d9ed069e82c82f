"""Hostile cases against "Upprättad av" ($ITVT_USER, else the computer's user name): it
goes into the export's Antaganden, the Beslutsunderlag and, as the source of typed values,
into params/modeller.yaml. An escape character made the export a traceback
(IllegalCharacterError); U+FFFE made a workbook that LibreOffice cuts short; a
writing-direction control was saved into modeller.yaml, which the params then refused,
stopping every run. Such a name is one Swedish line naming ITVT_USER, nothing written."""

from __future__ import annotations

import functools
import html
import re

import pytest

from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import user_name
from itvt_lib.publishing.memo import write_memo
from itvt_lib.workbench import Workbench, memo_button, store
from itvt_lib.workbench.results import Session

UNFIT = ["Anna\x1bBerg", "Anna\u202eBerg", "Anna\ufffeBerg", "Anna\nBerg"]
IDS = ["escape", "rlo", "fffe", "newline"]


@pytest.mark.parametrize("user", UNFIT, ids=IDS)
def test_an_unfit_user_name_is_one_line_naming_itvt_user(monkeypatch, user):
    monkeypatch.setenv("ITVT_USER", user)
    with pytest.raises(InputError, match=r"^ITVT_USER: texten innehåller [^\n]*\.$"):
        user_name()


@pytest.mark.parametrize("user", ["Anna Berg", "<b>Anna</b>", "=cmd|'/C calc'!A0"])
def test_a_showable_user_name_is_taken_as_given(monkeypatch, user):
    monkeypatch.setenv("ITVT_USER", f"  {user} ")
    result = user_name()
    assert result == user


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    bench = Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0,
                      memo=functools.partial(write_memo, with_pdf=False))
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.value_boxes["Herrljunga"].value = "1 000"
    bench.name.value = "Min modell"
    return bench


@pytest.mark.parametrize("user", UNFIT, ids=IDS)
def test_buttons_with_an_unfit_user_name_write_nothing(bench, params, tmp_path, monkeypatch,
                                                       user):
    monkeypatch.setenv("ITVT_USER", user)
    said = {}
    for what, click in [("Inget exporterades", bench.export),
                        ("Inget beslutsunderlag skrevs", lambda: memo_button.write_memo(bench)),
                        ("Modellen sparades inte", bench.save)]:
        result = click()
        said[what] = html.unescape(re.sub("<[^>]+>", "", bench.status.value))
        assert result is None
    for what, line in said.items():
        assert line.startswith(f"{what}: ITVT_USER: texten innehåller")
    assert not (params / store.MODELS_FILE).exists()
    assert not any((tmp_path / "outputs").rglob("*.*"))
