"""Typed utfall per kostnadsställe beside a ledger whose year carries no kostnadsställe (a
SIE type 2 file): the report keeps the typed figures, so there is nothing to compare them
with. The checks page failed "Utfall 2024-01 IT Gemensamt: inmatat mot huvudboken: väntat 5,
beräknat 0 (rapporten visar huvudbokens belopp)", a ledger utfall of 0 that does not exist.
With a ledger that carries kostnadsställen the comparison stays."""

from __future__ import annotations

import pytest
from ledger_exports import saldo_csv, sie_type_2

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("saldon-2024.se", sie_type_2(), ["Utfall 2024-01 Personalkostnader"]),
    ("saldo-2024.csv", saldo_csv(), ["Utfall 2024-01 Personalkostnader",
                                     "Utfall 2024-01 IT Gemensamt"]),
])
def test_typed_centres_compared_only_with_a_ledger_that_has_them(data_dir, name, content,
                                                                 expected):
    """TEST: typed utfall 2024-01 Personalkostnader 1 tkr, IT Gemensamt 5 tkr; the ledger
    1 000 kr on 5011 in January and February."""
    with open(data_dir / "driftredovisning.csv", "a", encoding="utf-8") as handle:
        handle.write("2024,2024-01,utfall,Personalkostnader,1\n")
    with open(data_dir / "kostnadsstalle_netto.csv", "a", encoding="utf-8") as handle:
        handle.write("2024,2024-01,utfall,IT Gemensamt,5\n")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / name).write_bytes(content)
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    result = [c.description.split(":")[0] for c in ledger.checks(ctx)
              if "inmatat mot huvudboken" in c.description]
    assert result == expected
