"""A CSV layout in huvudbok_layouts.yaml that maps both `belopp` and `debet`/`kredit` was
accepted and read `belopp` alone: an export whose Belopp column is unsigned (the side is
in Debet/Kredit) had its income read as cost, and `itvt check` said ok. Rule: a layout
gives the amount one way, `belopp` or `debet` and `kredit`, never both."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import load_layouts

HEAD = "layouts:\n  transaktion:\n    columns:\n      datum: Datum\n      konto: Konto\n" \
       "      ansvar: Ansvar\n"


def layouts(data_dir, amount_columns: str):
    (data_dir / "huvudbok_layouts.yaml").write_text(HEAD + amount_columns, encoding="utf-8")
    return load_layouts(data_dir)


@pytest.mark.parametrize("amount_columns", [
    "      belopp: Belopp\n      debet: Debet\n      kredit: Kredit\n",
    "      belopp: Belopp\n      kredit: Kredit\n",
    "      belopp: Belopp\n      debet: Debet\n",
], ids=["both", "belopp-and-kredit", "belopp-and-debet"])
def test_a_layout_with_belopp_and_debet_or_kredit_is_refused(data_dir, amount_columns):
    with pytest.raises(DataError, match="layout transaktion: belopp eller debet och kredit, "
                                        "inte båda"):
        layouts(data_dir, amount_columns)


@pytest.mark.parametrize("amount_columns, expected", [
    ("      belopp: Belopp\n", {"belopp"}),
    ("      debet: Debet\n      kredit: Kredit\n", {"debet", "kredit"}),
], ids=["belopp", "debet-kredit"])
def test_a_layout_with_the_amount_one_way_is_read(data_dir, amount_columns, expected):
    result = set(layouts(data_dir, amount_columns)[0].columns) & {"belopp", "debet", "kredit"}
    assert result == expected
