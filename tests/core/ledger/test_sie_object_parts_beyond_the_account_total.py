"""In a SIE type 3 file an account's total (`#PSALDO ... {}`) is the balance over every
object, and its parts on the kostnadsställe's objects need not add up to it: what no
object carries is the postings without a kostnadsställe (shown as "(tomt)"), and those may
run against the total — a credit booked without ansvar beside costs on 9100. Run 40a
refused parts beyond their total as "counted twice"; run 40m found that refusal stopping
real exports (one dimension's objects are flat and a balance on the same object twice is
already refused), so the rest is read, of either sign, as the standard means it."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 3", "#RAR 0 20230101 20231231"]


def load(data_dir, *records: str):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "x.se").write_bytes(
        ("\r\n".join([*HEAD, *records]) + "\r\n").encode("cp437"))
    return load_dataset(data_dir)


@pytest.mark.parametrize(("total", "parts", "rest"), [
    ("1000.00", ["700.00", "500.00"], -20000),     # a credit of 200 kr without ansvar
    ("-500.00", ["-300.00", "-300.00"], 10000),
    ("0.00", ["300.00", "0.00"], -30000),          # moved onto 9100 from no ansvar
    ("1000.00", ["1200.00", "-500.00"], 30000),    # a rest running with the total
], ids=["cost", "income", "zero-total", "with-the-total"])
def test_the_rest_without_object_is_read_of_either_sign(data_dir, total, parts, rest):
    records = [f"#PSALDO 0 202301 5011 {{}} {total}",
               f'#PSALDO 0 202301 5011 {{1 "9100"}} {parts[0]}',
               f'#PSALDO 0 202301 5011 {{1 "9200"}} {parts[1]}']
    table = load(data_dir, *records).tables["huvudbok"]
    result = table.groupby(["konto", "ansvar"])["ore"].sum().to_dict()
    expected = {(5011, "9100"): round(float(parts[0]) * 100),
                (5011, "9200"): round(float(parts[1]) * 100), (5011, ""): rest}
    assert {k: v for k, v in result.items() if v or k[1]} == \
        {k: v for k, v in expected.items() if v or k[1]}
    assert sum(result.values()) == round(float(total) * 100)
