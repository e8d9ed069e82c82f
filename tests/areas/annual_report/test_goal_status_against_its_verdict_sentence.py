"""A goal's status corrected at year end without its verdict sentence: goal 2 set to
ej_uppfyllt while `bedomning` still says "Målet kring en väg in är uppfyllt": page 08 printed
"Ej uppfyllt | Målet kring en väg in är uppfyllt, …", exit 0, no warning. Now the checks
page warns, naming arsrapport_mal.csv; a partial or qualified verdict is no alarm."""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report, open_report
from itvt_lib.areas.goal_verdicts import sentence_verdict


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Målet kring en väg in är uppfyllt, men arbetet fortsätter.", "uppfyllt"),
    ("Målet bedöms som uppnått.", "uppfyllt"),
    ("Målet är inte uppfyllt.", "ej_uppfyllt"),
    ("Målet är ej uppfyllt då strategin inte antagits.", "ej_uppfyllt"),
    ("Målet är inte helt uppfyllt.", "ej_uppfyllt"),
    ("Målet är delvis uppfyllt.", None),
    ("Målet är till del uppnått.", None),
    ("Arbetet pågår och fortsätter under 2024.", None),
])
def test_what_a_verdict_sentence_says(sentence, expected):
    result = sentence_verdict(sentence)
    assert result == expected


def _goal_checks(ctx):
    return [c.description for c in annual_report.checks(ctx)
            if c.description.startswith("Målets status")]


@pytest.mark.parametrize(("status", "bedomning", "expected"), [
    ("ej_uppfyllt", None, ["Målets status mot dess bedömning: Förändrat arbetssätt inom "
                           "IT-enheten"]),
    # must pass: the status and its sentence corrected together, or a qualified verdict
    ("ej_uppfyllt", "Målet är inte uppfyllt; arbetet fortsätter 2024.", []),
    ("uppfyllt_med_forbehall", None, []),
    ("ej_uppfyllt", "Målet är delvis uppfyllt.", []),
    ("uppfyllt", None, []),
])
def test_a_status_against_its_sentence(data_dir, params, status, bedomning, expected):
    import csv
    path = data_dir / "arsrapport_mal.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows:
        if row[:2] == ["2023", "2"]:
            row[6] = status
            row[5] = row[5] if bedomning is None else bedomning
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    result = _goal_checks(open_report("2023-12", data_dir, params))
    assert result == expected
