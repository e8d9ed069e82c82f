"""A balance export (SIE type 2 #PSALDO, or the CSV saldo layout) made in March may list
every period of the year, with 0,00 for the months not yet booked. Those months counted as
booked: the year looked whole, its two months' utfall became the year's utfall, 2024-12
became a reportable year-end period and `itvt check` said ok. Rule: a month is booked when
some row of it has a non-zero amount."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.ledger import DRIFT, whole_years
from itvt_lib.core.periods import Period


def sie_type_2(booked: range) -> bytes:
    rows = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 2", "#RAR 0 20240101 20241231"]
    for month in range(1, 13):
        amount = 1000.0 if month in booked else 0.0
        rows.append(f"#PSALDO 0 2024{month:02d} 5011 {{}} {amount:.2f}")
    return ("\r\n".join(rows) + "\r\n").encode("cp437")


def saldo_csv(booked: range) -> bytes:
    rows = "".join(f"2024-{m:02d};5011;9100;{'1000,00' if m in booked else '0,00'}\n"
                   for m in range(1, 13))
    return ("Period;Konto;Ansvar;Belopp\n" + rows).encode("utf-8")


EXPORTS = {"saldon-2024.se": sie_type_2, "saldo-2024.csv": saldo_csv}


def with_export(data_dir, name: str, booked: range):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / name).write_bytes(EXPORTS[name](booked))
    return load_dataset(data_dir)


@pytest.mark.parametrize("name", EXPORTS)
def test_zero_balances_after_march_make_no_whole_year(data_dir, name):
    dataset = with_export(data_dir, name, range(1, 3))
    drift = dataset.tables[DRIFT]
    result = drift[(drift["year"] == 2024) & (drift["measure"] == "utfall")]
    assert result.empty
    assert not ledger.ledger_wins(dataset, 2024)
    assert Period.parse("2024-12") not in report.reportable_periods(dataset)


@pytest.mark.parametrize("name", EXPORTS)
def test_the_month_check_names_months_of_zero_balances(data_dir, name):
    dataset = with_export(data_dir, name, range(1, 2))
    ctx = report.open_report("2024-02", dataset=dataset)
    result = [(c.status, c.note) for c in ledger.checks(ctx)
              if c.description.startswith("Huvudboken har bokningar")]
    expected = [("warn", "saknas: feb")]
    assert result == expected


@pytest.mark.parametrize("name", EXPORTS)
def test_a_year_of_twelve_booked_months_is_whole(data_dir, name):
    dataset = with_export(data_dir, name, range(1, 13))
    assert ledger.ledger_wins(dataset, 2024)


def test_whole_years_count_months_with_a_non_zero_amount():
    frame = pd.DataFrame({"year": [2023] * 12 + [2024] * 12, "month": [*range(1, 13)] * 2,
                          "konto": 5011, "ore": [100] * 12 + [100] * 11 + [0]})
    result = whole_years(frame)
    assert result == {2023}
