"""An empty cell is missing ("uppgift saknas"), not 0 (data/README.md). The grouped bar
chart (budget mot utfall per kontogrupp, per projekt, per kommun; staff percentages) drew a
missing value as a bar of height 0 and wrote "0" beside it, a figure nobody gave. Rule: a
missing value has no bar and is labelled ".." (saknas), never a number."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from itvt_lib.core import charts  # noqa: E402

NAN = float("nan")


def labels(figure) -> list[str]:
    texts = [t.get_text() for ax in figure.axes for t in ax.texts]
    plt.close(figure)
    return texts


@pytest.mark.parametrize("horizontal", [False, True])
def test_a_missing_value_is_labelled_as_missing_not_zero(horizontal):
    frame = pd.DataFrame({"Budget": [1200.0, 600.0], "Utfall": [NAN, 580.0]}, index=["A", "B"])
    result = labels(charts.grouped_bars(frame, "Budget mot utfall", horizontal=horizontal))
    expected = ["1\u00a0200", "600", "..", "580"]
    assert result == expected


def test_a_zero_is_still_labelled_zero():
    frame = pd.DataFrame({"Budget": [1200.0, 600.0], "Utfall": [0.0, 580.0]}, index=["A", "B"])
    result = labels(charts.grouped_bars(frame, "Budget mot utfall"))
    expected = ["1\u00a0200", "600", "0", "580"]
    assert result == expected


def test_a_missing_value_in_a_panel_is_labelled_as_missing():
    frame = pd.DataFrame({"Kvinnor": [3.1, 1.0], "Män": [NAN, 2.0]}, index=["2023", "2024"])
    result = labels(charts.grouped_bars(frame, "Sjukfrånvaro", percent=True, panels=True))
    assert ".." in result
