"""An export's amount heading "Belopp (t kr)", "Belopp i 1 000-tal kr" or "Belopp (1000 kr)"
put in huvudbok_layouts.yaml was read as kr (12,5 thousand kr counted as 12,50 kr) and
"Belopp t.o.m." (accumulated through the month) as the month's own, without a word, though
"Belopp (tkr)" and "Ack. belopp" were refused. These are bad input too, naming the layouts
file and the layout (core/ledger/layouts.py)."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.layouts import load_layouts


def write(data_dir, amounts: str) -> None:
    (data_dir / "huvudbok_layouts.yaml").write_text(
        "layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, ansvar: Ansvar, "
        f"{amounts}}}\n", encoding="utf-8")


@pytest.mark.parametrize(("amounts", "unit"), [
    ('belopp: "Belopp (t kr)"', "t kr"),
    ('belopp: "Belopp (T SEK)"', "T SEK"),
    ("belopp: Belopp i 1 000-tal kr", "1 000-tal kr"),
    ("belopp: Belopp i 1000-tal", "1000-tal"),
    ('belopp: "Belopp (1000 kr)"', "1000 kr"),
    ('belopp: "Belopp (m kr)"', "m kr"),
])
def test_an_amount_heading_in_thousands_written_out_is_refused(data_dir, amounts, unit):
    write(data_dir, amounts)
    with pytest.raises(DataError, match=rf"huvudbok_layouts\.yaml: layout transaktion: belopp "
                       rf'har rubriken ".*" i {unit}, men beloppen läses i kr'):
        load_layouts(data_dir)


def test_an_amount_heading_through_the_month_is_refused(data_dir):
    write(data_dir, "belopp: Belopp t.o.m.")
    with pytest.raises(DataError, match=r'layout transaktion: belopp har rubriken "Belopp '
                       r't\.o\.m\.", ett ackumulerat belopp'):
        load_layouts(data_dir)


@pytest.mark.parametrize("amounts", ["belopp: Belopp kr", "debet: Debet kr, kredit: Kredit kr",
                                     "belopp: Belopp SEK", "belopp: Belopp 2024"])
def test_an_amount_heading_in_kronor_is_read(data_dir, amounts):
    write(data_dir, amounts)
    result = [layout.name for layout in load_layouts(data_dir)]
    expected = ["transaktion"]
    assert result == expected
