"""Page 01 names how many ansvar codes the mapping leaves out of the kostnadsställen's
utfall, as it does for accounts: their sum was below the statement's without a word there
(only the checks page listed them)."""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


@pytest.mark.parametrize(("codes", "expected"), [
    (["9100", "9100"], []),
    (["9100", "7777"], ["1 ansvar i huvudboken saknar kostnadsställe och ingår inte i "
                        "kostnadsställenas utfall (se kontrollerna)."]),
    (["7777", ""], ["2 ansvar i huvudboken saknar kostnadsställe och ingår inte i "
                    "kostnadsställenas utfall (se kontrollerna)."]),
])
def test_unmapped_ansvar_are_counted_on_the_page(data_dir, codes, expected):
    rows = [f"2024-0{month}-15;1;5011;{code};;1000,00;lön\n"
            for month, code in zip((1, 2), codes, strict=True)]
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + "".join(rows),
                                                                 encoding="utf-8")
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    result = [line for line in ledger.page_sentences(ctx) if "ansvar" in line]
    assert result == expected
