"""Hostile SIE files (core/ledger/sie.py): a #PSALDO on objects of another
dimension, or of several, with no account total (`{}`) beside it was dropped without a
word, so its amount vanished from the utfall; a SIE 1 file (year balances only) was read
as an empty ledger. Both are one line naming the file now; what can be placed still is."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20230101 20231231"]


def load(data_dir, *records: str, head=HEAD):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "x.se").write_bytes(
        ("\r\n".join([*head, *records]) + "\r\n").encode("cp437"))
    return load_dataset(data_dir)


@pytest.mark.parametrize("objects", ['{1 "9100" 6 "P1"}', '{6 "P1"}'],
                         ids=["two-dimensions", "other-dimension"])
def test_a_balance_that_only_its_missing_account_total_could_place_is_bad_input(
        data_dir, objects):
    with pytest.raises(DataError, match=r"huvudbok/x\.se:5: #PSALDO för 202301 konto 5011 "
                                        r"har objekten \{.*\} men ingen kontosumma") as info:
        load(data_dir, f"#PSALDO 0 202301 5011 {objects} 500.00")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("records", "expected"), [
    (['#PSALDO 0 202301 5011 {} 500.00', '#PSALDO 0 202301 5011 {1 "9100" 6 "P1"} 300.00'],
     {(5011, ""): 50000}),
    (['#PSALDO 0 202301 5011 {1 "9100"} 500.00'], {(5011, "9100"): 50000}),
    (['#PSALDO 0 202301 5011 {} 500.00', '#PSALDO 0 202301 5011 {1 "9100"} 200.00'],
     {(5011, "9100"): 20000, (5011, ""): 30000}),
], ids=["total-beside-two-dimensions", "dimension-1-alone", "total-and-dimension-1"])
def test_balances_that_can_be_placed_are_summed_once(data_dir, records, expected):
    table = load(data_dir, *records).tables["huvudbok"]
    result = table.groupby(["konto", "ansvar"])["ore"].sum().to_dict()
    assert result == expected


def test_a_sie_1_file_of_year_balances_is_bad_input_not_an_empty_ledger(data_dir):
    head = [*HEAD[:2], "#SIETYP 1", HEAD[3]]
    with pytest.raises(DataError, match=r"huvudbok/x\.se: #SIETYP 1 har bara årssaldon"):
        load(data_dir, "#RES 0 5011 500.00", head=head)
