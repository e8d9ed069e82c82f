"""Hostile run 36e (publishing): runs.log's `published_with_failed_checks` named the period
of a run refused for its failed checks ("outcome": "refused", nothing published), so a
reader of the log took a report as published although its checks failed. It now names
only the periods a forced run did publish.

The failing check: Summa kostnader 2023 of record 35 545 made 35 645, as in
test_a_forced_publish_says_so_on_every_page."""

from __future__ import annotations

import json

import pytest
from conftest import registry_import, run_cli, write_notebook

pytestmark = pytest.mark.slow


@pytest.fixture
def one_page(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    write_notebook(folder, "90-kontroller.ipynb", registry_import(), "print('kontroller')")
    return folder


def _last_log_line(data_dir, notebooks, output, *flags) -> dict:
    run_cli("run", "--period", "2024-02", "--data-dir", data_dir, "--notebooks-dir", notebooks,
            "--output-dir", output, *flags)
    return json.loads((output / "runs.log").read_text(encoding="utf-8").splitlines()[-1])


@pytest.mark.parametrize("flags, outcome, expected", [
    ((), "refused", []),
    (("--publish-with-failed-checks",), "published", ["2024-02"]),
])
def test_runs_log_names_the_periods_published_with_failed_checks(data_dir, one_page,
                                                                  tmp_path, flags, outcome,
                                                                  expected):
    output = tmp_path / "out"
    _last_log_line(data_dir, one_page, output)   # a good run claims the folder
    path = data_dir / "bokslut_totaler.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2023,summa_kostnader,,35545", "2023,summa_kostnader,,35645"), encoding="utf-8")

    result = _last_log_line(data_dir, one_page, output, *flags)

    assert (result["outcome"], result["published_with_failed_checks"]) == (outcome, expected)
