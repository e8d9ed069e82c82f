"""A file's decimal mark is decided once per file; a cell that contradicts it is bad input
naming file, line, column and both readings (issue: "16,356" read as 16.356 tkr)."""

from __future__ import annotations

import csv
import io
import re

import pytest
from conftest import run_cli, tree_snapshot
from pandas.testing import assert_frame_equal

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

NB = "\u00a0"
ROW = "2024,,ursprunglig_budget,Övriga kostnader,16356"  # the first 16356 in the file


def _line_of(path, row: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(row) + 1


def _as_semicolon(path, convert=lambda cell: cell) -> None:
    """Rewrite a comma file as Excel (sv) saves it: semicolons, `convert` on every cell."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(
        [[convert(cell) for cell in row] for row in rows])
    path.write_text(out.getvalue(), encoding="utf-8")


def _decimal_comma(cell: str) -> str:
    """A decimal point as a decimal comma (the rule Excel sv writes numbers by)."""
    return cell.replace(".", ",") if re.fullmatch(r"-?\d+\.\d+", cell) else cell


def test_ambiguous_comma_in_a_decimal_point_file_names_both_readings(data_dir):
    path = data_dir / "driftredovisning.csv"
    line = _line_of(path, ROW)
    path.write_text(path.read_text(encoding="utf-8").replace(
        ROW, ROW.replace("16356", '"16,356"')), encoding="utf-8")
    expected = (rf'driftredovisning\.csv:{line}: belopp: "16,356" kan läsas som 16,356 eller '
                rf"16{NB}356; filen använder decimalpunkt$")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_ambiguous_point_in_a_decimal_comma_file_names_both_readings(data_dir):
    path = data_dir / "driftredovisning.csv"
    line = _line_of(path, ROW)
    _as_semicolon(path, lambda cell: "16.356" if cell == "16356" else cell)
    expected = (rf'driftredovisning\.csv:{line}: belopp: "16\.356" kan läsas som 16,356 eller '
                rf"16{NB}356; filen använder decimalkomma$")
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_a_decimal_comma_among_decimal_points_is_bad_input(data_dir):
    path = data_dir / "personal.csv"
    text = path.read_text(encoding="utf-8")
    line = text.splitlines().index("2022-11,,,sjukfranvaro,total,2.2") + 1
    path.write_text(text.replace(",total,2.2\n", ',total,"2,2"\n', 1), encoding="utf-8")
    with pytest.raises(DataError, match=rf'personal\.csv:{line}: procent: "2,2" har '
                       r"decimalkomma; filen använder decimalpunkt$"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("table", "write"), [
    ("personal", lambda p: _as_semicolon(p, _decimal_comma)),      # Excel sv
    ("personal", _as_semicolon),                                   # semicolons, points kept
    ("personal", lambda p: p.write_text(re.sub(                    # commas, quoted commas
        r"(\d+)\.(\d+)", r'"\1,\2"', p.read_text(encoding="utf-8")), encoding="utf-8")),
    ("befolkning", lambda p: _as_semicolon(p, _decimal_comma)),
])
def test_a_file_written_in_one_mark_reads_like_the_original(data_dir, table, write):
    expected = load_dataset(data_dir)[table]
    write(data_dir / f"{table}.csv")
    result = load_dataset(data_dir)[table]
    assert_frame_equal(result, expected)


@pytest.mark.slow
def test_check_and_run_refuse_the_ambiguous_cell_and_touch_no_output(data_dir, tmp_path):
    path = data_dir / "driftredovisning.csv"
    line = _line_of(path, ROW)
    path.write_text(path.read_text(encoding="utf-8").replace(
        ROW, ROW.replace("16356", '"16,356"')), encoding="utf-8")
    output = tmp_path / "outputs"
    output.mkdir()
    expected = (rf'^fel: .*data/driftredovisning\.csv:{line}: belopp: "16,356" kan läsas som '
                rf"16,356 eller 16{NB}356; filen använder decimalpunkt$")
    for command in (["check"], ["run", "--output-dir", output]):
        result = run_cli(*command, "--period", "2024-02", "--data-dir", data_dir)
        lines = result.stderr.strip().splitlines()
        assert (result.returncode, len(lines)) == (2, 1), result.stderr
        assert re.match(expected, lines[0]), lines[0]
        assert sorted(tree_snapshot(output)) in ([], ["runs.log"])
