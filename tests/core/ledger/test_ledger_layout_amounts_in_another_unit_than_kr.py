"""Hostile run 40a (core/ledger): a controller whose export writes "Belopp (tkr)" put that
heading in huvudbok_layouts.yaml. The amounts were read as kr: 12,5 tkr counted as 12,50 kr
without a word. An amount heading naming another unit than kr (tkr, Mkr, KSEK, tusental,
öre) is now bad input naming the layouts file and the layout."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.layouts import load_layouts


def write(data_dir, amounts: str) -> None:
    (data_dir / "huvudbok_layouts.yaml").write_text(
        "layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, ansvar: Ansvar, "
        f"{amounts}}}\n", encoding="utf-8")


@pytest.mark.parametrize(("amounts", "field", "unit"), [
    ('belopp: "Belopp (tkr)"', "belopp", "tkr"),
    ("belopp: Utfall Mkr", "belopp", "Mkr"),
    ("belopp: KSEK", "belopp", "KSEK"),
    ("belopp: Belopp_tkr", "belopp", "tkr"),
    ("belopp: Belopp i tusental", "belopp", "tusental"),
    ("belopp: Belopp öre", "belopp", "öre"),
    ("debet: Debet, kredit: Kredit tkr", "kredit", "tkr"),
])
def test_an_amount_heading_in_another_unit_is_refused(data_dir, amounts, field, unit):
    write(data_dir, amounts)
    with pytest.raises(DataError, match=rf"huvudbok_layouts\.yaml: layout transaktion: {field} "
                       rf'har rubriken ".*" i {unit}, men beloppen läses i kr'):
        load_layouts(data_dir)


@pytest.mark.parametrize("amounts", ["belopp: Belopp", "belopp: Belopp kr", "belopp: Belopp SEK",
                                     "belopp: Tkrbelopp", "debet: Debet, kredit: Kredit"])
def test_an_amount_heading_in_kronor_is_read(data_dir, amounts):
    write(data_dir, amounts)
    result = [layout.name for layout in load_layouts(data_dir)]
    expected = ["transaktion"]
    assert result == expected
