"""The tests mirror the package (issue 24): a folder per layer and per area, test files named
by behaviour, no packages, one basename per test file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from itvt_lib.areas import area_modules

TESTS = Path(__file__).resolve().parents[1]
# The package's layers, the project itself, and `surfaces`: the published packet read as
# people read it (pages, PDF, workbooks), across every layer.
FOLDERS = {"core", "areas", "publishing", "workbench", "cli", "project", "surfaces"}


def _test_files() -> list[Path]:
    return sorted(TESTS.rglob("test_*.py"))


def test_every_test_file_is_in_a_folder_of_the_package():
    result = sorted(str(p.relative_to(TESTS)) for p in _test_files()
                    if p.relative_to(TESTS).parts[0] not in FOLDERS)
    assert result == []


@pytest.mark.parametrize("module", area_modules(), ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_area_has_its_test_folder(module):
    folder = TESTS / "areas" / module.__name__.rsplit(".", 1)[-1]
    assert sorted(folder.glob("test_*.py")), f"no tests in {folder.relative_to(TESTS)}/"


def test_test_files_have_one_basename_each_and_no_package():
    names = Counter(p.name for p in _test_files())
    assert [name for name, count in names.items() if count > 1] == []
    assert sorted(str(p.relative_to(TESTS)) for p in TESTS.rglob("__init__.py")) == []


def test_no_test_file_is_named_after_a_mutation_run():
    assert [p.name for p in _test_files() if "mutant" in p.name] == []
