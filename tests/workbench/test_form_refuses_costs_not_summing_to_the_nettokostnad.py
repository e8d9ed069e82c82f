"""The form shows no figures, but page 80's failing check as one line, when a model's
costs per kommun for the report year do not sum to the year's nettokostnad: e.g. a ledger
moving 1 000 tkr of 2023 to Herrljunga's own kostnadsställe while the bokslut of record
keeps them joint (the joint pools are brought back to the record; 1 000 tkr counted twice)."""

from __future__ import annotations

import shutil

import pytest
from conftest import write_ledger_2023

from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.workbench import Workbench
from itvt_lib.workbench.results import Session


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])   # report year; closed year
@pytest.mark.parametrize(("herrljunga_kr", "expected"), [
    (1_000_000, "(utfall 2023): väntat 26\xa0430, beräknat 27\xa0430: rätta indata"),
    (0, None),
])
def test_form_with_costs_counted_twice_shows_the_check_instead(tmp_path, herrljunga_kr,
                                                                expected, period):
    shutil.copytree(DATA_DIR, tmp_path / "data")
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    write_ledger_2023(tmp_path / "data", herrljunga_kr)
    session = Session(tmp_path / "data", tmp_path / "params")
    bench = Workbench(session, period, outputs_dir=tmp_path / "outputs", debounce=0)
    result = (bench.outcome is None, expected is not None and expected in bench.message.value)
    assert result == ((True, True) if expected else (False, False))
