"""A transaction export made in March may hold postings dated in every month of the year
(accruals booked ahead, a licence spread over twelve months). Those months counted as
booked: the year looked whole, its ledger sum became the year's utfall, 2024-12 became a
reportable year-end period and `itvt check` said ok. Rule: a year is whole only once it
has ended (by the run's date)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.ledger import mapping, whole_years
from itvt_lib.core.periods import Period


def _every_month_of_2024() -> pd.DataFrame:
    return pd.DataFrame({"year": [2024] * 12, "month": range(1, 13), "ore": [1000] * 12})


@pytest.mark.parametrize(("on", "expected"), [
    (dt.date(2024, 3, 5), set()),           # in March: months ahead are accruals
    (dt.date(2024, 12, 31), set()),         # the last day: the year has not ended
    (dt.date(2025, 1, 1), {2024}),
])
def test_a_year_is_whole_once_it_has_ended(on, expected):
    result = whole_years(_every_month_of_2024(), on)
    assert result == expected


def test_accruals_booked_ahead_make_no_year_end(data_dir, monkeypatch):
    monkeypatch.setattr(mapping, "today", lambda: dt.date(2024, 3, 5), raising=False)
    rows = ["Datum;Verifikation;Konto;Ansvar;Belopp", "2024-01-10;1;5011;9100;1200000,00",
            "2024-02-10;2;5011;9100;1300000,00"]
    rows += [f"2024-{m:02d}-28;P{m};4010;9100;10000,00" for m in range(1, 13)]
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text("\n".join(rows) + "\n",
                                                                encoding="utf-8")
    dataset = load_dataset(data_dir)
    assert not ledger.ledger_wins(dataset, 2024)
    assert Period.parse("2024-12") not in report.reportable_periods(dataset)
