"""`itvt check` with a bad model saved from the workbench (params/modeller.yaml): exit 2
and one line naming the file and the model's key, whether the params' types or the data
refuse it; no traceback."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, run_cli

from itvt_lib.core.paths import PARAMS_DIR

WHERE = "fel: params/modeller.yaml:2: financing_models"


@pytest.mark.slow  # runs the itvt command in a subprocess
@pytest.mark.parametrize(("model", "expected"), [
    ("{name: Egen, driver: lika, grundavgift_procent: 120}",
     "[1].grundavgift_procent: 120 är större än 100"),
    ("{name: '  ', driver: lika}", "[1].name: namnet saknas"),
    ("{name: Egen, driver: fast, andelar: {Herrljunga: -10, Vårgårda: 110}}",
     "[1].andelar.Herrljunga: -10 är mindre än 0"),
    ("{name: Egen, driver: fast, andelar: {Herrljunga: 40, Vårgårda: 50}}",
     "[1].andelar: andelarna summerar till 90 %, inte 100"),
    ("{name: Egen, driver: lika, andelar: {Herrljunga: 40, Vårgårda: 60}}",
     "[1].andelar: andelarna används bara med fördelningsgrunden fast (driver: fast eller en "
     "pool med fast); ta bort dem eller välj fast"),
    ("{name: Egen, driver: lika, farg: blå}",
     "[1].farg: okänd nyckel (kända: name, driver, pools, grundavgift_procent, andelar, "
     "underlag, upprakning_procent)"),
    ("{name: Egen, driver: okand}",
     '[1].driver: "okand" är ingen fördelningsgrund (befolkning, budgetandel, lika, fast, '
     "samtal)"),
])
def test_a_bad_saved_model_is_one_line_naming_the_file_and_key(tmp_path, model, expected):
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    (tmp_path / "params" / "modeller.yaml").write_text(f"financing_models:\n  - {model}\n",
                                                       encoding="utf-8")
    result = run_cli("check", "--period", "2024-02", "--params-dir", "params",
                     "--data-dir", ROOT / "data", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, f"{WHERE}{expected}\n")
