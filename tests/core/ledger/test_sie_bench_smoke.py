"""The SIE benchmark works (a small file, one round); it asserts no time."""

from __future__ import annotations

from benchmarks import bench_sie


def test_sie_benchmark_reads_back_what_it_wrote(capsys):
    assert bench_sie.main(["--trans", "2000", "--rounds", "1"]) == 0
    table_row = capsys.readouterr().out.strip()
    assert table_row.startswith("| SIE 4 parse, 2000 #TRANS rows")
    assert "(median of 1)" in table_row
