"""The checks name the konto and ansvar the mapping leaves out of every span whose ledger
utfall the report shows: months 1..P, and each earlier year the ledger has whole (its
bokslut column is the ledger's). A 2023 account outside the kontoplan was left out of
"Bokslut 2023" on a 2024-02 report whose checks were all green."""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.checks import FAIL

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def postings(konto: int, ansvar: str) -> str:
    """1 000 kr on 5011/9100 in each month of 2023 and of 2024 to February, and 2 000 kr
    on `konto`/`ansvar` in March 2023."""
    months = [(2023, m) for m in range(1, 13)] + [(2024, 1), (2024, 2)]
    rows = [f"{y}-{m:02d}-15;{i};5011;9100;;1000,00;lön\n" for i, (y, m) in enumerate(months)]
    return HEADER + "".join(rows) + f"2023-03-20;99;{konto};{ansvar};;2000,00;x\n"


@pytest.mark.parametrize(("konto", "ansvar", "expected"), [
    (4010, "9100", []),
    (9500, "9100", [("Konto 9500 saknar kontogrupp (jan–dec 2023)", 2.0)]),
    (4010, "7777", [("Ansvar 7777 saknar kostnadsställe (jan–dec 2023)", 2.0)]),
])
def test_codes_left_out_of_an_earlier_whole_year_fail(data_dir, konto, ansvar, expected):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion.csv").write_text(postings(konto, ansvar),
                                                           encoding="utf-8")
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    result = [(c.description, c.actual) for c in ledger.checks(ctx)
              if "saknar" in c.description and c.status == FAIL]
    assert result == expected


def test_a_year_not_whole_is_left_to_its_own_report(data_dir):
    text = postings(9500, "9100").replace("2023-12-15", "2023-11-16")  # no December 2023
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion.csv").write_text(text, encoding="utf-8")
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    result = [c.description for c in ledger.checks(ctx) if "saknar" in c.description]
    assert result == []
