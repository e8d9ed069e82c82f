"""Run every notebook for a period with papermill, export HTML, publish atomically.

Every path is made absolute once, at the start, in the main thread; nothing after that
depends on the current directory (the runner never calls `os.chdir`: kernels get their
working directory when they start). The output folder is claimed, locked and published
as `outputs.py` describes: a period is built in `O/.builds/<period>-<stamp>-<pid>/` and
`O/<period>` (a symlink) is swapped to it in one atomic rename only when every notebook
and export succeeded, so a complete report is at the path at every moment. On a failed
notebook the executed notebooks (papermill's error marker included) go to
`O/.failed/<period>-<time>/` and the previous report stays as it was. Every run appends
one line to `O/runs.log` (published, failed, refused or bad input) where the folder is
itvt's. Exit codes: 0 success, 1 a notebook failed or timed out, another run holds the
lock, or the machine failed (disk full or read-only), 2 bad input (nothing published).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..areas import load_dataset, open_report
from ..core.context import ReportContext
from ..core.errors import InputError
from ..core.loading import Dataset
from ..core.paths import NOTEBOOKS_DIR, OUTPUTS_DIR, display_path
from ..core.periods import Period
from .outputs import ARCHIVE, FAILED, LockHeld, OutputFolder, OutputLock, append_run_log, temp_name

NOTEBOOK_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.ipynb$")
KERNEL = "python3"
logger = logging.getLogger("itvt")

__all__ = ["LockHeld", "RunFailed", "RunOptions", "append_run_log", "check", "run"]


class RunFailed(Exception):
    """A notebook failed, timed out or its kernel died (exit code 1)."""

    exit_code = 1


def _info(line: str) -> None:
    logger.info(line)


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
    chromium: str | None = None  # set at start when --pdf finds a browser to print with
    kernel_start_timeout: float = 60
    workers: int | None = None  # kernels at once (None: one per core, at most 2)
    log: Callable[[str], None] = _info


def absolute(path) -> Path | None:
    """`path` made absolute against the current directory (no symlink is followed)."""
    return None if path is None else Path(os.path.abspath(os.fspath(path)))


def resolved(options: RunOptions) -> RunOptions:
    """The options with every path absolute: resolved once, at start, in the main thread."""
    return replace(options, data_dir=absolute(options.data_dir),
                   params_dir=absolute(options.params_dir),
                   output_dir=absolute(options.output_dir),
                   notebooks_dir=absolute(options.notebooks_dir))


def notebook_paths(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The report's notebooks, `NN-name.ipynb`, in run order."""
    return sorted(p for p in notebooks_dir.glob("*.ipynb") if NOTEBOOK_RE.match(p.name))


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def keep_failed(build: Path, output_dir: Path, period: Period) -> Path:
    """Move a failed build's executed notebooks to `O/.failed/<period>-<time>/`."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    failed = output_dir / FAILED / f"{period}-{stamp}"
    failed.parent.mkdir(parents=True, exist_ok=True)
    source = build / "notebooks"
    if source.exists():
        shutil.move(str(source), failed)
    else:
        failed.mkdir()
    return failed


# ---------------------------------------------------------------- one period

def notebook_parameters(path: Path, ctx: ReportContext, options: RunOptions) -> dict:
    """Parameters a notebook declares, filled from the run: paths, period and the run's
    overrides (flags); the notebook loads the params files itself, as in JupyterLab."""
    import papermill

    declared = papermill.inspect_notebook(str(path))
    values = {"period": str(ctx.period),
              "data_dir": str(absolute(ctx.data_dir)),
              "params_dir": str(options.params_dir) if options.params_dir else None,
              **{k: v for k, v in options.overrides.items() if v is not None}}
    return {name: values[name] for name in declared if name in values}


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
    except OSError:
        raise  # the machine (a full or read-only disk), not the notebook
    except Exception as exc:  # the kernel died or would not start, a cell timed out, ...
        if session.timed_out:
            raise RunFailed(f"{path.name}: stopped at the time limit of {limit_s:g} s") from None
        raise RunFailed(f"{path.name}: {type(exc).__name__}: {_first_line(str(exc))}") from None
    if session.timed_out:
        raise RunFailed(f"{path.name}: stopped at the time limit of {limit_s:g} s")


def _first_line(text: str) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(text)).strip()
    return text.splitlines()[0] if text else ""


def build_period(ctx: ReportContext, options: RunOptions, build: Path, session) -> dict:
    """Execute and export every notebook into `build`; return the manifest."""
    from .pages import export_notebook, write_start_page

    started = now_iso()
    (build / "notebooks").mkdir(parents=True)
    statuses = []
    timeout = ctx.params.notebook_timeout_s
    for path in notebook_paths(options.notebooks_dir):
        t0 = time.perf_counter()
        executed = build / "notebooks" / path.name
        execute(session, path, executed, notebook_parameters(path, ctx, options), timeout)
        statuses.append({"notebook": path.name, "status": "ok",
                         "seconds": round(time.perf_counter() - t0, 2)})
        options.log(f"[{ctx.period}] {path.stem}: ok ({statuses[-1]['seconds']:.1f} s)")
    manifest = {
        "period": str(ctx.period),
        "title": ctx.period.report_title(),
        "parameters": ctx.params.model_dump(mode="json", exclude_none=True),
        "inputs": ctx.dataset.files,
        "fingerprint": ctx.dataset.fingerprint(),
        "package_version": __version__,
        "started": started,
        "notebooks": statuses,
    }
    for status in statuses:
        export_notebook(build / "notebooks" / status["notebook"], build, manifest)
    manifest.update(write_start_page(ctx, manifest, build))  # checks_summary, no_data
    manifest["finished"] = now_iso()
    manifest["status"] = "ok"
    (build / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2,
                                                    default=str), encoding="utf-8")
    return manifest


def run_period(ctx: ReportContext, options: RunOptions, session, folder: OutputFolder) -> None:
    """Build one period in a journalled build folder and publish it only when all succeeded."""
    build = folder.new_build(str(ctx.period))
    try:
        build_period(ctx, options, build, session)
        if options.chromium:  # printed in the build, so the PDF is published with the pages
            from .pdf import write_pdf

            try:
                target = write_pdf(build, options.chromium)
            except Exception as exc:  # the browser failed: the period is not published
                raise RunFailed(f"rapport.pdf: {type(exc).__name__}: {_first_line(str(exc))}") from None
            options.log(f"[{ctx.period}] wrote {folder.path / str(ctx.period) / target.name}")
    except RunFailed as exc:
        failed = keep_failed(build, folder.path, ctx.period)
        _discard(folder, build)
        raise RunFailed(f"{exc} (executed notebooks kept in {display_path(failed)})") from None
    except BaseException:
        _discard(folder, build)
        raise
    folder.publish(build, str(ctx.period))


def _discard(folder: OutputFolder, build: Path) -> None:
    try:
        folder.discard(build)
    except OSError:  # e.g. a full disk: the journal still names it for the next run
        pass


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


def run_periods(contexts: list[ReportContext], options: RunOptions,
                folder: OutputFolder) -> dict[str, str | None]:
    """Build and publish each period; periods are dealt round-robin to workers, each with
    its own reused kernel. Returns period -> error message (None when published)."""
    from .engine import KernelSession

    workers = worker_count(len(contexts), options.workers)

    def work(chunk: list[ReportContext]) -> dict[str, str | None]:
        results = {}
        with KernelSession(KERNEL, options.notebooks_dir, options.kernel_start_timeout) as session:
            for ctx in chunk:
                try:
                    run_period(ctx, options, session, folder)
                    options.log(f"[{ctx.period}] published "
                                f"{folder.path / str(ctx.period) / 'index.html'}")
                    results[str(ctx.period)] = None
                except RunFailed as exc:
                    logger.error(f"error: [{ctx.period}] {exc}")
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


def write_archive_page(folder: OutputFolder) -> None:
    """The archive `O/index.html`, its temporary file journalled while it is written."""
    from .pages import write_archive

    tmp = temp_name(folder.path / ARCHIVE).name
    folder.record(tmp, "tmp")
    write_archive(folder.path)
    folder.forget(tmp)


def run(options: RunOptions) -> int:
    """Run the report for each period; return the exit code (the worst of the periods)."""
    options = resolved(options)
    output_dir = options.output_dir
    record = {"periods": list(options.periods), "started": now_iso(),
              "output_dir": str(output_dir)}
    claimed = False
    try:
        claimed = OutputFolder.check(output_dir)
        _, contexts = prepare(options)
    except InputError as exc:
        logger.error(f"error: {exc}")
        if claimed:
            _log_run(output_dir, record, 2, "bad input", str(exc))
        return 2
    record["periods"] = [str(c.period) for c in contexts]
    if options.pdf:
        from dataclasses import replace

        from .pdf import printer

        options = replace(options, chromium=printer(options.log))
    folder = OutputFolder(output_dir)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        with OutputLock(output_dir):
            folder.claim()
            claimed = True
            for name in folder.recover():
                logger.warning(f"recovered: removed or restored {name} left by a killed run")
            results = run_periods(contexts, options, folder)
            write_archive_page(folder)
    except LockHeld as exc:
        logger.error(f"error: {exc}")
        _log_run(output_dir, record, 1, "refused", str(exc))
        return 1
    except InputError as exc:  # the lock file or marker is not usable
        logger.error(f"error: {exc}")
        if claimed:
            _log_run(output_dir, record, 2, "bad input", str(exc))
        return 2
    except OSError as exc:  # the machine: a full or read-only disk, a vanished folder
        if exc.errno is None:  # not the system's (e.g. a missing template): a bug
            raise
        where = exc.filename or output_dir
        reason = exc.strerror or type(exc).__name__
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            reason += " (the disk is full)"
        message = f"{where}: cannot write: {reason}; the previous report is kept"
        logger.error(f"error: {message}")
        _log_run(output_dir, record, 1, "failed", message)
        return 1
    messages = [f"{period}: {error}" for period, error in results.items() if error]
    code = 1 if messages else 0
    _log_run(output_dir, record, code, "failed" if messages else "published",
             "; ".join(messages) or "ok")
    for period, error in results.items():
        if error is None:
            print(f"Startsida {period}: {(output_dir / period / 'index.html').as_uri()}")
    if any(error is None for error in results.values()):
        print(f"Arkiv: {(output_dir / ARCHIVE).as_uri()}")
    return code


def _log_run(output_dir: Path, record: dict, code: int, outcome: str, message: str) -> None:
    """One runs.log line; a run that cannot even write it has said so on stderr already."""
    try:
        append_run_log(output_dir, {**record, "finished": now_iso(), "exit_code": code,
                                    "outcome": outcome, "message": message})
    except OSError as exc:
        logger.warning(f"warning: {output_dir}/runs.log: not written: {exc.strerror}")


def check(options: RunOptions) -> list[ReportContext]:
    """Validate data and parameters for the periods without running notebooks."""
    return prepare(resolved(options))[1]
