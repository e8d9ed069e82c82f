"""A project whose hours so far fell since January's export (200 → 145) warned on the
checks page, while page 03's summary said "Under februari har −55 timmar använts." as a
fact. The sentence now says what the month shows and that hours so far fell; a month
where none fell keeps the plain sentence."""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects


@pytest.mark.parametrize(("january_hours", "expected"), [
    ("200", "Under februari visas −55 timmar: timmarna hittills i år minskar för 1 projekt "
            "(se kontrollerna)."),
    ("100", "Under februari har 45 timmar använts."),
], ids=["fell", "rose"])
def test_month_sentence_where_hours_so_far_fell(data_dir, january_hours, expected):
    february = (data_dir / "projekttid" / "2024-02.csv").read_text(encoding="utf-8")
    january = february.replace("2024-02,", "2024-01,").replace(",145,", f",{january_hours},")
    (data_dir / "projekttid" / "2024-01.csv").write_text(january, encoding="utf-8")
    result = projects.summary(report.open_report("2024-02", data_dir))[-1]
    assert result == expected
