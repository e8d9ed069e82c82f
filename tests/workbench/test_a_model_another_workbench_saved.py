"""Two workbenches open on the same params (two tabs, two controllers): when one saves,
renames or deletes a model, the other's tables, export and memo are of the models as
saved. The other tab kept the params read when it opened and exported a saved model
"Delad" with the figures of the model that name no longer held (8 250 / 10 721, where
params/modeller.yaml, `itvt run` and the memo give 8 878 / 10 093)."""

from __future__ import annotations

import shutil

import openpyxl
import pandas as pd
import pytest

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def benches(session, tmp_path) -> tuple[Workbench, Workbench]:
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    (tmp_path / "params" / "modeller.yaml").unlink(missing_ok=True)
    return tuple(Workbench(Session(params_dir=tmp_path / "params", dataset=session.dataset),
                           PERIOD, outputs_dir=tmp_path / f"outputs{i}") for i in (1, 2))


def _costs(frame: pd.DataFrame, model: str) -> list[float]:
    return frame[frame["Modell"] == model]["Kostnad"].tolist()


def _save(bench: Workbench, name: str, **boxes) -> None:
    bench.name.value = name
    for box, value in boxes.items():
        getattr(bench, box).value = value
    bench.save()
    if bench.session.is_saved(name) and "skriva över" in bench.status.value:
        bench.save()
    bench.name.value = "Egen modell"
    bench.grundavgift.value = "0"


def test_a_model_saved_over_in_another_tab_is_exported_as_saved(benches):
    first, second = benches
    first.pool_drivers["Telefonväxel"].value = "samtal"
    _save(first, "Delad")
    first.pool_drivers["Telefonväxel"].value = "befolkning"
    _save(second, "Delad", grundavgift="50")
    path = first.export()   # no keystroke in the first tab since
    sheet = openpyxl.load_workbook(path)["Jämförelse"]
    result = [row[6] for row in sheet.iter_rows(values_only=True) if row[0] == "Delad"]
    expected = _costs(second.outcome.tables[results.COMPARISON], "Delad")
    assert result == expected == [8878, 10093]


@pytest.mark.parametrize(("action", "expected"), [("rename", ["Delad2"]), ("delete", [])])
def test_a_model_renamed_or_deleted_in_another_tab_leaves_the_list(benches, action,
                                                                   expected):
    first, second = benches
    _save(first, "Delad", grundavgift="50")
    second.saved.update()
    second.saved.choice.value = "Delad"
    second.saved.new_name.value = "Delad2"
    for _ in range(2):   # a second click confirms
        getattr(second.saved, action)()
    first.grundavgift.value = "1"
    result = [m for m in first.model_boxes if m.startswith("Delad")]
    assert result == expected
    assert [m for m in first.outcome.tables[results.COMPARISON]["Modell"].unique()
            if m.startswith("Delad")] == expected
    assert first.message.value == ""
