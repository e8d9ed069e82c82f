"""A params file other than modeller.yaml edited by hand while the workbench is open (a
model's grundavgift, share_decimals, a typo): the form reads the params again at the next
change or button, as it does for modeller.yaml, so no export or memo holds the figures of
params that are no longer on disk; bad ones are the form's one line."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

MODEL = "Grundavgift 30 % och befolkning"


@pytest.fixture
def bench(session, tmp_path) -> Workbench:
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    own = Session(params_dir=tmp_path / "params", dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


def _edit(bench, name: str, old: str, new: str) -> None:
    path = bench.session.params_dir / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _costs(bench, model: str) -> list[float]:
    table = bench.outcome.tables[results.COMPARISON]
    return table[table["Modell"] == model]["Kostnad"].tolist()


def test_a_models_grundavgift_edited_is_what_the_export_holds(bench, session, tmp_path):
    _edit(bench, "defaults.yaml", "grundavgift_procent: 30", "grundavgift_procent: 40")
    fresh = Workbench(Session(params_dir=bench.session.params_dir, dataset=session.dataset),
                      "2024-02", outputs_dir=tmp_path / "fresh", debounce=0)
    path = bench.export()
    result = _costs(bench, MODEL)
    expected = _costs(fresh, MODEL)
    assert path is not None and result == expected
    assert result != [8632.0, 10339.0]   # the figures of the params as they were


def test_share_decimals_edited_is_used_at_the_next_change(bench):
    _edit(bench, "2024-02.yaml", "controller: Hanna Larsson",
          "controller: Hanna Larsson\nshare_decimals: 0")
    bench.name.value = "Egen modell 2"   # any change of the form
    result = bench.outcome.tables[results.COMPARISON]["Andel IT Gemensamt"].iloc[0]
    assert result == pytest.approx(0.44)


def test_a_period_file_made_bad_is_the_forms_one_line(bench):
    _edit(bench, "2024-02.yaml", "controller: Hanna Larsson", "controller: [Hanna")
    result = bench.export()
    assert result is None and bench.outcome is None
    assert "2024-02.yaml" in bench.message.value
