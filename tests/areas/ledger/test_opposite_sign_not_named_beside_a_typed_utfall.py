"""At year end with a ledger lacking a month of the year (June; December booked, so the
start page summarises it), the report shows the typed utfall,
yet the summary (on the start page) went on: "Utfallet för Intäkter har motsatt tecken mot
budgeten och ingår så i nettokostnaden" — of a nettokostnad that holds nothing of the
ledger. The sentence stays on page 01 beside the ledger's year to date, and in the summary
where the ledger's whole year is shown."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
NAMED = ("Utfallet för Intäkter har motsatt tecken mot budgeten och ingår så i "
         "nettokostnaden: kontrollera att exporten inte vänder tecknet (se kontrollerna).")


def _ctx(tmp_path, months):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    lines = "".join(f"2023-{m:02d}-15;{m};3100;9100;;200000,00;avgift\n"
                    f"2023-{m:02d}-16;{m};5011;9100;;1000,00;lön\n" for m in months)
    (data_dir / "huvudbok" / "transaktion-2023.csv").write_text(HEADER + lines,
                                                                 encoding="utf-8")
    return report.open_report("2023-12", dataset=load_dataset(data_dir))


@pytest.mark.parametrize(("months", "in_summary"), [
    ([m for m in range(1, 13) if m != 6], False),   # June missing: the typed utfall shown
    (range(1, 13), True),    # the ledger's whole year is the utfall shown
], ids=["typed", "ledger"])
def test_opposite_sign_named_only_beside_the_ledgers_utfall(tmp_path, months, in_summary):
    ctx = _ctx(tmp_path, months)
    result = (ledger.has_data(ctx.dataset, ctx.period),   # December booked: summarised
              NAMED in ledger.page_sentences(ctx), NAMED in ledger.summary(ctx))
    assert result == (True, True, in_summary)
