"""The `itvt` command: periods, check, run; exit codes; what a published report holds."""

from __future__ import annotations

import json
import re

import nbformat
import pytest
from conftest import html_text, notebook_text, run_cli, tree_snapshot

NB, MINUS = "\u00a0", "\u2212"


@pytest.mark.slow  # runs the itvt command in a subprocess
def test_periods_lists_the_reportable_periods():
    result = run_cli("periods")
    assert (result.returncode, result.stdout.split()) == (0, ["2023-12", "2024-02"])


@pytest.mark.slow  # runs the itvt command in a subprocess
def test_check_validates_without_running(data_dir):
    result = run_cli("check", "--period", "2023-12", "--period", "latest",
                     "--data-dir", data_dir)
    assert result.returncode == 0, result.stderr
    assert "2024-02: ok" in result.stdout


@pytest.mark.slow  # runs the itvt command in a subprocess
@pytest.mark.parametrize(("args", "message"), [
    (["--period", "2024-13"], r'^fel: period: "2024-13" är ingen period: månad 13 finns inte$'),
    (["--period", "2021-12"],
     r"^fel: period: 2021-12 går inte att rapportera \(möjliga perioder: 2023-12, 2024-02\)$"),
])
def test_bad_period_is_exit_2(args, message):
    result = run_cli("check", *args)
    assert result.returncode == 2
    assert re.match(message, result.stderr.strip()), result.stderr


@pytest.mark.slow
def test_bad_data_publishes_nothing(data_dir, tmp_path, published):
    output = tmp_path / "outputs"
    import shutil

    shutil.copytree(published, output)
    before = tree_snapshot(output)
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2024,2024-02,prognos,Intäkter,-17750", "2024,2024-02,prognos,Intäkter,sjutton"),
        encoding="utf-8")
    result = run_cli("run", "--period", "2024-02", "--data-dir", data_dir, "--output-dir", output)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert re.match(r'^fel: .*driftredovisning\.csv:\d+: belopp: "sjutton" är inte ett tal$',
                    lines[0])
    after = tree_snapshot(output)
    assert {k: v for k, v in after.items() if k != "runs.log"} == \
        {k: v for k, v in before.items() if k != "runs.log"}


@pytest.mark.slow
def test_run_publishes_every_page(published):
    for period in ("2023-12", "2024-02"):
        folder = published / period
        assert (folder / "index.html").exists()
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["period"] == period and manifest["status"] == "ok"
        assert {"parameters", "inputs", "package_version", "started", "finished",
                "fingerprint", "notebooks"} <= set(manifest)
        assert all(len(sha) == 64 for sha in manifest["inputs"].values())
        for status in manifest["notebooks"]:
            name = status["notebook"]
            assert (folder / "notebooks" / name).exists()
            assert (folder / name.replace(".ipynb", ".html")).exists()
    assert "2023-12" in (published / "index.html").read_text(encoding="utf-8")
    log = [json.loads(x) for x in (published / "runs.log").read_text().splitlines()]
    assert log[-1]["exit_code"] == 0


@pytest.mark.slow
@pytest.mark.parametrize(("period", "figures"), [
    ("2024-02", [f"{MINUS}17{NB}750", f"14{NB}929", f"36{NB}721", f"18{NB}971", f"{MINUS}24",
                 f"5{NB}436"]),
    ("2023-12", [f"{MINUS}9{NB}115", f"35{NB}545", f"26{NB}430", f"26{NB}210", f"{MINUS}219",
                 f"1{NB}102", f"{MINUS}1{NB}344"]),
])
def test_driftredovisning_page_shows_the_source_figures(published, period, figures):
    page = (published / period / "01-driftredovisning.html").read_text(encoding="utf-8")
    text = html_text(page)
    executed = notebook_text(nbformat.read(
        published / period / "notebooks" / "01-driftredovisning.ipynb", as_version=4))
    for figure in figures:
        assert figure in text, figure
        assert figure in executed, figure
    assert "Avrundningsdifferenser kan förekomma" in text


@pytest.mark.slow
def test_resultat_zero_is_shown_as_dash(published):
    page = (published / "2024-02" / "01-driftredovisning.html").read_text(encoding="utf-8")
    table = re.search(r"<table.*?</table>", page, re.S).group(0)
    heads = re.findall(r'<th scope="col"[^>]*>(.*?)</th>', table)[1:]
    row = re.search(r"<t[hd][^>]*>Resultat</t[hd]>(.*?)</tr>", table, re.S).group(1)
    cells = dict(zip(heads, re.findall(r"<td[^>]*>(.*?)</td>", row)))
    # prognos resultat 0 and avvikelse 0, shown as a true zero
    assert (cells["Prognos 2024"], cells["Avvikelse helår"]) == ("–", "–")


URL_LOAD = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import|url\(\s*["']?(?:https?:)?//""",
                      re.I)


@pytest.mark.slow
def test_pages_hold_no_code_and_load_nothing(published):
    pages = list(published.rglob("*.html"))
    assert len(pages) >= 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not URL_LOAD.search(html), page
        assert "<script" not in html.lower(), page
        text = html_text(html)
        for code in ("open_report", "import ", "data_dir", "itvt_lib"):
            assert code not in text, (page, code)


@pytest.mark.slow  # runs the itvt command in a subprocess
@pytest.mark.parametrize(("args", "expected"), [
    (["--from", "2023-01", "--to", "2024-12"], ["2023-12", "2024-02"]),
    (["--from", "2024-01"], ["2024-02"]),
    (["--to", "2023-12"], ["2023-12"]),
    (["--period", "latest", "--period", "2024-02"], ["2024-02"]),
])
def test_backfill_range_takes_reportable_periods_once(args, expected):
    result = run_cli("check", *args)
    assert result.returncode == 0, result.stderr
    summaries = [line for line in result.stdout.splitlines() if ": varning: " not in line]
    assert [line.split(":")[0] for line in summaries] == expected   # one line per period


@pytest.mark.slow  # runs the itvt command in a subprocess
def test_empty_backfill_range_is_bad_input():
    result = run_cli("check", "--from", "2025-01")
    assert result.returncode == 2
    assert result.stderr.strip() == "fel: period: ingen rapportperiod från 2025-01 till den sista"


@pytest.mark.slow  # runs the itvt command in a subprocess
def test_check_and_periods_import_neither_papermill_nor_nbconvert():
    import subprocess
    import sys

    code = ("import sys; from itvt_lib.cli import main; main(['check']); main(['periods']); "
            "print(sorted(m for m in ('papermill', 'nbconvert', 'nbclient', 'matplotlib') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
@pytest.mark.parametrize(("period", "known"), [
    # docs/ARCHITECTURE.md "Known inconsistencies in the source": each shows on its period's checks page
    ("2024-02", [f"Personalkostnader, prognos 2024 varning 14{NB}959 14{NB}929",
                 "Lokalkostnader, energi, VA, utfall 2023 varning 2 8",
                 f"Herrljunga, prognos 2024 varning 7{NB}878", f"Vårgårda, prognos 2024 varning 11{NB}093"]),
    ("2023-12", [f"Summa kostnader, avvikelse 2023 varning 1{NB}322 {MINUS}1{NB}322",
                 f"Resultat, avvikelse 2023 varning 0 {MINUS}219",
                 f"Summa, utfall 2023 varning {MINUS}26{NB}430 26{NB}430",
                 "fyra gånger kvartalet"]),
])
def test_checks_page_shows_the_known_inconsistencies(published, period, known):
    text = html_text((published / period / "90-kontroller.html").read_text(encoding="utf-8"))
    for item in known:
        assert item in text, item
    start = html_text((published / period / "index.html").read_text(encoding="utf-8"))
    counts = re.search(r"(\d+) godkända, (\d+) varning(?:ar)? ?, (\d+) fel", start)
    assert counts and sum(map(int, counts.groups())) >= 10


@pytest.mark.slow
def test_archive_lists_every_period_newest_first(published):
    text = html_text((published / "index.html").read_text(encoding="utf-8"))
    assert text.index("2024-02") < text.index("2023-12")
    assert "Förvaltningsberättelse 2023-12-31" in text and "Månadsrapport per 2024-02-29" in text
