"""The archive's "Senaste körning" named the periods a run published although checks
fail only when every period was published: a run where another period's notebook failed
(exit 1) said "minst en period kunde inte byggas" and nothing of the period it published
with failing checks; and a runs.log line whose list was a text ("2024-02", a hand edit)
was read letter by letter ("2, 0, 2, 4, -, 0 och 2 trots fel")."""

from __future__ import annotations

import json

import pytest
from conftest import html_text

from itvt_lib.publishing.pages import forced_text, write_archive


@pytest.mark.parametrize("code, forced, expected", [
    (0, ["2024-02"], ", 2024-02 trots fel i kontrollerna"),
    (0, ["2023-12", "2024-02"], ", 2023-12 och 2024-02 trots fel i kontrollerna"),
    (1, ["2023-12"], "; 2023-12 publicerad trots fel i kontrollerna"),
    (1, ["2023-12", "2024-02"], "; 2023-12 och 2024-02 publicerade trots fel i kontrollerna"),
    (1, [], ""),
    (0, None, ""),
    (0, "2024-02", ""),
    (0, ["2024-02", 5, None], ", 2024-02 trots fel i kontrollerna"),
    (2, ["2024-02"], ""),
    (130, ["2024-02"], ""),
])
def test_forced_text(code, forced, expected):
    result = forced_text(code, forced)
    assert result == expected


def test_a_failed_run_names_the_period_it_published_although_checks_fail(tmp_path):
    record = {"finished": "2024-03-01T10:00", "periods": ["2023-12", "2024-02"],
              "exit_code": 1, "published_with_failed_checks": ["2023-12"]}
    (tmp_path / "runs.log").write_text(json.dumps(record) + "\n", encoding="utf-8")
    page = html_text(write_archive(tmp_path).read_text(encoding="utf-8"))
    assert ("perioder 2023-12, 2024-02: minst en period kunde inte byggas; 2023-12 "
            "publicerad trots fel i kontrollerna") in page
