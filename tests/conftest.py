"""Shared fixtures: a writable copy of the data, and notebook execution helpers."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

# As itvt_lib/publishing/engine.py does: jsonschema (under nbformat) imports rfc3987_syntax
# when present, which builds its grammars for seconds of CPU in every pytest process;
# IRI format checks are never used on notebooks.
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402

from itvt_lib.core.formatting import MINUS, NBSP  # noqa: E402
from itvt_lib.core.paths import DATA_DIR, NOTEBOOKS_DIR, PARAMS_DIR  # noqa: E402
from itvt_lib.publishing.pdf import BROWSER_ARGS, find_chromium  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = find_chromium()
# Browser tests: slow, need Chromium (CI installs Debian's; locally they skip without it).
BROWSER_MARKS = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                       reason="no Chromium on this machine (CI installs Debian's chromium)"),
]


def sv(text: str) -> str:
    """A number as the pages show it: non-breaking thousands space, U+2212 minus."""
    return text.replace(" ", NBSP).replace("-", MINUS)


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (closed at its end: a module that drives its
    own Playwright, like the JupyterLab test, must not find one running)."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "CI must have Chromium: .ci/run installs Debian's chromium"
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A writable copy of data/ (tests edit it to make bad input)."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture
def params_dir(tmp_path) -> Path:
    """A writable copy of params/."""
    target = tmp_path / "params"
    shutil.copytree(PARAMS_DIR, target)
    return target


@pytest.fixture
def params(params_dir) -> Path:
    """A writable copy of params/ without the models saved from the workbench (a local
    modeller.yaml would change every model list)."""
    (params_dir / "modeller.yaml").unlink(missing_ok=True)
    return params_dir


@pytest.fixture(scope="module")
def session():
    """The workbench's session (data and parameters loaded once per module)."""
    from itvt_lib.workbench.results import Session

    return Session()


def execute_notebook(name: str, parameters: dict | None = None, timeout: int = 120):
    """Run notebooks/<name> with nbclient from notebooks/, papermill-style parameters
    injected after the `parameters` cell; return the executed notebook."""
    nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
    if parameters:
        index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
        source = "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
        cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
        nb.cells.insert(index + 1, cell)
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS_DIR)}}).execute()
    return nb


def notebook_text(nb) -> str:
    """All text a reader sees in the outputs: HTML with tags stripped, plus plain text."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                parts.append(html.unescape(re.sub(r"<[^>]+>", " ", data["text/html"])))
            elif "text/plain" in data:
                parts.append(data["text/plain"])
            if output.get("output_type") == "stream":
                parts.append(output.get("text", ""))
    return re.sub(r"[ \t]+", " ", "\n".join(parts))


def html_text(page: str) -> str:
    """Visible text of an HTML page, entities decoded, whitespace collapsed."""
    page = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", page)
    return re.sub(r"[ \t\r\n]+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


# Commands that only read (no kernel, no signal handler, no output folder) run in the test's
# own process through `itvt_lib.cli.main`, the function the console script calls: an `itvt`
# process spends a second or two of CPU importing pandas and pydantic before it reads a
# flag, and the suite asks `check` a few hundred questions. Every other `run`, the terminal
# tests (tests/cli/test_terminal_encoding.py, test_unreachable_errors.py) and
# tests/project/test_cli_in_process.py (same answers both ways) keep the console script
# itself under test.
IN_PROCESS = frozenset({"check", "periods"})


def run_cli(*args, cwd=None, timeout=600, in_process=None):
    """Run `itvt args` from `cwd` (the repository): `check` and `periods` in this process
    (`main_in_process`), every other command as the installed console script unless
    `in_process` (a `run` a test expects to stop at bad input); return the CompletedProcess."""
    args = [str(arg) for arg in args]
    if in_process or (in_process is None and args and args[0] in IN_PROCESS):
        return main_in_process(args, cwd=cwd or ROOT)
    itvt = Path(sys.executable).with_name("itvt")
    return subprocess.run([str(itvt), *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=timeout)


def main_in_process(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """`itvt args` as its process would see it, in this one: the package's caches empty, the
    current folder `cwd`, standard output and error captured, warnings shown on standard
    error as a fresh interpreter shows them (each one, every time), SystemExit as the exit
    code, an escaping exception as the interpreter's exit 1 with its traceback."""
    import contextlib
    import io
    import traceback
    import warnings

    from itvt_lib import cli
    from itvt_lib.core import caches

    caches.clear_all()
    out, err, before = io.StringIO(), io.StringIO(), os.getcwd()
    os.chdir(cwd)
    try:
        with warnings.catch_warnings(record=True) as caught, \
                contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            warnings.resetwarnings()
            warnings.simplefilter("always")
            for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                             ResourceWarning):  # the interpreter's default filters
                warnings.filterwarnings("ignore", category=category)
            try:
                code = cli.main(args)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (exc.code is not None)
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
            except BaseException:  # noqa: BLE001 - as the interpreter ends on one
                traceback.print_exc()
                code = 1
    finally:
        os.chdir(before)
    shown = "".join(warnings.formatwarning(w.message, w.category, w.filename, w.lineno, w.line)
                    for w in caught)
    return subprocess.CompletedProcess(["itvt", *args], int(code or 0), out.getvalue(),
                                       err.getvalue() + shown)


PUBLISHED_RUN = ("run", "--period", "2023-12", "--period", "2024-02", "--pdf")


def _published_root(basetemp: Path) -> Path:
    """The run's temporary folder, shared by its xdist workers (each has a sub-folder)."""
    return basetemp.parent if os.environ.get("PYTEST_XDIST_WORKER") else basetemp


# Builds `published` once for the session, whoever asks first: the first to take the lock
# runs it, the others wait for the lock and find it done.
_BUILD_PUBLISHED = """
import fcntl, subprocess, sys
from pathlib import Path
root, itvt, cwd, args = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
folder = root / "published"
with open(root / "published.lock", "w") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    if not (folder / "done").exists():
        folder.mkdir(exist_ok=True)
        result = subprocess.run([itvt, *args, "--output-dir", str(folder / "outputs")],
                                capture_output=True, text=True, cwd=cwd)
        if result.returncode:
            sys.exit(result.stderr)
        (folder / "done").touch()
"""


def _build_published(root: Path) -> subprocess.CompletedProcess:
    itvt = Path(sys.executable).with_name("itvt")
    return subprocess.run([sys.executable, "-c", _BUILD_PUBLISHED, root, itvt, ROOT,
                           *PUBLISHED_RUN], capture_output=True, text=True)


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """One `itvt run --pdf` of both reportable periods on the embedded data (shared by
    tests, and under pytest-xdist by every worker: the first to ask runs it, or the
    whole suite's background build, `pytest_sessionstart`; the others wait for it; without
    a Chromium the run publishes HTML only). Tests only read it."""
    root = _published_root(tmp_path_factory.getbasetemp())
    result = _build_published(root)
    assert result.returncode == 0, result.stderr
    return root / "published" / "outputs"


_background: list[subprocess.Popen] = []


def pytest_sessionstart(session):
    """The whole suite (`make test`: no file, -m or -k given) starts building `published`
    in the background at once, so no worker holds a core idle waiting for another's build
    when it first needs it; a selection builds it on first use."""
    config = session.config
    if hasattr(config, "workerinput") or config.option.collectonly or \
            config.option.markexpr or config.option.keyword or \
            config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return
    root = _published_root(config._tmp_path_factory.getbasetemp())
    itvt = Path(sys.executable).with_name("itvt")
    _background.append(subprocess.Popen(
        [sys.executable, "-c", _BUILD_PUBLISHED, root, itvt, ROOT, *PUBLISHED_RUN],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


@pytest.fixture(scope="session")
def small_report(tmp_path_factory) -> Path:
    """An output folder holding a good 2024-02 made by the one-notebook set of `notebooks`
    on the embedded data, built once per worker. Tests never change it: `good_report`
    gives each test its own copy (symlinks kept: the period's link points into .builds)."""
    root = tmp_path_factory.mktemp("small")
    folder, output = root / "notebooks", root / "outputs"
    folder.mkdir()
    write_notebook(folder, "01-ok.ipynb", registry_import(), "print('ok')")
    result = run_cli("run", "--period", "2024-02", "--notebooks-dir", folder,
                     "--output-dir", output)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture
def good_report(small_report, tmp_path) -> Path:
    """This test's own output folder holding a good 2024-02 (a copy of `small_report`)."""
    output = tmp_path / "outputs"
    shutil.copytree(small_report, output, symlinks=True)
    return output


@pytest.fixture(scope="session")
def published_notebook(published):
    """published_notebook(period, name): notebooks/<name> as `published` executed it for
    the period (the embedded data and params; papermill's parameters cell injected), so a
    test of what a notebook shows for a period reads the run that published it."""
    def read(period: str, name: str):
        return nbformat.read(published / period / "notebooks" / name, as_version=4)
    return read


def tree_snapshot(folder: Path) -> dict:
    """Every file under `folder` with its bytes (to prove nothing changed)."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def write_notebook(folder: Path, name: str, *sources: str, parameters: str | None = None) -> None:
    """A small test notebook: a title, an optional `parameters` cell, then `sources`."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {name}")]
    if parameters is not None:
        nb.cells.append(nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]}))
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, folder / name)


def registry_import() -> str:
    """A notebook line importing every registered area (a notebooks folder must show them all)."""
    from itvt_lib.areas import AREAS

    return "from itvt_lib.areas import " + ", ".join(
        area.__name__.rpartition(".")[2] for area in AREAS)


def page_notebooks(folder: Path, *names: str) -> Path:
    """`folder` holding the project's notebooks `names` and one that imports every area
    (a notebooks folder must show them all): a run that builds only the pages a test
    reads, not the whole packet."""
    folder.mkdir()
    for name in names:
        shutil.copy(NOTEBOOKS_DIR / name, folder / name)
    write_notebook(folder, "00-alla-omraden.ipynb", registry_import(), "print('ok')")
    return folder


@pytest.fixture
def notebooks(tmp_path) -> Path:
    """A notebooks folder with one notebook that succeeds (and imports every area)."""
    folder = tmp_path / "notebooks"
    folder.mkdir()
    write_notebook(folder, "01-ok.ipynb", registry_import(), "print('ok')")
    return folder


@pytest.fixture(scope="module")
def dataset():
    """The embedded data, loaded once per module."""
    from itvt_lib.areas import load_dataset

    return load_dataset()


@pytest.fixture(scope="module")
def ctx_2023(dataset):
    from itvt_lib.areas import open_report

    return open_report("2023-12", dataset=dataset)


@pytest.fixture(scope="module")
def ctx_2024(dataset):
    from itvt_lib.areas import open_report

    return open_report("2024-02", dataset=dataset)


def with_tables(ctx, **tables):
    """`ctx` with some tables of its dataset replaced (TEST data)."""
    from itvt_lib.core.context import ReportContext

    ds = ctx.dataset
    changed = type(ds)(ds.data_dir, {**ds.tables, **tables}, ds.locations)
    return ReportContext(ctx.period, changed, ctx.params, ds.data_dir)


def without_params(ctx, *keys):
    """`ctx` with the top-level parameters `keys` back at the model's defaults."""
    from itvt_lib.areas import PARAMS_MODEL
    from itvt_lib.core.context import ReportContext
    from itvt_lib.core.settings import MERGED

    content = {k: v for k, v in ctx.params.model_dump(exclude_none=True).items()
               if k not in keys}
    changed = PARAMS_MODEL.model_validate(content, context={MERGED: True})
    changed._sources = ctx.params.sources
    return ReportContext(ctx.period, ctx.dataset, changed, ctx.data_dir)


def with_params(ctx, **params):
    """`ctx` with some parameters replaced (sections merged key by key, then validated as
    `load_params` validates the merged result)."""
    from itvt_lib.areas import PARAMS_MODEL
    from itvt_lib.core.context import ReportContext
    from itvt_lib.core.params import merge
    from itvt_lib.core.settings import MERGED

    content = merge(ctx.params.model_dump(exclude_none=True), params)
    changed = PARAMS_MODEL.model_validate(content, context={MERGED: True})
    changed._sources = ctx.params.sources
    return ReportContext(ctx.period, ctx.dataset, changed, ctx.data_dir)


# ---------------------------------------------------------------- the published surfaces
# Both periods' packets built once per session (tests/surfaces/), as a reader sees them.

PACKET_PERIODS = ("2023-12", "2024-02")


@pytest.fixture(scope="session")
def packets(published) -> Path:
    """Both periods built once by the CLI, with the PDF where a Chromium is present (the
    one published report every worker shares)."""
    return published


@pytest.fixture(scope="session")
def page(packets):
    """A page of a period as a reader sees it (each page parsed once)."""
    from surface_reader import read_page  # tests/surfaces/

    @cache
    def read(period: str, stem: str):
        return read_page(packets / period / f"{stem}.html")
    return read




@pytest.fixture(scope="session")
def calc_html(packets, tmp_path_factory):
    """Each period's tabeller.xlsx converted by LibreOffice (Swedish locale) to HTML, once
    per period: the HTML text."""
    from surface_reader import spreadsheet_html  # tests/surfaces/

    @cache
    def converted(period: str):
        workdir = tmp_path_factory.mktemp(f"calc-{period}")
        return spreadsheet_html(packets / period / "tabeller.xlsx", workdir)
    return converted


@pytest.fixture(scope="session")
def spreadsheet(calc_html):
    """Each period's tabeller.xlsx as LibreOffice shows it (converted once per period)."""
    from surface_reader import sheets_of  # tests/surfaces/

    @cache
    def sheets(period: str) -> dict[str, list[list[str]]]:
        return sheets_of(calc_html(period))
    return sheets


# ---------------------------------------------------------------- order of the test files
# `make test` hands whole files to the xdist workers (--dist loadfile) in collection order
# (--no-loadscope-reorder: xdist would otherwise start with the files holding the most
# tests, the quick ones, and end on the few long files, one worker busy and the others
# idle). The longest files go first, so the many quick ones fill the end. A file's length
# is its seconds in tests/file_times.json (written by `make test-times`); a file not listed
# there counts as quick. Only the order changes, never what runs.
FILE_TIMES = Path(__file__).with_name("file_times.json")


def pytest_addoption(parser):
    parser.addoption("--store-file-times", action="store_true",
                     help="write each test file's seconds to tests/file_times.json")


def pytest_collection_modifyitems(config, items):
    import json

    try:
        seconds = json.loads(FILE_TIMES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    first = {}
    for index, item in enumerate(items):
        first.setdefault(item.nodeid.split("::")[0], index)
    items.sort(key=lambda item: (-float(seconds.get(item.nodeid.split("::")[0], 0)),
                                 first[item.nodeid.split("::")[0]]))


_file_seconds: dict[str, float] = {}


def pytest_runtest_logreport(report):
    path = report.nodeid.split("::")[0]
    _file_seconds[path] = _file_seconds.get(path, 0.0) + report.duration


def pytest_sessionfinish(session):
    import json

    for process in _background:  # an interrupted session: the build is not left running
        if process.poll() is None:
            process.terminate()
            process.wait()

    if session.config.getoption("--store-file-times") and not hasattr(session.config,
                                                                        "workerinput"):
        times = {path: round(s, 1) for path, s in sorted(_file_seconds.items()) if s >= 1}
        FILE_TIMES.write_text(json.dumps(times, indent=1) + "\n", encoding="utf-8")


def write_ledger_2023(data_dir: Path, herrljunga_kr: int) -> None:
    """TEST export in `data_dir/huvudbok/`: every month of 2023 booked, 26 430 000 kr in all
    (the bokslut's nettokostnad), `herrljunga_kr` of it on ansvar 9110 (Kommunspecifikt
    Herrljunga) while the bokslut of record keeps it joint."""
    rows = [f"2023-{m:02d}-15;{m};5011;9100;;1000000,00;lön" for m in range(1, 12)]
    rows.append(f"2023-12-15;12;5011;9100;;{26430000 - 11000000 - herrljunga_kr},00;lön")
    if herrljunga_kr:
        rows.append(f"2023-12-16;13;4010;9110;;{herrljunga_kr},00;eget")
    (data_dir / "huvudbok").mkdir(exist_ok=True)
    (data_dir / "huvudbok" / "transaktion-2023.csv").write_text(
        "\n".join(["Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text", *rows]) + "\n",
        encoding="utf-8")


def onex_as_xlsx(data_dir, value, form) -> None:
    """onex.csv as onex.xlsx (texts as written), line 2's langsta_kotid `value` under `form`."""
    import csv

    import openpyxl

    book = openpyxl.Workbook()
    with open(data_dir / "onex.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    for row in rows:
        book.active.append(row)
    cell = book.active.cell(2, rows[0].index("langsta_kotid") + 1)
    cell.value, cell.number_format = value, form
    book.save(data_dir / "onex.xlsx")
    (data_dir / "onex.csv").unlink()
