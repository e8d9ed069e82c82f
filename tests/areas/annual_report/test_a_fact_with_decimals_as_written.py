"""A fact recorded with decimals (93,5 % nöjda inringare, quoted "93,5 %") is shown as
written on page 08 and the start page, not rounded to "94 %", and its check finds it in
its sentence instead of failing with "saknas i meningen"."""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report, open_report
from itvt_lib.core.formatting import kind_of

SENTENCE = "Enkäten påvisar att 93,5 % av dem som ringer in är nöjda."


@pytest.mark.parametrize(("value", "sentence", "enhet", "expected"), [
    (93.5, SENTENCE, "%", True),
    (93.5, "Enkäten påvisar att 93,5 procent är nöjda.", "%", True),
    (93.5, "Enkäten påvisar att 93 % är nöjda.", "%", False),
    (93.5, "Enkäten påvisar att 94 % är nöjda.", "%", False),
    (93.0, "Enkäten påvisar att 93,5 % är nöjda.", "%", False),
    (93.0, "Enkäten påvisar att 93 % är nöjda.", "%", True),
    (1350.5, "1 350,5 timmar har lagts.", "timmar", True),
    (1350.0, "1 350 datorer har bytts ut.", "st", True),
    (2.5, "Två och en halv tjänst, 2,5 st.", "st", True),
])
def test_a_fact_stands_in_its_sentence_with_its_decimals(value, sentence, enhet, expected):
    result = annual_report.figure_in_sentence(value, None, sentence, enhet)
    assert result == expected


def test_the_fact_shown_and_checked_as_written(data_dir, params):
    path = data_dir / "arsrapport_uppgifter.csv"
    lines = path.read_bytes().decode("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("2023,nojda_inringare,"))
    lines[at] = f'2023,nojda_inringare,93.5,,%,"{SENTENCE}"\r'
    path.write_bytes("\n".join(lines).encode("utf-8"))
    text = data_dir / "arsrapport_text.csv"   # the sentence is quoted from the report's text
    text.write_text(text.read_text(encoding="utf-8").replace(
        "Sedan september har servicedesk", SENTENCE + " Sedan september har servicedesk"),
        encoding="utf-8")
    ctx = open_report("2023-12", data_dir, params)
    figure = next(f for f in annual_report.key_figures(ctx) if f.name.startswith("Nöjda"))
    check = annual_report.checks(ctx)[0]
    result = (annual_report.facts_for(ctx)["Värde"].iloc[0],
              kind_of(figure.unit, figure.decimals).figure(figure.value),
              check.status, check.actual)
    expected = ("93,5\u00a0%", "93,5\u00a0%", "pass", "93,5\u00a0%")
    assert result == expected
