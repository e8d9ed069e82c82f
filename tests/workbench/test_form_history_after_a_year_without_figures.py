"""The form's Historik: an own model with figures for 2022 and 2024 but not 2023 (calls for
2021 and 2023 in the data, none for 2022) shows no cumulative difference for 2024, and a
note says which year is missing and why."""

from __future__ import annotations

import shutil

import numpy as np

from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session


def test_no_cumulative_difference_after_a_year_without_figures(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path / "data")
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    with open(tmp_path / "data" / "fordelningsnycklar.csv", "a", encoding="utf-8") as file:
        file.write("samtal,2021,Herrljunga,1000,Test\nsamtal,2021,Vårgårda,3000,Test\n")
    session = Session(data_dir=tmp_path / "data", params_dir=tmp_path / "params")
    bench = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs")
    bench.pool_drivers["IT Gemensamt"].value = "lika"
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.settle()
    history = bench.outcome.tables[results.HISTORY]
    own = history[history["Modell"] == bench.name.value].set_index(["År", "Kommun"])
    result = own["Kumulativ skillnad mot nuvarande"]
    assert list(own.index.get_level_values(0).unique()) == [2022, 2024]
    assert result.loc[2022].notna().all() and np.isnan(result.loc[2024]).all()
    notes = bench.outcome.notes[results.HISTORY]
    assert (f"Kumulativ skillnad {bench.name.value} 2023: uppgift saknas: växelns samtal per "
            "kommun finns inte för 2022 i data/fordelningsnycklar.csv") in notes
