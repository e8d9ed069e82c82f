"""A memo of a period whose checks fail (as `itvt check` lists them) says so in a red
banner atop it and in a warning line: `itvt run` refuses such a report, and a memo written
from the same data without a word would show its figures as if they were right (2023-12
with a published year total of the växel's calls that its rows do not sum to, the data of
the model "Växeln efter samtal")."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from itvt_lib.areas import load_dataset, open_report
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.publishing import memo

WHEN = datetime(2026, 12, 4, 9, 0)
MODEL = "Växeln efter samtal"
BANNER = ("1 kontroll visar fel för 2023-12 (itvt check --period 2023-12 listar den): "
          "underlaget går inte ihop, så beslutsunderlagets siffror kan vara fel.")


def _ctx(tmp_path, published_calls: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    totals = data_dir / "vaxel_totaler.csv"
    text = totals.read_text(encoding="utf-8")
    totals.write_text(text.replace("2023-01-01,2023-12-31,,55795",
                                   f"2023-01-01,2023-12-31,,{published_calls}"),
                      encoding="utf-8")
    return open_report("2023-12", dataset=load_dataset(data_dir))


def _write(ctx, folder):
    said = []
    (path,) = memo.write_memo(ctx, memo.chosen_model(ctx, MODEL), folder, when=WHEN,
                              who="test", log=said.append, with_pdf=False)
    return path.read_text(encoding="utf-8"), said


@pytest.mark.parametrize("count, expected", [
    (0, ""),
    (1, BANNER),
    (2, BANNER.replace("1 kontroll visar", "2 kontroller visar").replace("listar den", "listar dem")),
])
def test_checks_banner(count, expected):
    result = memo.checks_banner(count, "2023-12")
    assert result == expected


def test_memo_of_failing_checks_says_so_atop_and_in_a_warning(tmp_path):
    ctx = _ctx(tmp_path, "65795")
    html, said = _write(ctx, tmp_path / "out")
    result = html.split('<main class="itvt-report itvt-memo">', 1)[1].lstrip()
    expected = f'<p class="itvt-banner" role="alert">{BANNER}</p>'
    assert result.startswith(expected)
    written = tmp_path / "out" / "scenarier" / "Beslutsunderlag-växeln-efter-samtal-2026-12-04.html"
    assert [line for line in said if line.startswith("varning: ")] == [
        f"varning: {written}: {BANNER}"]


def test_memo_of_passing_checks_has_no_banner(tmp_path):
    ctx = _ctx(tmp_path, "55795")
    html, said = _write(ctx, tmp_path / "out")
    assert 'class="itvt-banner"' not in html
    assert not [line for line in said if line.startswith("varning: ")]
