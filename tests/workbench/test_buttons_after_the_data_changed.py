"""A value corrected in the data folder while the workbench is open: the form read the data
when it opened, so its figures are the old data's. Export, Beslutsunderlag and Spara modell
then write nothing and say why in one Swedish line, and the old figures give way to that
line, instead of an export or memo of figures the data no longer holds."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import Workbench, memo_button, store
from itvt_lib.workbench.results import Session

LINE = "data har ändrats sedan arbetsbänken öppnades"
OLD, NEW = "2024,2024-02,prognos,IT Gemensamt,18347", "2024,2024-02,prognos,IT Gemensamt,19347"


@pytest.fixture
def bench(data_dir, params, tmp_path) -> Workbench:
    written = []
    form = Workbench(Session(data_dir, params), "2024-02",
                     outputs_dir=tmp_path / "outputs", debounce=0,
                     memo=lambda *args, **kw: written.append(args) or [tmp_path / "memo"])
    form.name.value = "Efter rättelsen"
    form.pool_drivers["Telefonväxel"].value = "samtal"
    form.memos = written
    return form


def _correct(bench) -> None:
    path = bench.session.dataset.data_dir / "kostnadsstalle_netto.csv"
    text = path.read_text(encoding="utf-8")
    assert OLD in text
    path.write_text(text.replace(OLD, NEW), encoding="utf-8")


CLICKS = {"export": lambda b: b.export(), "memo": memo_button.write_memo,
          "save": lambda b: b.save()}


@pytest.mark.parametrize("button", list(CLICKS))
def test_a_button_writes_nothing_after_the_data_changed(bench, button):
    _correct(bench)
    result = CLICKS[button](bench)
    assert result is None
    assert LINE in bench.status.value and LINE in bench.message.value
    assert bench.outcome is None and bench.results_box.layout.display == "none"
    assert not (bench.outputs_dir / "scenarier").exists() or \
        not any((bench.outputs_dir / "scenarier").iterdir())
    assert bench.memos == []
    assert not store.models_path(bench.session.params_dir).exists()


def test_typing_after_the_data_changed_shows_no_old_figures(bench):
    _correct(bench)
    bench.export()
    bench.value_boxes["Herrljunga"].value = "3700"
    result = (bench.outcome, LINE in bench.message.value)
    assert result == (None, True)


@pytest.mark.parametrize("button", list(CLICKS))
def test_a_button_writes_as_before_when_the_data_is_unchanged(bench, button):
    result = CLICKS[button](bench)
    assert result is not None
    assert LINE not in bench.status.value


@pytest.mark.parametrize("lock", [".~lock.kostnadsstalle_netto.csv#", "~$investeringar.xlsx"])
def test_a_file_opened_in_an_office_program_is_no_change(bench, lock):
    """LibreOffice's and Excel's lock files beside an open file are never read as data."""
    (bench.session.dataset.data_dir / lock).write_text("root,host;", encoding="utf-8")
    result = bench.export()
    assert result is not None and LINE not in bench.status.value


@pytest.mark.parametrize(("folder", "expected"), [
    ("saknas", "datamappen finns inte"), ("fil.csv", "datamappen är en fil, inte en mapp")])
def test_a_data_folder_that_is_not_one_is_still_one_line(tmp_path, folder, expected):
    (tmp_path / "fil.csv").write_text("a\n", encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        Session(tmp_path / folder, PARAMS_DIR)
