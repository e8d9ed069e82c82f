"""A kontogrupp whose ledger utfall has the opposite sign of its budget (intäkter exported
as +2 000 tkr) warned on the checks page, while page 01 and the start page showed the
nettokostnad it is part of (2 001 tkr, "1 161 tkr lägre än den periodiserade budgeten")
without a word. The kontogrupp is now named beside the nettokostnad: in page 01's
sentences, the summary and the key figures' note; signs as booked add nothing."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
NAMED = ("Utfallet för Intäkter har motsatt tecken mot budgeten och ingår så i "
         "nettokostnaden: kontrollera att exporten inte vänder tecknet (se kontrollerna).")


def _ctx(tmp_path, lines: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + lines,
                                                                 encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


REVERSED = "2024-01-15;1;3100;9100;;2000000,00;avgift\n2024-02-15;2;5011;9100;;1000,00;lön\n"
AS_BOOKED = "2024-01-15;1;3100;9100;;-2000000,00;avgift\n2024-02-15;2;5011;9100;;1000,00;lön\n"


@pytest.mark.parametrize(("lines", "expected"), [(REVERSED, NAMED), (AS_BOOKED, "")],
                         ids=["reversed", "as-booked"])
def test_opposite_sign_named_beside_the_nettokostnad(tmp_path, lines, expected):
    ctx = _ctx(tmp_path, lines)
    result = (ledger.sign_sentence(ctx), expected in ledger.page_sentences(ctx),
              expected in ledger.summary(ctx), [k.note for k in ledger.key_figures(ctx)])
    assert result == (expected, bool(expected), bool(expected), [expected, expected])
