"""A table saved tab-separated comes from Swedish Excel's "Unicode text" (decimal comma) or
from English Excel's or a Google Sheets TSV (decimal point, thousands grouped by a comma).
Every tab file was read with a decimal comma unless a cell showed a point beyond doubt, so
an English export's "6,635" (6 635 tkr) was read as 6,635 tkr with no word. When no cell of
a tab file shows its decimal mark, a number that reads both ways is now refused naming
file, line and column; a mark shown by another cell ("2,2", "8.5") decides as before."""

from __future__ import annotations

import csv
import io

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

HEADER = ["year", "period", "measure", "kontogrupp", "belopp"]


def _write_tab(data_dir, amounts: list[str]) -> None:
    path = data_dir / "driftredovisning.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == HEADER
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    writer.writerows(rows)
    writer.writerows([["2025", f"2025-{i:02d}", "utfall", "Intäkter", a]
                      for i, a in enumerate(amounts, start=1)])
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.mark.parametrize("amounts", [
    ["-6,635"],                 # English Excel or Google Sheets: 6 635, or Swedish: 6,635
    ["1,250", "14,929"],
    ["\u22121,000"],
])
def test_an_ambiguous_number_in_a_tab_file_showing_no_mark_is_refused(data_dir, amounts):
    _write_tab(data_dir, amounts)
    with pytest.raises(DataError, match=r"driftredovisning\.csv:\d+: belopp: .* kan läsas som "
                       r".* eller .*tabbavgränsad"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("amounts", "expected"), [
    (["6635"], [6635.0]),                        # no mark at all
    (["6 635"], [6635.0]),                       # Swedish Excel's grouping
    (["2,5", "1,250"], [2.5, 1.25]),             # a comma shown beyond doubt: Swedish
    (["8.5", "12"], [8.5, 12.0]),                # a point shown beyond doubt: English
    (["0,125"], [0.125]),                        # reads one way only
])
def test_a_tab_file_whose_numbers_read_one_way_is_read(data_dir, amounts, expected):
    _write_tab(data_dir, amounts)
    frame = load_dataset(data_dir)["driftredovisning"]
    result = frame["belopp"].tail(len(amounts)).tolist()
    assert result == expected
