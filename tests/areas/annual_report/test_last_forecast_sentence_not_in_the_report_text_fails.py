"""The utfall against the last forecast whose quoted sentence is not in the report's text.

Rule: sista_prognos.csv's `kalla` quotes a sentence of the year's annual-report text, so the
quoted sentence (between its quotation marks) stands in a paragraph of arsrapport_text, as a
fact's sentence must. The text edited to "600 tkr bättre" while sista_prognos.csv kept 500
and its old quote: page 08 printed the text's "600 tkr bättre" and, just below it, "Sista
budgetprognosen för 2023 visade ett resultat på −719 tkr (enligt förvaltningsberättelsen) …
500 tkr bättre", with the check passed. Now the check fails, naming the text table.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report, open_report
from itvt_lib.core.checks import FAIL, PASS

QUOTE = "Utfallet är 500 tkr bättre."


@pytest.mark.parametrize(("source", "expected"), [
    (f'Förvaltningsberättelse 2023, Resultat: "{QUOTE}"', QUOTE),
    (f"Förvaltningsberättelse 2023, Resultat: \u201d{QUOTE}\u201d", QUOTE),
    (QUOTE, QUOTE),                                   # no quotation marks: all of it
    (f"Resultat: \u201d\u2026 {QUOTE[:-1]} \u2026\u201d", QUOTE[:-1]),   # shortened
    (f'Resultat: "...{QUOTE}"', QUOTE),
])
def test_quoted_sentence(source, expected):
    result = annual_report.quoted_sentence(source)
    assert result == expected


def _last_forecast_check(ctx):
    return next(c for c in annual_report.checks(ctx)
                if c.description.startswith("Sista prognosen 2023 ("))


@pytest.mark.parametrize(("typed", "expected"), [
    ("500 tkr bättre", (PASS, "")),
    ("600 tkr bättre", (FAIL, "meningen står inte i årsrapportens text 2023 i "
                              "arsrapport_text.csv")),
])
def test_last_forecast_sentence_stands_in_the_report_text(data_dir, params, typed, expected):
    path = data_dir / "arsrapport_text.csv"
    text = path.read_text(encoding="utf-8")
    assert "utfallet är 500 tkr bättre" in text
    path.write_text(text.replace("utfallet är 500 tkr bättre", f"utfallet är {typed}"),
                    encoding="utf-8")
    check = _last_forecast_check(open_report("2023-12", data_dir, params))
    result = (check.status, check.note)
    assert result == expected
