"""Run every notebook for a period with papermill, export HTML, publish atomically.

A period is built in `O/.tmp-<period>-<pid>` beside its target and replaces
`O/<period>/` only when every notebook and export succeeded. On a failed notebook the
executed notebooks (papermill's error marker included) go to `O/.failed/<period>-<time>/`
and the previous report stays as it was. Exit codes: 0 success, 1 a notebook failed or
timed out or another run holds the lock, 2 bad input (nothing published).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..areas import load_dataset, open_report
from ..core.context import ReportContext
from ..core.errors import InputError
from ..core.loading import Dataset
from ..core.paths import NOTEBOOKS_DIR, OUTPUTS_DIR, display_path
from ..core.periods import Period

NOTEBOOK_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")
KERNEL = "python3"


class RunFailed(Exception):
    """A notebook failed, timed out or its kernel died (exit code 1)."""

    exit_code = 1


class LockHeld(RunFailed):
    """Another run holds the output folder's lock (exit code 1)."""


@dataclass
class RunOptions:
    """What one `itvt run` was asked to do."""

    periods: list[str]
    data_dir: Path | None = None
    params_dir: Path | None = None
    output_dir: Path = OUTPUTS_DIR
    notebooks_dir: Path = NOTEBOOKS_DIR
    overrides: dict = field(default_factory=dict)
    pdf: bool = False
    kernel_start_timeout: float = 60
    workers: int | None = None  # kernels at once (None: one per core, at most 2)
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)


def notebook_paths(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The report's notebooks, `NN-name.ipynb`, in run order."""
    return sorted(p for p in notebooks_dir.glob("*.ipynb") if NOTEBOOK_RE.match(p.name))


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# ---------------------------------------------------------------- lock

def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class OutputLock:
    """One run per output folder: `O/.lock` holds the pid; a dead holder's lock is taken over."""

    def __init__(self, output_dir: Path):
        self.path = output_dir / ".lock"

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                try:
                    holder = int(self.path.read_text().strip() or 0)
                except (OSError, ValueError):
                    holder = 0
                if holder and _pid_alive(holder) and holder != os.getpid():
                    raise LockHeld(f"{display_path(self.path.parent)}: another run (pid {holder}) "
                                   "holds the lock; try again when it has finished") from None
                self.path.unlink(missing_ok=True)  # stale: its process is gone
                continue
            with os.fdopen(fd, "w") as handle:
                handle.write(str(os.getpid()))
            return self

    def __exit__(self, *exc):
        self.path.unlink(missing_ok=True)


# ---------------------------------------------------------------- publishing

def recover(output_dir: Path) -> None:
    """Undo what a killed run left: restore an interrupted swap, remove temporary folders."""
    if not output_dir.exists():
        return
    for old in output_dir.glob(".old-*"):
        period = old.name.split("-", 1)[1].rsplit("-", 1)[0]
        target = output_dir / period
        if not target.exists():
            old.rename(target)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for tmp in output_dir.glob(".tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)


def publish(tmp: Path, target: Path) -> None:
    """Replace `target` by `tmp` with two renames on one filesystem."""
    old = target.parent / f".old-{target.name}-{os.getpid()}"
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def keep_failed(tmp: Path, output_dir: Path, period: Period) -> Path:
    """Move a failed build's executed notebooks to `O/.failed/<period>-<time>/`."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    failed = output_dir / ".failed" / f"{period}-{stamp}"
    failed.parent.mkdir(parents=True, exist_ok=True)
    source = tmp / "notebooks"
    shutil.move(str(source if source.exists() else tmp), failed)
    shutil.rmtree(tmp, ignore_errors=True)
    return failed


def append_run_log(output_dir: Path, record: dict) -> None:
    """One JSON line per run in `O/runs.log`."""
    output_dir.mkdir(parents=True, exist_ok=True)
    with open(output_dir / "runs.log", "a", encoding="utf-8") as log:
        log.write(json.dumps(record, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- one period

def notebook_parameters(path: Path, ctx: ReportContext, options: RunOptions) -> dict:
    """Parameters a notebook declares, filled from the run: paths, period, merged params."""
    import papermill

    declared = papermill.inspect_notebook(str(path))
    values = {"period": str(ctx.period),
              "data_dir": str(Path(ctx.data_dir).resolve()),
              "params_dir": str(Path(options.params_dir).resolve()) if options.params_dir
              else None}
    return {name: values.get(name, ctx.params.get(name))
            for name in declared if name in values or name in ctx.params}


def execute(session, path: Path, output: Path, parameters: dict, limit_s: float) -> None:
    """Execute one notebook on the run's kernel; any failure becomes a one-line RunFailed."""
    from papermill.exceptions import PapermillExecutionError

    try:
        session.execute(path, output, parameters, limit_s)
    except PapermillExecutionError as exc:
        if session.timed_out:
            raise RunFailed(f"{path.name}: stopped at the time limit of {limit_s:g} s") from None
        raise RunFailed(f"{path.name}: cell {exc.exec_count}: {exc.ename}: "
                        f"{_first_line(exc.evalue)}") from None
    except Exception as exc:  # the kernel died or would not start, a cell timed out, ...
        if session.timed_out:
            raise RunFailed(f"{path.name}: stopped at the time limit of {limit_s:g} s") from None
        raise RunFailed(f"{path.name}: {type(exc).__name__}: {_first_line(str(exc))}") from None
    if session.timed_out:
        raise RunFailed(f"{path.name}: stopped at the time limit of {limit_s:g} s")


def _first_line(text: str) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(text)).strip()
    return text.splitlines()[0] if text else ""


def build_period(ctx: ReportContext, options: RunOptions, tmp: Path, session) -> dict:
    """Execute and export every notebook into `tmp`; return the manifest."""
    from .pages import export_notebook, write_start_page

    started = now_iso()
    (tmp / "notebooks").mkdir(parents=True)
    statuses = []
    timeout = float(ctx.params.get("notebook_timeout_s", 600))
    for path in notebook_paths(options.notebooks_dir):
        t0 = time.perf_counter()
        executed = tmp / "notebooks" / path.name
        execute(session, path, executed, notebook_parameters(path, ctx, options), timeout)
        statuses.append({"notebook": path.name, "status": "ok",
                         "seconds": round(time.perf_counter() - t0, 2)})
        options.log(f"[{ctx.period}] {path.stem}: ok ({statuses[-1]['seconds']:.1f} s)")
    manifest = {
        "period": str(ctx.period),
        "title": ctx.period.report_title(),
        "parameters": ctx.params,
        "inputs": ctx.dataset.files,
        "fingerprint": ctx.dataset.fingerprint(),
        "package_version": __version__,
        "started": started,
        "notebooks": statuses,
    }
    for status in statuses:
        export_notebook(tmp / "notebooks" / status["notebook"], tmp, manifest)
    write_start_page(ctx, manifest, tmp)
    manifest["finished"] = now_iso()
    manifest["status"] = "ok"
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2,
                                                  default=str), encoding="utf-8")
    return manifest


def run_period(ctx: ReportContext, options: RunOptions, session) -> None:
    """Build one period beside its target and publish it only when all succeeded."""
    output_dir = Path(options.output_dir)
    tmp = output_dir / f".tmp-{ctx.period}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        build_period(ctx, options, tmp, session)
    except RunFailed as exc:
        failed = keep_failed(tmp, output_dir, ctx.period)
        raise RunFailed(f"{exc} (executed notebooks kept in {display_path(failed)})") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    publish(tmp, output_dir / str(ctx.period))


# ---------------------------------------------------------------- a run

def prepare(options: RunOptions) -> tuple[Dataset, list[ReportContext]]:
    """Validate all data and every period before anything runs (InputError if bad)."""
    dataset = load_dataset(options.data_dir)
    contexts = {}
    for period in options.periods:
        ctx = open_report(period, options.data_dir, options.params_dir, options.overrides,
                          dataset=dataset)
        contexts.setdefault(str(ctx.period), ctx)  # "latest" and its YYYY-MM run once
    return dataset, list(contexts.values())


def worker_count(periods: int, requested: int | None = None) -> int:
    """Kernels to run periods on at once: one per core (at most 2 by default), never more
    than there are periods. Each kernel is a process of its own, so two use both cores."""
    wanted = requested if requested else min(2, os.cpu_count() or 1)
    return max(1, min(periods, wanted))


def run_periods(contexts: list[ReportContext], options: RunOptions) -> dict[str, str | None]:
    """Build and publish each period; periods are dealt round-robin to workers, each with
    its own reused kernel. Returns period -> error message (None when published)."""
    from .engine import KernelSession

    workers = worker_count(len(contexts), options.workers)
    output_dir = Path(options.output_dir)

    def work(chunk: list[ReportContext]) -> dict[str, str | None]:
        results = {}
        with KernelSession(KERNEL, options.notebooks_dir, options.kernel_start_timeout) as session:
            for ctx in chunk:
                try:
                    run_period(ctx, options, session)
                    options.log(f"[{ctx.period}] published "
                                f"{display_path(output_dir / str(ctx.period))}/index.html")
                    results[str(ctx.period)] = None
                except RunFailed as exc:
                    options.log(f"error: [{ctx.period}] {exc}")
                    results[str(ctx.period)] = str(exc)
        return results

    chunks = [contexts[i::workers] for i in range(workers)]
    if workers == 1:
        return work(chunks[0])
    from concurrent.futures import ThreadPoolExecutor

    results: dict[str, str | None] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="itvt-period") as pool:
        for part in pool.map(work, chunks):
            results.update(part)
    return results


def run(options: RunOptions) -> int:
    """Run the report for each period; return the exit code (the worst of the periods)."""
    from .pages import write_archive

    output_dir = Path(options.output_dir)
    started = now_iso()
    record = {"periods": options.periods, "started": started}
    try:
        _, contexts = prepare(options)
    except InputError as exc:
        options.log(f"error: {exc}")
        _log_run(output_dir, record, 2, str(exc))
        return 2
    record["periods"] = [str(c.period) for c in contexts]
    try:
        with OutputLock(output_dir):
            recover(output_dir)
            results = run_periods(contexts, options)
            write_archive(output_dir)
            if options.pdf:
                from .pdf import write_pdfs

                write_pdfs(output_dir, [c.period for c in contexts
                                        if results[str(c.period)] is None], options.log)
    except LockHeld as exc:
        options.log(f"error: {exc}")
        return 1
    messages = [f"{period}: {error}" for period, error in results.items() if error]
    code = 1 if messages else 0
    _log_run(output_dir, record, code, "; ".join(messages) or "ok")
    return code


def _log_run(output_dir: Path, record: dict, code: int, message: str) -> None:
    try:
        append_run_log(output_dir, {**record, "finished": now_iso(), "exit_code": code,
                                    "message": message})
    except OSError:
        pass


def check(options: RunOptions) -> list[ReportContext]:
    """Validate data and parameters for the periods without running notebooks."""
    return prepare(options)[1]
