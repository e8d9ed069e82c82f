"""An investment utfall typed for a month before December.

Rule: investeringar.csv's `utfall` is the year's, with period YYYY-12 (data/README.md);
no page reads an utfall of another month (a monthly report shows the prognos), so one
for 2024-02 is bad input naming file, line and column, never read into nothing while
`itvt check` says all is well.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("row", "expected"), [
    ("2024,2024-02,utfall,Herrljunga,Reinvesteringar IT,300",
     r"investeringar\.csv:20: period: utfall gäller hela året: perioden ska vara 2024-12, "
     r"inte 2024-02"),
    ("2023,2023-11,utfall,Vårgårda,Reinvesteringar IT,300",
     r"investeringar\.csv:20: period: utfall gäller hela året: perioden ska vara 2023-12, "
     r"inte 2023-11"),
])
def test_an_investment_utfall_of_a_month_before_december_is_refused(data_dir, row, expected):
    path = data_dir / "investeringar.csv"
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_the_papers_year_end_utfall_is_read(data_dir):
    frame = load_dataset(data_dir)["investeringar"]
    result = sorted(set(frame.loc[frame["measure"] == "utfall", "period"]))
    expected = ["2023-12"]
    assert result == expected
