"""The annual report's facts: a figure is found in its sentence, each fact's check (without
a tolerance) and its value as the report writes it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import annual_report
from itvt_lib.core.checks import FAIL, PASS

SENTENCE = ("Under 2023 har enheten haft en pensionsavgång, en uppsägning på egen begäran "
            "och en som avslutat sin projektanställning.")


# ---------------------------------------------------------------- annual report: facts


@pytest.mark.parametrize(("value", "text", "sentence", "expected"), [
    (93.0, None, "påvisar att 93 % av dem som ringer in", False),  # a percentage, no count
    (94.0, None, "påvisar att 93 % av dem som ringer in", False),
    (1350.0, None, "1350 datorer har bytts ut", True),
    (1350.0, None, "1 350 datorer har bytts ut", True),          # digit groups spaced
    (1350.0, None, "1\u00a0350 datorer har bytts ut", True),
    (135.0, None, "1350 datorer har bytts ut", False),           # part of a longer number
    (350.0, None, "1 350 datorer har bytts ut", False),
    (2.0, None, "kostade 2,5 miljoner", False),                  # part of a decimal
    (1.0, None, SENTENCE, True),                                 # "en"
    (2.0, None, "två examensarbeten", True),
    (2.0, None, SENTENCE, False),
    (13.0, None, "tretton nya", False),                          # words only for 1–12
    (1.5, None, "1,5 procent", False),                           # not a whole number
    (None, "§ 9/2023-03-01", "antogs § 9/2023-03-01 av nämnden", True),
    (None, "§ 9/2023-03-01", "antogs § 8/2023-03-01 av nämnden", False),
    (None, None, "inget", False),
])
def test_figure_in_sentence(value, text, sentence, expected):
    assert annual_report.figure_in_sentence(value, text, sentence) is expected


def _fact_rows(varde, kalla) -> pd.DataFrame:
    return pd.DataFrame({"year": [2023], "post": ["datorer_utbytta"], "varde": [varde],
                         "text": [None], "enhet": ["st"], "kalla": [kalla]})


class _Ctx:
    """The two attributes `annual_report.checks` reads."""

    def __init__(self, rows, year=2023):
        self.dataset = {"arsrapport_uppgifter": rows}
        self.period = type("P", (), {"year": year})()


@pytest.mark.parametrize(("varde", "shown", "actual", "status"), [
    (1350.0, "1\u00a0350", "1\u00a0350", PASS),
    (1351.0, "1\u00a0351", "saknas i meningen", FAIL),
])
def test_annual_report_fact_check(varde, shown, actual, status):
    (result,) = annual_report.checks(_Ctx(_fact_rows(varde, "1350 datorer har bytts ut.")))
    assert (result.area, result.expected, result.actual, result.status) == (
        annual_report.AREA, shown, actual, status)
    assert result.description == f"Utbytta datorer ({shown}) står i meningen den hämtats från"


@pytest.mark.parametrize(("varde", "text", "enhet", "expected"), [
    (93.0, None, "%", "93\u00a0%"),
    (1350.0, None, "st", "1\u00a0350"),
    (0.0, None, "st", "0"),
    (None, "2014-05-06", None, "2014-05-06"),
])
def test_fact_value(varde, text, enhet, expected):
    row = pd.Series({"varde": varde, "text": text, "enhet": enhet})
    assert annual_report.fact_value(row) == expected


def test_annual_report_fact_check_has_no_tolerance():
    (result,) = annual_report.checks(_Ctx(_fact_rows(1350.0, "1350 datorer har bytts ut.")))
    assert result.tolerance == 0.0
