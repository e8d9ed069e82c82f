"""Every kind of bad input across the data files: exit code 2, one line naming the file
(and line and column where there is one), no traceback, and outputs/ left as it was."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import run_cli, tree_snapshot


def _sub(old, new, count=1):
    """Edit: replace the first `count` occurrences of `old` by `new`."""
    def edit(path):
        text = path.read_text(encoding="utf-8")
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, count), encoding="utf-8")
    return edit


def _write(content: bytes):
    return lambda path: path.write_bytes(content)


def _drop_column(name):
    def edit(path):
        rows = [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()]
        i = rows[0].index(name)
        path.write_text("\n".join(",".join(r[:i] + r[i + 1:]) for r in rows) + "\n",
                        encoding="utf-8")
    return edit


def _duplicate_line(number):
    def edit(path):
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(lines + [lines[number - 1]]) + "\n", encoding="utf-8")
    return edit


def _header_only(path):
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")


def _tabs(path):
    path.write_text(path.read_text(encoding="utf-8").replace(",", "\t"), encoding="utf-8")


def _remove_key_date(date):
    def edit(path):
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(x for x in lines if not x.startswith(date)) + "\n",
                        encoding="utf-8")
    return edit


def _as_broken_xlsx(path):
    path.with_suffix(".xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    path.unlink()


CASES = [
    # (kind, file, edit, expected message after "error: ")
    ("missing file", "kommuner.csv", lambda p: p.unlink(), r"data/kommuner\.csv: file not found"),
    ("empty file", "projekttid/2024-02.csv", _write(b""), r"projekttid/2024-02\.csv: file is empty"),
    ("header only", "onex.csv", _header_only, r"onex\.csv: no rows under the header"),
    ("wrong delimiter", "nilex.csv", _tabs, r"nilex\.csv:1: no comma or semicolon"),
    ("missing column", "kontogrupper.csv", _drop_column("typ"),
     r"kontogrupper\.csv:1: typ: column is missing"),
    ("unknown column", "driftredovisning.csv", _sub("kontogrupp,belopp", "kontogrupp,belop"),
     r"driftredovisning\.csv:1: belop: unknown column"),
    ("non-numeric amount", "kostnadsstalle_netto.csv", _sub("18347", "arton"),
     r'kostnadsstalle_netto\.csv:\d+: belopp: "arton" is not a number'),
    ("duplicate key", "investeringar.csv", _duplicate_line(2),
     r"investeringar\.csv:\d+: .*duplicate key .*also on line 2"),
    ("unknown kommun", "vaxel.csv", _sub(",Vårgårda,", ",Alingsås,"),
     r'vaxel\.csv:\d+: kommun: "Alingsås" is not in kommuner'),
    ("unknown kontogrupp", "driftredovisning.csv", _sub(",Övriga kostnader,", ",Övrigt,"),
     r'driftredovisning\.csv:\d+: kontogrupp: "Övrigt" is not in kontogrupper'),
    ("period out of range", "driftredovisning.csv", _sub("2024,2024-02,", "2024,2024-13,"),
     r'driftredovisning\.csv:\d+: period: "2024-13" is not a period'),
    ("negative hours", "projekttid/2023-12.csv", _sub(",56,21837", ",-56,21837"),
     r"projekttid/2023-12\.csv:2: timmar: -56 is below the minimum 0"),
    ("share over 100 %", "personal.csv", _sub(",total,2.2", ",total,100.1"),
     r"personal\.csv:2: procent: 100\.1 is above the maximum 100"),
    ("malformed duration", "onex.csv", _sub(",02:59,", ",2:75,"),
     r'onex\.csv:2: genomsnittlig_kotid: "2:75" is not a duration'),
    ("unreadable xlsx", "kommuner.csv", _as_broken_xlsx, r"kommuner\.xlsx: not a readable \.xlsx file"),
    ("undecodable bytes", "internkontroll.csv",
     lambda p: p.write_bytes(p.read_bytes().replace(b"Digitalisering", b"Digi\x81\x8d", 1)),
     r"internkontroll\.csv:2: undecodable bytes"),
    ("risk value out of range", "internkontroll.csv", _sub("personal,3,4,12", "personal,5,4,12"),
     r"internkontroll\.csv:2: sannolikhet: 5 is above the maximum 4"),
    ("stated shares not 100 %", "befolkning.csv", _sub("43.6", "43.2"),
     r"befolkning\.csv:\d+: andel_procent: the shares of 2022-11-01 sum to"),
    ("missing key for the report's year", "befolkning.csv", _remove_key_date("2022-11-01"),
     r"befolkning\.csv: no allocation key for 2024"),
]


@pytest.fixture(scope="module")
def previous_outputs(published, tmp_path_factory):
    """A copy of a good published tree that no bad run may touch."""
    target = tmp_path_factory.mktemp("previous") / "outputs"
    shutil.copytree(published, target)
    return target


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "file", "edit", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_exit_2_and_publishes_nothing(previous_outputs, data_dir, kind, file, edit,
                                                   message):
    before = tree_snapshot(previous_outputs)
    edit(data_dir / file)
    result = run_cli("run", "--period", "2024-02", "--data-dir", data_dir,
                     "--output-dir", previous_outputs)
    assert result.returncode == 2, (kind, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("error: ")
    assert re.search(message, lines[0]), lines[0]
    after = tree_snapshot(previous_outputs)
    assert {k: v for k, v in after.items() if k != "runs.log"} == \
        {k: v for k, v in before.items() if k != "runs.log"}


def test_there_are_at_least_15_kinds():
    assert len({c[0] for c in CASES}) >= 15
