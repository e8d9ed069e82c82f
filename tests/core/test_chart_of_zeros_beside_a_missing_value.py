"""A chart of zeros is not drawn, with a sentence saying why. A missing value beside them
is missing, never counted 0 (data/README.md): page 01's "Avvikelse helår per kontogrupp"
with an empty prognos for one kontogrupp said "alla värden är noll", the missing avvikelse
read as 0. Rule: the sentence says a value is missing and the others are zero."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from itvt_lib.core import charts  # noqa: E402

NAN = float("nan")
DEVIATION = pd.Series({"Intäkter": 0.0, "Personalkostnader": 0.0, "Övriga kostnader": NAN,
                       "Kapitalkostnader": 0.0}, name="Avvikelse helår")


@pytest.mark.parametrize("values", [
    DEVIATION,
    pd.DataFrame({"Budget": [0.0, 0.0], "Utfall": [NAN, 0.0]}, index=["A", "B"]),
])
def test_a_missing_value_beside_zeros_is_not_called_zero(values):
    result = charts._empty_reason(values)
    expected = "uppgift saknas för något värde och övriga värden är noll"
    assert result == expected


def test_the_signed_bars_of_page_01_say_a_value_is_missing(capsys, monkeypatch):
    monkeypatch.setattr(charts, "_in_notebook", lambda: True)
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda item, **_: shown.append(item))
    plt.close(charts.signed_bars(DEVIATION, "Avvikelse helår per kontogrupp"))
    result = shown[0].data
    assert "alla värden är noll" not in result
    assert "uppgift saknas för något värde" in result


def test_zeros_alone_are_still_called_zero():
    result = charts._empty_reason(DEVIATION.fillna(0.0))
    assert result == "alla värden är noll"
