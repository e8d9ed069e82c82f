"""Hostile SIE files (core/ledger/sie.py): an amount beyond 10^12 kr was named
as "1000000000000000.0", a value the file does not hold, with the reason "punkt som
decimaltecken" it does not break; it is named as written in SIE (two decimals) with the
range it breaks, as the CSV exports' amounts are."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]


@pytest.mark.parametrize("amount", ["1000000000000000.00", "-2000000000000.50"])
def test_an_amount_beyond_the_plausible_range_is_named_with_its_range(data_dir, amount):
    opposite = amount[1:] if amount.startswith("-") else f"-{amount}"
    records = [*HEAD, '#VER A 1 20230105 ""', "{", f'#TRANS 5011 {{1 "9100"}} {amount}',
               f"#TRANS 1930 {{}} {opposite}", "}"]
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "x.se").write_bytes(("\r\n".join(records) + "\r\n").encode("cp437"))
    with pytest.raises(DataError, match=rf'huvudbok/x\.se:7: "{amount}" ligger utanför det '
                                        r"rimliga intervallet \(\|belopp\| ≤ 10\^12 kr\)"):
        load_dataset(data_dir)
