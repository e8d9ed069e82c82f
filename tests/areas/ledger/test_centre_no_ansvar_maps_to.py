"""A kostnadsställe that no ansvar in ansvar.csv maps to gets no postings from the ledger:
its utfall year to date is unknown, not 0. Page 01's table "Kostnadsställe, hittills"
showed Telefonväxel's utfall 0 and an avvikelse of its whole periodised budget, as if it
were under budget, while its costs were booked on another kostnadsställe's ansvar. Rule:
such a kostnadsställe's utfall (and the sum row's) is missing; a mapped one without
postings is 0."""

from __future__ import annotations

import math

from ledger_exports import saldo_csv

from itvt_lib import areas as report
from itvt_lib.areas import budget, ledger, load_dataset

UTFALL = "Utfall jan–feb 2024"


def centres(data_dir, drop_ansvar: str | None):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2024.csv").write_bytes(saldo_csv())
    if drop_ansvar is not None:
        path = data_dir / "ansvar.csv"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in lines if not line.startswith(f"{drop_ansvar},")]
        assert len(kept) == len(lines) - 1
        path.write_text("".join(kept), encoding="utf-8")
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    return ledger.centres_ytd_for(ctx), budget.total_label(ctx.params)


def test_a_centre_no_ansvar_maps_to_has_no_utfall(data_dir):
    table, total = centres(data_dir, drop_ansvar="9200")
    result = [math.isnan(table.loc[name, UTFALL]) for name in ("Telefonväxel", total)]
    assert result == [True, True]


def test_a_mapped_centre_keeps_its_utfall(data_dir):
    table, _ = centres(data_dir, drop_ansvar="9200")
    result = table.loc["IT Gemensamt", UTFALL]
    assert not math.isnan(result)


def test_with_every_centre_mapped_each_has_an_utfall(data_dir):
    table, total = centres(data_dir, drop_ansvar=None)
    result = table[UTFALL].isna().any()
    assert not result
