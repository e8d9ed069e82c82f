"""Where the measurement a year earlier covers other months (six months of sick leave
against a year's), the checks page warns that the change compares different periods;
page 07 showed the change column and the summary's "ökat med" with only this year's range
stated. The range sentence above the table now names the earlier range and says so."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report, staff

ROWS_2022 = "2022-11,,,"
NOW = "Statistiken gäller 2022-12-01–2023-11-30."


@pytest.mark.parametrize(("earlier", "expected"), [
    ("2022-06-01,2022-11-30", NOW + " Siffrorna för Nov 2022 gäller 2022-06-01–2022-11-30: "
                              "förändringen jämför olika perioder."),
    ("2021-12-01,2022-11-30", NOW),
    (",", NOW),
], ids=["half-a-year", "a-year-earlier", "not-stated"])
def test_range_sentence_names_a_differing_earlier_range(data_dir, earlier, expected):
    path = data_dir / "personal.csv"
    text = path.read_text(encoding="utf-8")
    assert ROWS_2022 in text
    path.write_text(text.replace(ROWS_2022, f"2022-11,{earlier},"), encoding="utf-8")
    result = staff.statistics_span(open_report("2023-12", data_dir))
    assert result == expected
