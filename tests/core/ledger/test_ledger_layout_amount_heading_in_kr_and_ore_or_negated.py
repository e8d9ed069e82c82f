"""Hostile run 40m (core/ledger): an amount heading naming another unit or an accumulation
was refused wherever the word stood, so a kr export headed "Belopp kr och öre" or "Belopp
(kr,öre)", or a period's own amount headed "Belopp exkl. IB", "Periodens utfall, ej
ackumulerat" or "Belopp ej tkr", stopped the run (exit 2) though its amounts are read right.
Rule (core.ledger.layouts.named_in): a word negated before it (ej, inte, utan, exkl.) does
not count, and öre only without kr beside it; "Belopp öre", "Belopp (tkr)" and "Ack. belopp"
are still refused."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.layouts import load_layouts


def write(data_dir, heading: str) -> None:
    (data_dir / "huvudbok_layouts.yaml").write_text(
        "layouts:\n  saldo:\n    columns: {period: Period, konto: Konto, ansvar: Ansvar, "
        f'belopp: "{heading}"}}\n', encoding="utf-8")


@pytest.mark.parametrize("heading", [
    "Belopp kr och öre", "Belopp (kr,öre)", "Belopp, kronor och öre", "Belopp kr/öre",
    "Belopp SEK öre", "Belopp exkl. IB", "Belopp utan IB", "Belopp (ej ack.)",
    "Periodens utfall, ej ackumulerat", "Utfall per period (inte YTD)", "Belopp ej tkr",
])
def test_an_amount_heading_in_kr_or_negating_the_word_is_read(data_dir, heading):
    write(data_dir, heading)
    result = [layout.name for layout in load_layouts(data_dir)]
    expected = ["saldo"]
    assert result == expected


@pytest.mark.parametrize(("heading", "message"), [
    ("Belopp öre", "i öre, men beloppen läses i kr"),
    ("Belopp (tkr), ej ack.", "i tkr, men beloppen läses i kr"),
    ("Ack. belopp exkl. moms", "ett ackumulerat belopp"),
    ("Belopp ej tkr, YTD", "ett ackumulerat belopp"),
])
def test_a_unit_or_accumulation_not_negated_is_still_refused(data_dir, heading, message):
    write(data_dir, heading)
    with pytest.raises(DataError, match=rf"huvudbok_layouts\.yaml: layout saldo: belopp har "
                       rf"rubriken .*{message}"):
        load_layouts(data_dir)
