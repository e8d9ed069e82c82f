"""A figure of unknown kind (the checks page's and workbook's Publicerat/Beräknat) that
is not whole to the öre of a tkr shows the decimals that say so: a sum of project lines
51,004 tkr against a printed 50 with tolerance 1 fails, and must not read "51"."""

from __future__ import annotations

import pytest

from itvt_lib.areas import investments, open_report
from itvt_lib.core.formatting import VALUE_KIND, fmt_value


@pytest.mark.parametrize(("value", "expected"), [
    (51.004, "51,004"), (448.996, "448,996"), (-0.004, "\u22120,004"), (3.00001, "3,00001"),
    (51.0049999, "51,005"), (26_431.000000000007, "26\u00a0431"), (5.3, "5,30"),
    (0.8333333, "0,83"), (1234.5, "1\u00a0234,50"), (51.0, "51"), (0.000001, "0"),
])
def test_a_figure_of_unknown_kind_shows_that_it_is_not_whole(value, expected):
    result = fmt_value(value)
    assert result == expected


@pytest.mark.parametrize(("value", "stored", "number_format"), [
    (51.004, 51.004, '#,##0.000;"\u2212"#,##0.000;"0"'),
    (26_431.000000000007, 26_431.0, '#,##0;"\u2212"#,##0;"0"'),
    (0.8333333, 0.83, '#,##0.00;"\u2212"#,##0.00;"0"'),
])
def test_the_workbook_cell_shows_it_as_the_page_does(value, stored, number_format):
    result = (VALUE_KIND.xlsx_value(value), VALUE_KIND.xlsx_format(value))
    expected = (stored, number_format)
    assert result == expected


def test_a_failed_investment_check_shows_the_difference_beyond_its_tolerance(data_dir, params):
    path = data_dir / "investeringar.csv"
    text = path.read_bytes().decode("utf-8")
    old = "2023,2023-12,utfall,Vårgårda,Nätverk,50"
    assert old in text
    path.write_bytes(text.replace(old, "2023,2023-12,utfall,Vårgårda,Nätverk,51.004")
                     .encode("utf-8"))
    checks = investments.checks(open_report("2023-12", data_dir, params))
    result = [(c.status, fmt_value(c.expected), fmt_value(c.actual), fmt_value(c.tolerance))
              for c in checks if "IT Vårgårda, utfall" in c.description]
    expected = [("fail", "50", "51,004", "1")]
    assert result == expected
