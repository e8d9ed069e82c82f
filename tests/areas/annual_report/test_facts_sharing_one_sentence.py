"""Annual report facts quoted from one shared sentence: a figure must stand in it as many
times as the facts quoting it give that figure. "en pensionsavgång, en uppsägning" let an
uppsägningar typed as 2 pass its check ("står i meningen") because "två" stood in the
sentence for the pensionsavgångar: page 08 showed 2 with a passed check. Now both facts
giving 2 fail (which of them is wrong the sentence cannot tell)."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import annual_report, open_report
from itvt_lib.core.checks import FAIL, PASS

SHARED = ("Under 2023 har enheten haft två pensionsavgångar, en uppsägning på egen begäran "
          "och en som avslutat sin projektanställning.")
ORIGINAL = ("Under 2023 har enheten haft en pensionsavgång, en uppsägning på egen begäran "
            "och en som avslutat sin projektanställning.")


@pytest.mark.parametrize(("value", "sentence", "enhet", "expected"), [
    (2.0, SHARED, "st", 1),
    (1.0, SHARED, "st", 2),
    (1.0, ORIGINAL, "st", 3),
    (2023.0, ORIGINAL, "st", 1),
    (93.0, "93 % nöjda och 93 % svarade", "%", 2),
    (5.0, "tre", "st", 0),
])
def test_figure_count(value, sentence, enhet, expected):
    result = annual_report.figure_count(value, sentence, enhet)
    assert result == expected


@pytest.mark.parametrize(("pension", "uppsagning", "avslutad", "sentence", "expected"), [
    (2, 2, 1, SHARED, {"Pensionsavgångar": FAIL, "Uppsägningar på egen begäran": FAIL,
                       "Avslutade projektanställningar": PASS}),
    (2, 1, 1, SHARED, {"Pensionsavgångar": PASS, "Uppsägningar på egen begäran": PASS,
                       "Avslutade projektanställningar": PASS}),
    (1, 1, 1, ORIGINAL, {"Pensionsavgångar": PASS, "Uppsägningar på egen begäran": PASS,
                         "Avslutade projektanställningar": PASS}),
])
def test_facts_of_one_sentence(data_dir, params_dir, pension, uppsagning, avslutad, sentence,
                               expected):
    path = data_dir / "arsrapport_uppgifter.csv"
    facts = pd.read_csv(path, dtype=str, keep_default_na=False)
    values = {"pensionsavgangar": pension, "uppsagningar": uppsagning,
              "avslutade_projektanstallningar": avslutad}
    for post, value in values.items():
        facts.loc[facts["post"] == post, ["varde", "kalla"]] = [str(value), sentence]
    facts.to_csv(path, index=False)
    text = data_dir / "arsrapport_text.csv"   # the sentence is quoted from the report's text
    text.write_text(text.read_text(encoding="utf-8").replace(ORIGINAL, sentence),
                    encoding="utf-8")
    ctx = open_report("2023-12", data_dir, params_dir)
    checks = annual_report.checks(ctx)
    result = {name: next(c.status for c in checks if c.description.startswith(f"{name} ("))
              for name in expected}
    assert result == expected


@pytest.mark.parametrize(("subject", "sentence", "expected"), [
    ("pensionsavgång", SHARED, 2),
    ("uppsägning", SHARED, 1),
    ("projektanställning", SHARED, 1),
    ("pensionsavgång", ORIGINAL, 1),
    ("pensionsavgång", "Under 2023 har enheten haft 12 pensionsavgångar.", 12),
    ("uppsägning", "Inga uppsägningar.", None),
    ("uppsägning", "Under året gick två i pension.", None),
    ("pensionsavgång", "Under 2023: pensionsavgångar 2, uppsägningar 1.", None),   # after
    ("uppsägning", "Under 2023: pensionsavgångar 2, uppsägningar 1.", None),
    ("pensionsavgång", "Under 2023 har enheten haft pensionsavgångar: 2.", None),  # a year
    ("uppsägning", "Två uppsägningar och en pensionsavgång under 2023.", 2),
    ("pensionsavgång", "Under 2023 har enheten haft 3 st pensionsavgångar.", 3),
])
def test_figure_before(subject, sentence, expected):
    result = annual_report.figure_before(subject, sentence)
    assert result == expected


def test_two_facts_of_one_sentence_swapped(data_dir, params_dir):
    """pensionsavgångar 1 and uppsägningar 2 where the sentence says "två
    pensionsavgångar, en uppsägning": each figure stands in it once, but not before its word."""
    expected = {"Pensionsavgångar": FAIL, "Uppsägningar på egen begäran": FAIL,
                "Avslutade projektanställningar": PASS}
    test_facts_of_one_sentence(data_dir, params_dir, 1, 2, 1, SHARED, expected)
