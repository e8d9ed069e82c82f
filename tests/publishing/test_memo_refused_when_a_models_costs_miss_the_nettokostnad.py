"""The memo is not written when a model's costs per kommun for the report year do not sum
to the year's nettokostnad (page 80's check): e.g. a ledger moving 1 000 tkr of 2023 to
Herrljunga's own kostnadsställe while the bokslut of record keeps them joint (the joint
pools are brought back to the record, and the 1 000 tkr would count twice)."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from itvt_lib.areas import load_dataset, open_report
from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.publishing import memo

WHEN = datetime(2024, 3, 1, 9, 0)

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text"


def _ledger_2023(herrljunga_kr: int) -> str:
    """TEST export: every month of 2023 booked, 26 430 000 kr in all (the bokslut's
    nettokostnad), `herrljunga_kr` of it on ansvar 9110 (Kommunspecifikt Herrljunga)."""
    rows = [f"2023-{m:02d}-15;{m};5011;9100;;1000000,00;lön" for m in range(1, 12)]
    rows.append(f"2023-12-15;12;5011;9100;;{26430000 - 11000000 - herrljunga_kr},00;lön")
    if herrljunga_kr:
        rows.append(f"2023-12-16;13;4010;9110;;{herrljunga_kr},00;eget")
    return "\n".join([HEADER, *rows]) + "\n"


def _ctx(tmp_path, herrljunga_kr: int, period: str = "2023-12"):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2023.csv").write_text(_ledger_2023(herrljunga_kr),
                                                                 encoding="utf-8")
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
