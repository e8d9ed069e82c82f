"""Hostile run 40a (core/ledger): a balance export's accumulated column ("Ack. belopp",
"Utfall hittills", "YTD", a closing balance "UB") put in huvudbok_layouts.yaml as `belopp`
was read as each period's own amount: February's ack. counted January twice. An amount
heading saying it is accumulated is now bad input naming the layouts file and the layout."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.layouts import load_layouts


def write(data_dir, amounts: str) -> None:
    (data_dir / "huvudbok_layouts.yaml").write_text(
        "layouts:\n  saldo:\n    columns: {period: Period, konto: Konto, ansvar: Ansvar, "
        f"{amounts}}}\n", encoding="utf-8")


@pytest.mark.parametrize("amounts", ["belopp: Ack. belopp", "belopp: Utfall hittills",
                                     "belopp: Belopp YTD", "belopp: Ackumulerat utfall",
                                     "debet: Debet, kredit: Kredit ack", "belopp: UB",
                                     "belopp: Utgående saldo", "belopp: IB"])
def test_an_accumulated_amount_heading_is_refused(data_dir, amounts):
    write(data_dir, amounts)
    with pytest.raises(DataError, match=r"huvudbok_layouts\.yaml: layout saldo: .* ett "
                       "ackumulerat belopp, men beloppen läses som periodens eget"):
        load_layouts(data_dir)


@pytest.mark.parametrize("amounts", ["belopp: Belopp", "belopp: Ackord", "belopp: Periodens belopp",
                                     "belopp: Saldo", "belopp: Utfall"])
def test_a_periods_own_amount_heading_is_read(data_dir, amounts):
    write(data_dir, amounts)
    result = [layout.name for layout in load_layouts(data_dir)]
    expected = ["saldo"]
    assert result == expected
