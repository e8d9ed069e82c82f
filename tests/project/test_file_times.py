"""tests/file_times.json orders the test files for `make test` (longest first, see
tests/conftest.py): it names test files that exist, each with its seconds."""

from __future__ import annotations

import json

from conftest import FILE_TIMES, ROOT


def test_file_times_name_existing_test_files_with_seconds():
    times = json.loads(FILE_TIMES.read_text(encoding="utf-8"))
    missing = [path for path in times if not (ROOT / path).is_file()]
    assert missing == [], "renamed or removed: run `make test-times`"
    assert all(isinstance(s, (int, float)) and s >= 0 for s in times.values())
    assert all(path.startswith("tests/") and path.endswith(".py") for path in times)
