"""Smoke tests of benchmarks/: the synthetic generator writes a valid data set, and the
benchmark's helpers work on trivial cases. No timing is asserted (issue 10: the
benchmark is not a timed test)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib import cli
from itvt_lib.areas import load_dataset
from itvt_lib.core.paths import DATA_DIR, NOTEBOOKS_DIR

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_synthetic = _load("make_synthetic")
run_benchmark = _load("run_benchmark")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """Two synthetic years with three projects per export."""
    out = tmp_path_factory.mktemp("bench") / "synthetic"
    info = make_synthetic.generate(out, years=2, projects=3, first_year=2030, seed=7)
    return out, info


def test_generator_periods(synthetic):
    _, info = synthetic
    expected = [f"{y}-{m:02d}" for y in (2030, 2031) for m in range(1, 13)]
    assert info["periods"] == expected
    assert info["newest"] == "2031-12"


def test_generated_set_loads_and_every_period_is_reportable(synthetic):
    out, info = synthetic
    dataset = load_dataset(out)
    result = [str(p) for p in report.reportable_periods(dataset)]
    embedded = [str(p) for p in report.reportable_periods(load_dataset(DATA_DIR))]
    assert result == embedded + info["periods"]


@pytest.mark.parametrize("period", ["2030-01", "2030-06", "2031-12", "2024-02"])
def test_generated_set_passes_period_validation(synthetic, period):
    out, _ = synthetic
    ctx = report.open_report(period, out)
    assert str(ctx.period) == period


def test_check_command_passes_on_synthetic(synthetic, capsys):
    out, info = synthetic
    code = cli.main(["check", "--data-dir", str(out), "--period", info["newest"]])
    assert code == 0
    assert f"{info['newest']}: ok" in capsys.readouterr().out


def test_project_exports_have_the_requested_size(synthetic):
    out, info = synthetic
    exports = load_dataset(out)["projekttid"]
    result = exports[exports["period"].isin(info["periods"])].groupby("period").size()
    expected = pd.Series(3, index=pd.Index(info["periods"], name="period"))
    pd.testing.assert_series_equal(result, expected)
    # year to date: a project's hours never fall within a year
    own = exports[exports["period"].isin(info["periods"])].copy()
    own["year"] = own["period"].str[:4]
    assert (own.groupby(["year", "projektnummer"])["timmar"].diff().dropna() >= 0).all()


def test_synthetic_rows_are_labelled(synthetic):
    out, _ = synthetic
    assert (out / make_synthetic.MARKER).exists()
    assert "SYNTHETIC" in (out / "README.md").read_text(encoding="utf-8")
    synthetic_files = sorted(p.relative_to(out).as_posix() for p in out.rglob("synthetic-*.csv"))
    assert "driftredovisning/synthetic-2030-2031.csv" in synthetic_files
    assert "projekttid/synthetic-2031-12.csv" in synthetic_files
    # the embedded data is kept unchanged beside the synthetic rows
    result = (out / "driftredovisning" / "embedded.csv").read_bytes()
    assert result == (DATA_DIR / "driftredovisning.csv").read_bytes()


def test_allocation_key_of_each_synthetic_year(synthetic):
    out, _ = synthetic
    befolkning = load_dataset(out)["befolkning"]
    dates = {d.isoformat() for d in befolkning["key_date"]}
    # the key for budget year Y is the population of (Y-2)-11-01
    assert {"2028-11-01", "2029-11-01"} <= dates


@pytest.mark.parametrize("target", [DATA_DIR, DATA_DIR / "sub", DATA_DIR.parent])
def test_generator_refuses_the_project_data(target):
    with pytest.raises(make_synthetic.RefuseError, match="refusing"):
        make_synthetic.check_target(target, DATA_DIR)


def test_generator_refuses_a_foreign_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(make_synthetic.RefuseError, match="SYNTHETIC marker"):
        make_synthetic.generate(tmp_path, years=1, projects=1)
    assert (tmp_path / "notes.txt").exists()


def test_generator_main_refuses_data_dir(capsys):
    assert make_synthetic.main(["--out", str(DATA_DIR), "--years", "1"]) == 2
    assert "refusing" in capsys.readouterr().err


@pytest.mark.parametrize(("total", "weights", "expected"), [
    (10, [1, 1, 1], [4, 3, 3]),   # 3.33 each; the one left over goes to the first tie
    (100, [1, 2], [33, 67]),      # 33.33 / 66.67: the larger remainder gets the unit
    (0, [5, 5], [0, 0]),
])
def test_split_whole_is_largest_remainder(total, weights, expected):
    result = make_synthetic.split_whole(total, weights)
    assert result == expected
    assert sum(result) == total


# ---------------------------------------------------------------- benchmark helpers

def test_run_measured_reports_wall_time_and_peak_memory(tmp_path):
    hold = ("import time; x = bytearray(60 * 1024 * 1024); "
            "x[::4096] = b'1' * len(x[::4096]); time.sleep(0.5)")
    logs = tmp_path / "logs"
    result = run_benchmark.run_measured([[sys.executable, "-c", hold]], "mem", log_dir=logs)
    assert (logs / "mem-00.log").exists()
    assert result.wall_s > 0
    assert result.peak_rss >= 60 * 1024 * 1024  # the child's buffer is seen


def test_run_measured_includes_grandchildren():
    # parent starts a child that holds the memory: the tree sum must include it
    child = "import time; x = bytearray(40 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096]); time.sleep(0.6)"
    parent = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}])"
    result = run_benchmark.run_measured([[sys.executable, "-c", parent]], "tree")
    assert result.peak_rss >= 40 * 1024 * 1024


def test_run_measured_raises_on_failure(tmp_path):
    failing = [sys.executable, "-c", "import sys; print('boom'); sys.exit(3)"]
    with pytest.raises(run_benchmark.CommandFailed, match="exit 3"):
        run_benchmark.run_measured([failing], "fail", log_dir=tmp_path)


def test_naive_commands_run_every_notebook_then_convert(tmp_path):
    result = run_benchmark.naive_commands("2024-02", tmp_path)
    notebooks = sorted(p.name for p in NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    assert len(result) == 2 * len(notebooks)
    papermill, nbconvert = result[0], result[1]
    assert Path(papermill[0]).name == "papermill"
    assert papermill[papermill.index("-k") + 1] == "python3"
    assert ["-p", "period", "2024-02"] == papermill[5:8]
    assert papermill[papermill.index("data_dir") + 1] == str(DATA_DIR.resolve())
    assert nbconvert[1:5] == ["nbconvert", "--to", "html", "--no-input"]
    assert nbconvert[-1] == papermill[2] == str(tmp_path / notebooks[0])


def test_run_command_repeats_period_flag(tmp_path):
    result = run_benchmark.run_command(["2023-12", "2024-02"], tmp_path, Path("/x"))
    assert result[1:] == ["run", "--period", "2023-12", "--period", "2024-02",
                          "--output-dir", str(tmp_path), "--data-dir", "/x"]


def test_html_sizes_skips_temporary_folders(tmp_path):
    (tmp_path / "2024-02").mkdir()
    (tmp_path / "2024-02" / "01-a.html").write_text("x" * 10)
    (tmp_path / ".tmp-2024-03-1").mkdir()
    (tmp_path / ".tmp-2024-03-1" / "01-a.html").write_text("y")
    assert run_benchmark.html_sizes(tmp_path) == {"2024-02/01-a.html": 10}


def test_markdown_table_states_ratios_and_verdicts():
    m = run_benchmark.Measurement
    results = run_benchmark.Results(
        facts={"nproc": 2, "cpu": "Test CPU", "python": "3.11", "memory_gb": 4,
               "versions": {"papermill": "1", "nbconvert": "2", "nbclient": "3"},
               "load_before": [0.1, 0.2, 0.3], "load_after": [1, 1, 1]},
        period="2024-02", rounds=1, other="2023-12",
        naive=[m("naive", 40.0, 200 * 2**20)], run_one=[m("one", 8.0, 300 * 2**20)],
        run_other=[m("other", 12.0, 300 * 2**20)],
        run_two=[m("two", 16.0, 300 * 2**20)], check=[m("check", 0.5, 70 * 2**20)],
        periods_cmd=[m("periods", 0.4, 70 * 2**20)], html={"2024-02/01-a.html": 2 * 2**20})
    result = run_benchmark.markdown(results)
    assert "ratio 0.200 (target ≤ 0.25: met)" in result       # 8 / 40
    assert "2.000 × one period 2024-02 (target ≤ 1.6: missed)" in result  # 16 / 8
    assert "0.800 × the two single runs together" in result  # 16 / (8 + 12)
    assert "`itvt run --period 2023-12` | 12.0 s" in result
    assert "2.00 MB |  | 2024-02/01-a.html; target < 1.5 MB: missed" in result
    assert "2 cores, Test CPU" in result


def test_median_of_rounds():
    assert run_benchmark.median([3.0, 1.0, 2.0]) == 2.0
