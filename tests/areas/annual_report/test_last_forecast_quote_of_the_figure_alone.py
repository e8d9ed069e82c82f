"""Hostile run 36e (areas/annual_report): sista_prognos.csv quoting only the figure
("500 tkr") passed the last-forecast check wherever the year's annual-report text held
"500 tkr" (an investment of 500 tkr), although its sentence said "600 tkr bättre": page 08
printed 500 tkr bättre with the check passed. The quoted sentence must state the
direction too ("bättre" when better, "sämre" when worse)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.annual_report import checks
from itvt_lib.areas.budget.forecast import better_by_in_sentence

QUOTE = ('Förvaltningsberättelse 2023, Viktiga förhållanden för resultat och ekonomisk '
         'ställning: ""500 tkr""')


@pytest.mark.parametrize(("better_by", "sentence", "expected"), [
    (500.0, "500 tkr", False),
    (-500.0, "500 tkr", False),
    (500.0, "utfallet är 500 tkr bättre", True),
    (-500.0, "utfallet är 500 tkr sämre", True),
    (0.0, "i nivå med sista prognosen", True),
])
def test_the_quote_states_the_figure_and_its_direction(better_by, sentence, expected):
    result = better_by_in_sentence(better_by, sentence)
    assert result is expected


def test_a_quote_of_the_figure_alone_fails_the_check(data_dir, params):
    path = data_dir / "sista_prognos.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.split("\n2023,500,")[0] + f'\n2023,500,"{QUOTE}"\n', encoding="utf-8")
    path = data_dir / "arsrapport_text.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "utfallet är 500 tkr bättre", "utfallet är 600 tkr bättre").replace(
        "Den negativa avvikelsen", "Investeringar om 500 tkr gjordes. Den negativa avvikelsen"),
        encoding="utf-8")

    result = [c.status for c in checks(open_report("2023-12", data_dir, params))
              if c.description.startswith("Sista prognosen 2023 (")]

    assert result == ["fail"]
