"""Hostile run 40a (core/ledger): in a SIE type 3 file the #PSALDO (or #PBUDGET) parts on
the kostnadsställe's objects may add up to more than the account total (`{}`), e.g. an
object counted twice. The rest of the total without object was then shown as a
kostnadsställe "(tomt)" of the opposite sign, and the objects' costs as booked. Such
parts are now one line naming the total's line; a rest running with the total is read."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.sie_object_parts import beyond_total

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20230101 20231231"]


def load(data_dir, *records: str):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "x.se").write_bytes(
        ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437"))
    return load_dataset(data_dir)


@pytest.mark.parametrize(("label", "total", "parts", "summed"), [
    ("#PSALDO", "1000.00", ["700.00", "500.00"], "1200,00"),
    ("#PSALDO", "-500.00", ["-300.00", "-300.00"], "\u2212600,00"),
    ("#PSALDO", "0.00", ["300.00", "0.00"], "300,00"),
    ("#PBUDGET", "1000.00", ["700.00", "500.00"], "1200,00"),
], ids=["cost", "income", "zero-total", "budget"])
def test_object_parts_beyond_their_account_total_are_bad_input(
        data_dir, label, total, parts, summed):
    records = [f"{label} 0 202301 5011 {{}} {total}",
               f'{label} 0 202301 5011 {{1 "9100"}} {parts[0]}',
               f'{label} 0 202301 5011 {{1 "9200"}} {parts[1]}']
    with pytest.raises(DataError, match=rf"huvudbok/x\.se:5: {label} för 202301 konto 5011: "
                       rf"objekten i dimension 1 summerar till {summed} kr, mer än "
                       "kontosumman") as info:
        load(data_dir, *records)
    assert "\n" not in str(info.value)


def test_a_rest_running_with_the_total_is_read_as_no_object(data_dir):
    records = ["#PSALDO 0 202301 5011 {} 1000.00", '#PSALDO 0 202301 5011 {1 "9100"} 1200.00',
               '#PSALDO 0 202301 5011 {1 "9200"} -500.00']
    table = load(data_dir, *records).tables["huvudbok"]
    result = table.groupby(["konto", "ansvar"])["ore"].sum().to_dict()
    expected = {(5011, "9100"): 120000, (5011, "9200"): -50000, (5011, ""): 30000}
    assert result == expected


@pytest.mark.parametrize(("total", "rest", "expected"), [
    (1000, 200, False), (1000, 0, False), (1000, -200, True), (-500, -100, False),
    (-500, 100, True), (0, 0, False), (0, -300, True), (-100, -400, False),
])
def test_beyond_total(total, rest, expected):
    result = beyond_total(total, rest)
    assert result == expected
