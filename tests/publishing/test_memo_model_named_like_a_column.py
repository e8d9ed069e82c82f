"""The Beslutsunderlag heads each model's cost column with the model's name, beside the
columns "Kommun", "År", "Skillnad (tkr)" and "Skillnad (%)". A model named like one of
those (a name the workbench saves and page 80 shows) broke the memo with a pandas
traceback ("The column label 'Kommun' is not unique", an IndexError) out of the
workbench's button and `itvt beslutsunderlag`; it is one Swedish line asking for another
name, and nothing is written."""

from __future__ import annotations

import html
import re

import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.publishing.memo import write_memo
from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session

LIKE_A_COLUMN = ["Kommun", "År", "Skillnad (tkr)", "Skillnad (%)", "kommun"]


@pytest.fixture(scope="module")
def ctx():
    return open_report("2024-02")


@pytest.mark.parametrize("name", LIKE_A_COLUMN)
def test_a_model_named_like_a_memo_column_is_one_line_and_no_memo(ctx, tmp_path, name):
    (model,) = financing.typed_models([{"name": name, "driver": "lika"}])
    with pytest.raises(ParamError, match=f"^Modellnamnet ”{re.escape(name)}” är också en "
                                         "kolumnrubrik i beslutsunderlaget"):
        write_memo(ctx, model, tmp_path / "outputs", with_pdf=False, log=lambda _: None)
    assert not list((tmp_path / "outputs").rglob("*.html"))


@pytest.mark.parametrize("name", ["Summa", "Kommunerna", "Skillnad"])
def test_a_model_named_near_a_column_gets_its_memo(ctx, tmp_path, name):
    (model,) = financing.typed_models([{"name": name, "driver": "lika"}])
    result = write_memo(ctx, model, tmp_path / "outputs", with_pdf=False, log=lambda _: None)
    assert [p.suffix for p in result] == [".html"]
    assert "<th" in result[0].read_text(encoding="utf-8")


def test_the_workbench_button_says_so_in_one_line(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    bench = Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0,
                      memo=lambda *a, **k: write_memo(*a, **k, with_pdf=False))
    bench.name.value = "Kommun"
    result = bench.memo_button.click()
    assert result is None
    status = html.unescape(re.sub("<[^>]+>", "", bench.status.value))
    expected = ("Inget beslutsunderlag skrevs: Modellnamnet ”Kommun” är också en kolumnrubrik "
                "i beslutsunderlaget")
    assert status.startswith(expected)
    assert not list((tmp_path / "outputs").rglob("*.html"))
