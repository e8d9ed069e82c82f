"""A February export that repeats January's warned on the checks page ("under februari
visas 0 timmar"), while page 03's summary said "Under februari har 0 timmar använts." as
a fact. The sentence now says the month shows 0 because the export is January's again;
a January export of its own keeps the month's hours as before."""

from __future__ import annotations

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import projects


@pytest.mark.parametrize(("january_hours", "expected"), [
    (None, "Under februari visas 0 timmar: exporten är densamma som för januari (se "
           "kontrollerna)."),
    ("100", "Under februari har 45 timmar använts."),
], ids=["repeated", "its-own"])
def test_month_sentence_of_a_repeated_export(data_dir, january_hours, expected):
    february = (data_dir / "projekttid" / "2024-02.csv").read_text(encoding="utf-8")
    january = february.replace("2024-02,", "2024-01,")
    if january_hours is not None:
        january = january.replace(",145,", f",{january_hours},")
    (data_dir / "projekttid" / "2024-01.csv").write_text(january, encoding="utf-8")
    result = projects.summary(report.open_report("2024-02", data_dir))[-1]
    assert result == expected
