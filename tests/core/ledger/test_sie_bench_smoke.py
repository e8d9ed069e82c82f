"""The SIE benchmark works (a small file, one round); it asserts no time."""

from __future__ import annotations

import re

from benchmarks import bench_sie


def test_sie_benchmark_reads_back_what_it_wrote(capsys):
    assert bench_sie.main(["--trans", "2000", "--rounds", "1"]) == 0
    table_row = capsys.readouterr().out.strip()
    # about 2 000: a verifikation never spans two months, so each month adds a short one
    assert re.match(r"\| SIE 4 parse, 20[0-1]\d #TRANS rows", table_row)
    assert "(median of 1)" in table_row
