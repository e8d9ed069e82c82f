"""Hostile run 36e (publishing): a text of the data with a line break (a quoted CSV cell,
personal_kommentar.csv) that a check quotes made `itvt check`'s warning, or a refused
run's error, two lines: the second without "2023-12: varning:", so a reader (or a grep
for the period) lost it. Each check's line is one line; the NBSP of a figure stays."""

from __future__ import annotations

import pytest

from itvt_lib.core.checks import WARN, Check
from itvt_lib.publishing.failing_checks import failure_line, refusal

TEXT = "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022."


@pytest.mark.parametrize("broken", [
    "Långtidssjukfrånvaron har däremot\nökat något jämfört med 2022.",
    "Långtidssjukfrånvaron har däremot \r\n ökat något jämfört med 2022.",
    "Långtidssjukfrånvaron har däremot\u2028ökat något jämfört med 2022.",
])
@pytest.mark.parametrize("word", ["fel", "varning"])
def test_a_check_quoting_a_text_with_a_line_break_is_one_line(broken, word):
    check = Check("Personal", "Texten mot siffrorna", broken, 1322.0, 0.0, WARN,
                  f"texten\n{broken}")

    result = failure_line("2023-12", check, word)

    expected = (f"2023-12: {word}: Personal: Texten mot siffrorna: väntat {TEXT}, beräknat "
                f"1\u00a0322 (texten {TEXT})")
    assert result == expected


def test_a_refusal_naming_a_check_with_a_line_break_is_one_line():
    check = Check("Personal", "Texten\n om sjukfrånvaro", 1.0, 2.0, 0.0, WARN)

    result = refusal({"2023-12": [check]})

    assert "\n" not in result
    assert "(först 2023-12: Personal: Texten om sjukfrånvaro)" in result
