"""The controller sets next year's uppräkning in params/<period>.yaml while the workbench is
open (the rates decided for the budget): at the next change the boxes not typed in show the
rates now on disk, so the tables, the export and the memo hold those and not the rates read
when the form opened; a rate the controller typed stays as typed."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session

RATES = "upprakning_procent: {default: 2.5, kontogrupper: {Personalkostnader: 3.0}}\n"


@pytest.fixture
def bench(session, tmp_path) -> Workbench:
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    (tmp_path / "params" / "modeller.yaml").unlink(missing_ok=True)
    with open(tmp_path / "params" / "2024-02.yaml", "a", encoding="utf-8") as out:
        out.write(RATES)
    own = Session(params_dir=tmp_path / "params", dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0)


def _set_rates(bench, old: str, new: str) -> None:
    path = bench.session.params_dir / "2024-02.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _budgets(bench) -> list[float]:
    table = bench.outcome.tables[results.NEXT]
    return table[table["Modell"] == "Nuvarande modell"]["Budget 2025"].tolist()


@pytest.mark.parametrize("old, new", [
    ("Personalkostnader: 3.0", "Personalkostnader: 3.5"),
    ("default: 2.5", "default: 1.5"),
    (RATES, ""),
])
def test_the_rates_now_in_params_are_what_the_form_shows(bench, session, old, new):
    _set_rates(bench, old, new)
    bench.name.value = "Mars"   # any change of the form
    fresh = Workbench(Session(params_dir=bench.session.params_dir, dataset=session.dataset),
                      "2024-02", debounce=0)
    result = ([box.value for box in bench.rate_boxes.values()], _budgets(bench))
    expected = ([box.value for box in fresh.rate_boxes.values()], _budgets(fresh))
    assert result == expected


def test_a_typed_rate_stays_as_typed(bench):
    bench.rate_boxes["Intäkter"].value = "4"
    _set_rates(bench, "default: 2.5", "default: 1.5")
    bench.name.value = "Mars"
    result = {g: box.value for g, box in bench.rate_boxes.items()}
    expected = {"Intäkter": "4", "Personalkostnader": "3",
                "Lokalkostnader, energi, VA": "1,5", "Övriga kostnader": "1,5",
                "Kapitalkostnader": "1,5"}
    assert result == expected


def test_the_export_right_after_the_edit_holds_the_rates_now_in_params(bench):
    import openpyxl

    _set_rates(bench, "Personalkostnader: 3.0", "Personalkostnader: 3.5")
    path = bench.export()   # the button alone, no change of the form in between
    sheet = openpyxl.load_workbook(path)[results.BUDGET]
    result = [row[:3] for row in sheet.iter_rows(min_row=3, values_only=True)
              if row[0] == "Personalkostnader"]
    expected = [("Personalkostnader", 14929, 0.035)]
    assert result == expected
