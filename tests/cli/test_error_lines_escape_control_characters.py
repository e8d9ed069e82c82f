"""Hostile ledger files (cli.py): a SIE verifikation series holding ESC ("\\x1b[2K",
which erases the terminal line) reached the terminal raw in the one `fel:` line, so a file
could rewrite or hide the error it caused; control characters are now printed as \\xNN."""

from __future__ import annotations

import pytest

from itvt_lib.cli import main, printable

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A\x1b[2K\rok", "A\\x1b[2K\\x0dok"), ("a\nb\tc", "a\\x0ab\\x09c"),
    ("\x7f\x9b", "\\x7f\\x9b"), ("Övriga −1 234 kr", "Övriga −1 234 kr")])
def test_printable_escapes_control_characters(text, expected):
    result = printable(text)
    assert result == expected


@pytest.mark.parametrize(("record", "shown"), [
    ("#VER \x1b[2KA 1 20240205", "verifikationen \\x1b[2KA 1 är inte i balans"),
    ("#VER A\x07\x1b]0;x\x07 1 20240205", "verifikationen A\\x07\\x1b]0;x\\x07 1 är inte")])
def test_a_control_character_from_a_sie_file_is_escaped_in_the_error(data_dir, capsys, record,
                                                                      shown):
    (data_dir / "huvudbok").mkdir()
    lines = [*HEAD, record, "{", '#TRANS 5011 {1 "9100"} 100.00', "#TRANS 1930 {} -90.00", "}"]
    (data_dir / "huvudbok" / "x.se").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp437"))
    result = main(["check", "--period", "2024-02", "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert result == 2
    assert shown in err
    assert "\x1b" not in err
    assert len(err.splitlines()) == 1
