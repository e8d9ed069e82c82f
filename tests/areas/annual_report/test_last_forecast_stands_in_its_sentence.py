"""The utfall against the last forecast (sista_prognos.csv: utfall_battre_tkr, with the
sentence of the annual report it comes from) was shown on page 01 without any check: typed
−500 for the sentence's "500 tkr bättre", the page read "Sista budgetprognosen för 2023
visade ett resultat på 281 tkr (enligt förvaltningsberättelsen) … 500 tkr sämre än sista
prognosen" with every check passed. The figure must now stand in its sentence, in tkr and
in the sentence's direction; else a failed check."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.annual_report import checks
from itvt_lib.areas.budget.forecast import better_by_in_sentence

SOURCE = ("Budget och mål har följts upp under året och utfallet är 500 tkr bättre jämfört "
          "med sista budgetprognos.")


@pytest.mark.parametrize(("better_by", "sentence", "expected"), [
    (500.0, SOURCE, True),
    (-500.0, SOURCE, False),                                   # the sign turned round
    (50.0, SOURCE, False),
    (5000.0, SOURCE, False),
    (500.4, SOURCE, True),                                     # shown in whole tkr
    (1500.0, "utfallet är 1 500 tkr bättre", True),
    (1500.0, "utfallet är 1\u00a0500 tkr bättre", True),
    (-500.0, "utfallet är 500 tkr sämre än sista prognosen", True),
    (500.0, "utfallet är 500 tkr sämre än sista prognosen", False),
    (500.0, "utfallet är 500 timmar bättre", False),           # not in tkr
    (0.0, "utfallet är i nivå med sista prognosen", True),
    (0.0, "utfallet är 0 tkr bättre", True),
])
def test_better_by_in_sentence(better_by, sentence, expected):
    result = better_by_in_sentence(better_by, sentence)
    assert result is expected


@pytest.mark.parametrize(("typed", "expected"), [("500", "pass"), ("-500", "fail"),
                                                 ("50", "fail")])
def test_the_last_forecast_is_checked_against_its_sentence(data_dir, params, typed, expected):
    path = data_dir / "sista_prognos.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("\n2023,500,", f"\n2023,{typed},"),
                    encoding="utf-8")
    found = [c for c in checks(open_report("2023-12", data_dir, params))
             if c.description.startswith("Sista prognosen 2023 (")]
    result = [c.status for c in found]
    assert result == [expected]


def test_no_last_forecast_check_before_year_end(data_dir, params):
    result = [c for c in checks(open_report("2024-02", data_dir, params))
              if c.description.startswith("Sista prognosen")]
    assert result == []
