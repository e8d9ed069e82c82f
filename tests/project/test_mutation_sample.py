"""benchmarks/mutation_sample.py: the stratified sample of mutmut's mutants (issue 24) and
the count of its outcomes. TEST `.meta` files are written here by the rule beside them."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from benchmarks import mutation_sample

ROOT = Path(__file__).resolve().parents[2]


def _meta(folder: Path, path: str, codes: dict) -> None:
    file = folder / "itvt_lib" / f"{path}.meta"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")


@pytest.fixture
def mutants(tmp_path) -> Path:
    """TEST mutants: b.py 300 (all killed but mutant 7, survived), a/c.py 10 (no tests),
    empty.py none; every name of the form <module>.x_f__mutmut_<n>."""
    folder = tmp_path / "mutants"
    _meta(folder, "b.py", {f"itvt_lib.b.x_f__mutmut_{n}": (0 if n == 7 else 1)
                           for n in range(1, 301)})
    _meta(folder, "a/c.py", {f"itvt_lib.a.c.x_g__mutmut_{n}": 33 for n in range(1, 11)})
    _meta(folder, "empty.py", {})
    return folder


def test_the_sample_draws_per_file_max_of_two_and_the_rate_in_sorted_order(mutants):
    # a/c.py before b.py; 10 mutants → max(2, round(0.12)) = 2; 300 → round(3.6) = 4
    files = mutation_sample.mutants_by_file(mutants)
    rng = random.Random(24)
    expected = (rng.sample(sorted(files["itvt_lib/a/c.py"]), 2)
                + rng.sample(sorted(files["itvt_lib/b.py"]), 4))
    result = mutation_sample.draw(files, 24, 0.012, 2)
    assert list(files) == ["itvt_lib/a/c.py", "itvt_lib/b.py"]
    assert result == expected
    assert mutation_sample.draw(files, 25, 0.012, 2) != expected


def test_counts_report_each_files_outcomes_of_the_sampled_names_only(mutants, capsys):
    sample = mutants.parent / "sample.txt"
    sample.write_text("itvt_lib.b.x_f__mutmut_7\nitvt_lib.b.x_f__mutmut_8\n"
                      "itvt_lib.a.c.x_g__mutmut_1\n", encoding="utf-8")
    code = mutation_sample.main(["--mutants", str(mutants), "--sample", str(sample),
                                 "--counts"])
    result = capsys.readouterr().out.splitlines()
    expected = ["file\tmutants\tsampled\tkilled\tsurvived\tno tests\tnot run",
                "itvt_lib/a/c.py\t10\t1\t0\t0\t1\t0",
                "itvt_lib/b.py\t300\t2\t1\t1\t0\t0"]
    assert (code, result) == (0, expected)


def test_without_mutants_it_says_so_and_exits_2(tmp_path, capsys):
    code = mutation_sample.main(["--mutants", str(tmp_path / "none")])
    result = (code, capsys.readouterr().err)
    assert result == (2, f"error: {tmp_path / 'none'}: no mutants (run mutmut first)\n")
