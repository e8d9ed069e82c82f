"""The memo is not written when a model's costs per kommun for the report year do not sum
to the year's nettokostnad (page 80's check): e.g. a ledger moving 1 000 tkr of 2023 to
Herrljunga's own kostnadsställe while the bokslut of record keeps them joint (the joint
pools are brought back to the record, and the 1 000 tkr would count twice)."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from conftest import write_ledger_2023

from itvt_lib.areas import load_dataset, open_report
from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.publishing import memo

WHEN = datetime(2024, 3, 1, 9, 0)

def _ctx(tmp_path, herrljunga_kr: int, period: str = "2023-12"):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    write_ledger_2023(data_dir, herrljunga_kr)
    return open_report(period, dataset=load_dataset(data_dir))


def _write(ctx, folder, model: str = "Budgetandel"):
    return memo.write_memo(ctx, memo.chosen_model(ctx, model), folder, when=WHEN,
                           who="test", with_pdf=False)


@pytest.mark.parametrize(("period", "model"), [
    ("2023-12", "Budgetandel"),   # the report year
    ("2024-02", "Lika delar"),    # 2023 as a closed year on record
])
def test_memo_with_costs_counted_twice_is_refused_and_writes_nothing(tmp_path, period, model):
    ctx = _ctx(tmp_path, 1_000_000, period)
    out = tmp_path / "out"
    with pytest.raises(InputError, match=rf"^beslutsunderlaget skrivs inte: Finansieringsmodell: "
                       rf"{model}: kostnaden per kommun summerar till nettokostnaden "
                       r"\(utfall 2023\): väntat 26\xa0430, beräknat 27\xa0430: rätta indata"):
        _write(ctx, out, model)
    assert not (out / "scenarier").exists() or not any((out / "scenarier").iterdir())


@pytest.mark.parametrize(("period", "model"), [("2023-12", "Budgetandel"),
                                             ("2024-02", "Lika delar")])
def test_memo_whose_costs_sum_to_the_nettokostnad_is_written(tmp_path, period, model):
    ctx = _ctx(tmp_path, 0, period)
    (path,) = _write(ctx, tmp_path / "out", model)
    result = path.read_text(encoding="utf-8")
    assert "27\xa0430" not in result   # no model of 2023 sums past its nettokostnad
