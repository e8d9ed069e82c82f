"""A share or percent of 1 000 % or more (a change from a small base: "+1 250,0 %") reads in
a workbook as on the page, thousands grouped: its format was 0.0 %, which showed
"+1250,0 %" beside the page's "+1 250,0 %"."""

from __future__ import annotations

import pytest

from itvt_lib.core.formatting import percent, share


@pytest.mark.parametrize(("kind", "value", "expected"), [
    (percent(1, signed=True), 1250.0, ("+1\u00a0250,0\u00a0%", '"+"#,##0.0" "%')),
    (share(0), 12.5, ("1\u00a0250\u00a0%", '#,##0" "%')),
    (share(2), 0.4365, ("43,65\u00a0%", '#,##0.00" "%')),
])
def test_the_format_groups_thousands_as_the_page_does(kind, value, expected):
    text, form = kind.text(value), kind.xlsx_format(value)
    result = (text, form.split(";")[0].replace("\u00a0", " "))
    assert result == expected
