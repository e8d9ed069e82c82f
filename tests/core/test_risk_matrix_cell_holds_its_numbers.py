"""Every cell of the risk matrix holds the numbers of its own risks: a cell with many risks
wraps (and if need be shrinks) its list, never spilling into the neighbouring cells."""

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from itvt_lib.areas import control  # noqa: E402
from itvt_lib.core import charts  # noqa: E402


def _matrix(numbers_in_one_cell):
    import pandas as pd

    risks = pd.DataFrame({"nr": numbers_in_one_cell, "sannolikhet": 2, "konsekvens": 2})
    return control.risk_matrix(risks)


@pytest.mark.parametrize("numbers", [
    [1, 2, 3, 4, 5],
    list(range(1, 13)),
    list(range(10, 16)),
    list(range(1, 31)),
])
def test_a_crowded_cell_stays_inside_itself(numbers):
    fig = charts.heat_matrix(_matrix(numbers), control.matrix_values(), "T", "K", "R")
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    (label,) = [t for t in ax.texts if t.get_fontweight() == "bold"]
    box = label.get_window_extent(renderer).transformed(ax.transData.inverted())
    result = (box.x0 >= 1 - 0.5, box.x1 <= 1 + 0.5, box.y0 >= 2 - 0.5, box.y1 <= 2 + 0.5)
    expected = (True, True, True, True)
    assert result == expected
    matplotlib.pyplot.close(fig)


def test_the_cell_text_keeps_every_number_in_order():
    result = charts.cell_lines("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12")[0].replace("\n", " ")
    expected = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12"
    assert result == expected
