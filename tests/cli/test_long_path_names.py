"""Hostile command lines (cli.py): a path flag with a name over the file
system's limit (255 bytes in one part) ended `itvt check`, `periods`, `run` and
`beslutsunderlag` in an OSError traceback (exit 1); an output folder whose path leaves no
room for the report's own names would fail deep inside a run. Each is one line, exit 2,
before anything is read or written."""

from __future__ import annotations

import pytest

from itvt_lib.cli import main


@pytest.mark.parametrize(("command", "flag"), [
    (["check"], "--data-dir"),
    (["check"], "--params-dir"),
    (["periods"], "--data-dir"),
    (["run", "--period", "2024-02"], "--output-dir"),
    (["run", "--period", "2024-02"], "--notebooks-dir"),
    (["beslutsunderlag", "--modell", "Lika delar"], "--output-dir"),
])
def test_a_name_too_long_for_the_file_system_is_one_line_and_exit_2(tmp_path, capsys,
                                                                     command, flag):
    target = tmp_path / ("x" * 300)
    result = main([*command, flag, str(target)])
    err = capsys.readouterr().err
    assert result == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"fel: {flag}: ") and "ett namn i sökvägen har 300 byte (högst 255)" in err
    assert list(tmp_path.iterdir()) == []


def test_an_output_folder_too_deep_for_the_reports_own_names_is_refused_untouched(
        tmp_path, capsys):
    deep = tmp_path.joinpath(*["y" * 200] * 18)
    result = main(["run", "--period", "2024-02", "--output-dir", str(deep)])
    err = capsys.readouterr().err
    assert result == 2
    assert "sökvägen har" in err and "välj en kortare sökväg" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
