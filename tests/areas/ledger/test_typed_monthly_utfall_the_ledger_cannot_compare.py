"""A typed utfall of a month before December that no ledger month can be compared with.

Rule: a typed utfall of a month (year to date, not December) is only ever compared with
the ledger's year to date (no page shows it: the statement's utfall is December's). When
the ledger has no postings for that month (or no ledger at all), or the mapping does not
cover its row, it is a warning on the checks page naming it, never read into nothing with
`itvt check` saying all is well.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import ledger, open_report
from itvt_lib.core.checks import WARN
from itvt_lib.core.ledger import uncompared_outcomes
from itvt_lib.core.periods import Period

TYPED = pd.DataFrame({"year": [2024, 2024, 2024, 2023], "measure": ["utfall"] * 4,
                      "period": ["2024-01", "2024-02", "2024-03", "2023-12"],
                      "kontogrupp": ["Intäkter"] * 4, "belopp": [-1.0, -2.0, -3.0, -4.0]})


@pytest.mark.parametrize(("months", "covered", "expected"), [
    ([], {"Intäkter"}, ["2024-01", "2024-02"]),            # no ledger month: both
    ([(2024, 1)], {"Intäkter"}, ["2024-02"]),              # January is compared
    ([(2024, 1), (2024, 2)], {"Intäkter"}, []),             # both compared
    ([(2024, 1), (2024, 2)], set(), ["2024-01", "2024-02"]),  # the mapping lacks the row
])
def test_uncompared_outcomes(months, covered, expected):
    booked = pd.DataFrame(months, columns=["year", "month"])
    result = uncompared_outcomes(TYPED, "kontogrupp", booked, Period(2024, 2),
                                 covered)["period"].tolist()
    assert result == expected


@pytest.mark.parametrize(("table", "row", "name"), [
    ("driftredovisning.csv", "2024,2024-02,utfall,Intäkter,-3000", "Intäkter"),
    ("kostnadsstalle_netto.csv", "2024,2024-02,utfall,IT Gemensamt,2500", "IT Gemensamt"),
])
def test_a_typed_monthly_utfall_without_a_ledger_is_a_warning(data_dir, table, row, name):
    path = data_dir / table
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    ctx = open_report("2024-02", data_dir=data_dir)
    result = [(c.status, c.expected, c.note) for c in ledger.checks(ctx)
              if c.description.startswith(f"Utfall 2024-02 {name}:")]
    expected = [(WARN, float(row.rsplit(",", 1)[1]),
                 "huvudboken har inga bokningar för månaden eller för raden; beloppet visas "
                 "inte någonstans")]
    assert result == expected


def test_the_papers_have_no_uncompared_utfall(data_dir):
    ctx = open_report("2024-02", data_dir=data_dir)
    result = [c.description for c in ledger.checks(ctx) if "inte jämfört" in c.description]
    assert result == []
