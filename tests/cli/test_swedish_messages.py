"""Issue 23, item 21: `itvt check` on bad input, and a usage error, write one Swedish line
(prefix "fel: ", file, line and column as before, the message in Swedish) and exit 2."""

from __future__ import annotations

import re

import pytest
from conftest import run_cli

from itvt_lib.cli import main


def _edit(old: str, new: str):
    def edit(data_dir):
        path = data_dir / "vaxel.csv"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return edit


CASES = [
    ("unknown kommun", _edit(",Vårgårda,", ",Alingsås,"), [],
     r'^fel: \S*vaxel\.csv:\d+: kommun: "Alingsås" finns inte i kommuner$'),
    ("unknown column", _edit("from_date,", "fran,"), [],
     r"^fel: \S*vaxel\.csv:1: fran: okänd kolumn \(kända: .*from_date"),
    ("implausible flag", lambda d: None, ["--hours-per-fte", "1e-300"],
     r'^fel: --hours-per-fte: "1e-300" är inte ett tal$'),
    ("no period in a backfill", lambda d: None, ["--from", "2030-01"],
     r"^fel: period: ingen rapportperiod från 2030-01 till den sista$"),
    ("not a period", lambda d: None, ["--period", "2024-13"],
     r'^fel: period: "2024-13" är ingen period: månad 13 finns inte$'),
]


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "edit", "extra", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_check_says_bad_input_in_one_swedish_line(data_dir, kind, edit, extra, expected):
    edit(data_dir)
    result = run_cli("check", "--data-dir", data_dir, *extra)
    lines = result.stderr.strip().splitlines()
    assert (result.returncode, len(lines)) == (2, 1), result.stderr
    assert re.match(expected, lines[0]), lines[0]


@pytest.mark.parametrize(("argv", "expected"), [
    (["run", "--bogus"], "itvt: fel: okända argument: --bogus"),
    (["run", "--workers", "-1"], 'itvt run: fel: argument --workers: "-1" är inte ett heltal '
                                 "större än 0"),
    (["check", "--share-decimals", "abc"], 'itvt check: fel: argument --share-decimals: "abc" '
                                           "är inget heltal"),
    (["run", "--period"], "itvt run: fel: argument --period: ett värde krävs"),
    ([], "itvt: fel: ange ett kommando: run, check, beslutsunderlag eller periods"),
    (["--period", "2024-02", "run"], "itvt: fel: --period står före kommandot; skriv "
                                     "kommandot först: itvt run --period 2024-02"),
    (["--data-dir", "x"], "itvt: fel: --data-dir står före kommandot; skriv kommandot först: "
                          "itvt run --data-dir x"),
    (["runn"], 'itvt: fel: argument command: "runn" finns inte (välj bland "run", "check", '
               '"beslutsunderlag", "periods")'),
])
def test_usage_errors_end_in_one_swedish_line(capsys, argv, expected):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    lines = capsys.readouterr().err.strip().splitlines()
    assert (exit_.value.code, lines[-1]) == (2, expected)
    assert lines[0].startswith("usage: itvt")


def test_the_commands_named_in_messages_are_the_parsers():
    from itvt_lib import cli

    parser = cli._parser()
    result = set(next(a for a in parser._actions if a.dest == "command").choices)
    assert result == set(cli._COMMANDS)
