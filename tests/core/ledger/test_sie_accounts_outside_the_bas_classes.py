"""A SIE account without #KTYP whose first digit is 0 or 9 is no balance account (those
are classes 1–2): it is read as a CSV export's row is, summed where kontoplan.csv maps it
and flagged where it does not. It was dropped unseen, so the same transactions gave a
smaller utfall through SIE than through CSV."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.ledger.sie import parse_sie

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


def sie(konto: str, *records: str) -> bytes:
    ver = ['#VER A 1 20240115 ""', "{", f'#TRANS {konto} {{1 "9100"}} 100.00',
           "#TRANS 1930 {} -100.00", "}"]
    return ("\r\n".join([*HEAD, *records, *ver]) + "\r\n").encode("cp437")


@pytest.mark.parametrize(("konto", "expected"), [("9100", 9100), ("0", 0), ("0000", 0),
                                                 ("5011", 5011)])
def test_an_account_of_class_0_or_9_without_ktyp_is_read(konto, expected):
    result = parse_sie(sie(konto))[0]
    expected_frame = pd.DataFrame({"year": [2024], "month": [1], "konto": [expected],
                                   "ansvar": ["9100"], "ore": [10000]})
    pd.testing.assert_frame_equal(result, expected_frame, check_dtype=False)


@pytest.mark.parametrize(("konto", "typ"), [("9100", "T"), ("9100", "S"), ("1510", "")])
def test_a_balance_account_by_ktyp_or_class_is_not_read(konto, typ):
    records = [f"#KTYP {konto} {typ}"] if typ else []
    result = parse_sie(sie(konto, *records))[0]
    assert result.empty


def test_sie_and_csv_give_the_same_table_for_a_class_9_account_the_kontoplan_maps(data_dir):
    with open(data_dir / "kontoplan.csv", "a", encoding="utf-8") as handle:
        handle.write("9000,9999,Övriga kostnader,interna konton\n")
    folder = data_dir / "huvudbok"
    folder.mkdir()
    (folder / "a.se").write_bytes(sie("9100"))
    result = load_dataset(data_dir).tables["huvudbok"]
    (folder / "a.se").unlink()
    (folder / "transaktion-2024-01.csv").write_text(
        "Datum;Konto;Ansvar;Belopp\n2024-01-15;9100;9100;100,00\n", encoding="utf-8")
    expected = load_dataset(data_dir).tables["huvudbok"]
    columns = ["year", "month", "konto", "ansvar", "ore", "kontogrupp", "kostnadsstalle"]
    pd.testing.assert_frame_equal(result[columns], expected[columns])
