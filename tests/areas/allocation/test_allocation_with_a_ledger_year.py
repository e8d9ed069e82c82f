"""Page 02 at year end from a ledger alone (no typed utfall per kostnadsställe, no bokslut
of record yet): the kommunspecifika costs are the ledger's, as on pages 01 and 80. Page 02
read the typed table and showed Herrljunga's kommunspecifika kostnader as 0 ("–") while page
01 showed the ledger's 500 tkr."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import allocation, load_dataset


def _without(path, prefix: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith(prefix)),
                    encoding="utf-8")


@pytest.mark.parametrize(("specific", "expected"), [
    ({"9110": "500000,00", "9120": "120000,00"}, [500.0, 120.0]),
    ({"9110": "-2500,50"}, [-2.5005, 0.0]),
])
def test_kommunspecifika_from_the_ledger_year(data_dir, specific, expected):
    """TEST: 2023's typed utfall per kostnadsställe and its bokslut rows removed; a
    ledger with 1 000 kr on 4010 (ansvar 9100) every month of 2023 and `specific` kr on
    4010 in June for the kommunspecifika ansvar 9110 (Herrljunga) and 9120 (Vårgårda)."""
    _without(data_dir / "kostnadsstalle_netto.csv", "2023,2023-12,utfall")
    _without(data_dir / "bokslut_totaler.csv", "2023,")
    rows = [f"2023-{m:02d}-15;{m};4010;9100;;1000,00;inköp\n" for m in range(1, 13)]
    rows += [f"2023-06-20;S{a};4010;{a};;{kr};eget\n" for a, kr in specific.items()]
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2023.csv").write_text(
        "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n" + "".join(rows),
        encoding="utf-8")
    ctx = report.open_report("2023-12", dataset=load_dataset(data_dir))
    result = allocation.allocation_for(ctx)["Kommunspecifika"]
    expected = pd.Series(expected, index=["Herrljunga", "Vårgårda"], name="Kommunspecifika")
    pd.testing.assert_series_equal(result, expected)
