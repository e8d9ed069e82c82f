"""Every kind of bad input across the data files: exit code 2, one line naming the file
(and line and column where there is one), no traceback, and outputs/ left as it was."""

from __future__ import annotations

import csv
import os
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
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))   # a quoted "a, b" stays one cell
        i = rows[0].index(name)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(r[:i] + r[i + 1:] for r in rows)
    return edit


def _duplicate_line(number):
    def edit(path):
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(lines + [lines[number - 1]]) + "\n", encoding="utf-8")
    return edit


def _header_only(path):
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")


def _pipes(path):
    path.write_text(path.read_text(encoding="utf-8").replace(",", "|"), encoding="utf-8")


def _remove_key_date(date):
    def edit(path):
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join(x for x in lines if not x.startswith(date)) + "\n",
                        encoding="utf-8")
    return edit


def _as_broken_xlsx(path):
    path.with_suffix(".xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    path.unlink()


def _as_xlsx_with_a_formula(path):
    """Edit: the table as an .xlsx (openpyxl stores no computed values) whose second data
    row's last cell is a formula."""
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    with open(path, encoding="utf-8") as handle:
        for i, row in enumerate(csv.reader(handle)):
            book.active.append(row[:-1] + ["=1+1"] if i == 2 else row)
    book.save(path.with_suffix(".xlsx"))
    path.unlink()


def _replace_by(make):
    """Edit: remove the file and put something else at its path (`make(path)`)."""
    def edit(path):
        path.unlink()
        make(path)
    return edit


def _ledger_export(amount: str):
    """Edit (of any file): add a ledger export whose second row carries `amount` kr."""
    def edit(path):
        folder = path.parent / "huvudbok"
        folder.mkdir()
        (folder / "transaktion-2024-01.csv").write_text(
            "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
            "2024-01-10;1;5011;9100;;100,00;ok\n"
            f"2024-01-11;2;5011;9100;;{amount};stor\n", encoding="utf-8")
    return edit


CASES = [
    # (kind, file, edit, expected message after "fel: ")
    ("missing file", "kommuner.csv", lambda p: p.unlink(), r"data/kommuner\.csv: filen saknas"),
    ("empty file", "projekttid/2024-02.csv", _write(b""), r"projekttid/2024-02\.csv: filen är tom"),
    ("header only", "onex.csv", _header_only, r"onex\.csv: inga rader under rubrikraden"),
    ("wrong delimiter", "nilex.csv", _pipes, r"nilex\.csv:1: inget komma eller semikolon"),
    ("missing column", "kontogrupper.csv", _drop_column("typ"),
     r"kontogrupper\.csv:1: typ: kolumnen saknas"),
    ("unknown column", "driftredovisning.csv", _sub("kontogrupp,belopp", "kontogrupp,belop"),
     r"driftredovisning\.csv:1: belop: okänd kolumn"),
    ("non-numeric amount", "kostnadsstalle_netto.csv", _sub("18347", "arton"),
     r'kostnadsstalle_netto\.csv:\d+: belopp: "arton" är inte ett tal'),
    ("duplicate key", "investeringar.csv", _duplicate_line(2),
     r"investeringar\.csv:\d+: .*nyckeln .*finns redan på rad 2"),
    ("unknown kommun", "vaxel.csv", _sub(",Vårgårda,", ",Alingsås,"),
     r'vaxel\.csv:\d+: kommun: "Alingsås" finns inte i kommuner'),
    ("unknown kontogrupp", "driftredovisning.csv", _sub(",Övriga kostnader,", ",Övrigt,"),
     r'driftredovisning\.csv:\d+: kontogrupp: "Övrigt" finns inte i kontogrupper'),
    ("period out of range", "driftredovisning.csv", _sub("2024,2024-02,", "2024,2024-13,"),
     r'driftredovisning\.csv:\d+: period: "2024-13" är ingen period'),
    ("negative hours", "projekttid/2023-12.csv", _sub(",56,21837", ",-56,21837"),
     r"projekttid/2023-12\.csv:2: timmar: -56 är mindre än det minsta tillåtna, 0"),
    ("share over 100 %", "personal.csv", _sub(",total,2.2", ",total,100.1"),
     r"personal\.csv:2: procent: 100\.1 är större än det största tillåtna, 100"),
    ("malformed duration", "onex.csv", _sub(",02:59,", ",2:75,"),
     r'onex\.csv:2: genomsnittlig_kotid: "2:75" är ingen tidslängd'),
    ("unreadable xlsx", "kommuner.csv", _as_broken_xlsx, r"kommuner\.xlsx: ingen läsbar \.xlsx-fil"),
    ("undecodable bytes", "internkontroll.csv",
     lambda p: p.write_bytes(p.read_bytes().replace(b"Digitalisering", b"Digi\x81\x8d", 1)),
     r"internkontroll\.csv:2: filen är UTF-8 \(se rad 2\), men raden har byten 0x81"),
    ("risk value out of range", "internkontroll.csv", _sub("personal,3,4,12", "personal,5,4,12"),
     r"internkontroll\.csv:2: sannolikhet: 5 är större än det största tillåtna, 4"),
    ("stated shares not 100 %", "befolkning.csv", _sub("43.6", "43.2"),
     r"befolkning\.csv:\d+: andel_procent: andelarna 2022-11-01 summerar till"),
    ("missing key for the report's year", "befolkning.csv", _remove_key_date("2022-11-01"),
     r"befolkning\.csv: fördelningsnyckel saknas för 2024"),
    # issue 17, case 6: what used to end in a traceback
    ("cell over the csv field limit", "kostnadsstalle_netto.csv", _sub("18347", "9" * 200_000),
     r'kostnadsstalle_netto\.csv:\d+: belopp: "9{10}.{,200}utanför det rimliga intervallet'),
    ("folder where a file should be", "kommuner.csv", _replace_by(os.mkdir),
     r"data/kommuner\.csv: är en mapp, inte en fil"),
    ("symlink loop", "kommuner.csv", _replace_by(lambda p: os.symlink(p.name, p)),
     r"data/kommuner\.csv: länken pekar på sig själv"),
    ("1e30 as a count", "onex.csv", _sub(",2758,", ",1e30,"),
     r'onex\.csv:2: inkommande: "1e30" ligger utanför det rimliga intervallet \(\|värde\| ≤ 10\^12\)'),
    # case 8: numbers out of range (finite, plausible, exact)
    ("1e308 as a prognos amount", "driftredovisning.csv",
     _sub("2024,2024-02,prognos,Intäkter,-17750", "2024,2024-02,prognos,Intäkter,1e308"),
     r'driftredovisning\.csv:\d+: belopp: "1e308" ligger utanför det rimliga intervallet'),
    ("2e9 tkr in the statement", "driftredovisning.csv",
     _sub("2024,2024-02,prognos,Intäkter,-17750", "2024,2024-02,prognos,Intäkter,-2000000000"),
     r'driftredovisning\.csv:\d+: belopp: .*är mindre än det minsta tillåtna'),
    ("ledger amount beyond int64", "kommuner.csv", _ledger_export("99999999999999999999999"),
     r'huvudbok/transaktion-2024-01\.csv:3: Belopp: "99999999999999999999999" ligger utanför '
     r"det rimliga intervallet \(\|belopp\| ≤ 10\^12 kr\)"),
    ("ledger amount 1e309", "kommuner.csv", _ledger_export("1e309"),  # Excel's display
     r'huvudbok/transaktion-2024-01\.csv:3: Belopp: "1e309" är skrivet med exponent'),
    # issue 23, item 16: a formula that the program writing the workbook never computed
    ("xlsx formula without a stored value", "kommuner.csv", _as_xlsx_with_a_formula,
     r"kommuner\.xlsx:3: ordning: cellen är en formel utan sparat värde; öppna och spara "
     r"filen i Excel \(eller klistra in som värden\)$"),
    # case 9: special files are refused before they are opened
    ("FIFO as a data file", "kommuner.csv", _replace_by(os.mkfifo),
     r"data/kommuner\.csv: är ingen vanlig fil \(utan en FIFO, enhet eller socket\)"),
    ("symlink to /dev/zero", "kommuner.csv", _replace_by(lambda p: os.symlink("/dev/zero", p)),
     r"data/kommuner\.csv: är ingen vanlig fil"),
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
                     "--output-dir", previous_outputs, in_process=True)
    assert result.returncode == 2, (kind, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("fel: ")
    assert re.search(message, lines[0]), lines[0]
    after = tree_snapshot(previous_outputs)
    assert {k: v for k, v in after.items() if k != "runs.log"} == \
        {k: v for k, v in before.items() if k != "runs.log"}


def test_there_are_at_least_15_kinds():
    assert len({c[0] for c in CASES}) >= 15


def _output_is_a_file(output):
    output.rename(output.with_name("saved"))
    output.write_text("not a folder\n")


def _foreign_output(output):
    output.rename(output.with_name("saved"))
    output.mkdir()
    (output / "index.html").write_text("<p>someone else's page</p>")


RUN_CASES = [
    # (kind, edit of the output folder, extra arguments, expected message after "fel: ")
    ("output folder is a file", _output_is_a_file, [], r"outputs: utdatamappen är ingen mapp"),
    ("output folder is someone else's", _foreign_output, [],
     r"outputs: mappen är inte tom och är ingen utdatamapp från itvt "
     r"\(\.itvt-output saknas\)"),
    ("lock file is a folder", lambda o: (o / ".lock").mkdir(), [],
     r"outputs/\.lock: låsfilen är en mapp"),
    # issue 17, case 11: a time limit must be a finite number of seconds
    ("notebook timeout nan", lambda o: None, ["--notebook-timeout", "nan"], r"notebook[-_]timeout"),
    ("notebook timeout inf", lambda o: None, ["--notebook-timeout", "inf"], r"notebook[-_]timeout"),
    ("notebook timeout 0", lambda o: None, ["--notebook-timeout", "0"], r"notebook[-_]timeout"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "edit", "extra", "message"), RUN_CASES,
                         ids=[c[0] for c in RUN_CASES])
def test_bad_run_argument_is_exit_2_and_touches_nothing(previous_outputs, tmp_path, kind, edit,
                                                        extra, message):
    output = tmp_path / "outputs"
    shutil.copytree(previous_outputs, output, symlinks=True)
    edit(output)
    before = tree_snapshot(output) if output.is_dir() else output.read_bytes()
    result = run_cli("run", "--period", "2024-02", "--output-dir", output, *extra,
                     in_process=True)
    assert result.returncode == 2, (kind, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert re.search(message, lines[0]), lines[0]
    after = tree_snapshot(output) if output.is_dir() else output.read_bytes()
    if output.is_dir() and (output / ".itvt-output").exists():  # an itvt folder: one log line
        assert after.pop("runs.log").count(b"\n") == before.pop("runs.log").count(b"\n") + 1
    assert after == before
