"""Run every notebook for a period with papermill, export HTML, publish atomically.

Every path is made absolute once, at the start, in the main thread; nothing after that
depends on the current directory (the runner never calls `os.chdir`: kernels get their
working directory when they start). The output folder is claimed, locked and published
as `outputs.py` describes: a period is built in `O/.builds/<period>-<stamp>-<pid>/` and
`O/<period>` (a symlink) is swapped to it in one atomic rename only when every notebook
and export succeeded, so a complete report is at the path at every moment. On a failed
notebook the executed notebooks (papermill's error marker included) go to
`O/.failed/<period>-<time>/` and the previous report stays as it was. Every run appends
one line to `O/runs.log` (published, failed, refused, interrupted or bad input) where the
folder is itvt's, before the archive `O/index.html` is rebuilt, so the archive names this
run as the last one. SIGINT (Ctrl-C) and SIGTERM stop the run cleanly: the kernels are
killed, unpublished builds removed, the line written; the previous report stays. The
notebooks folder must show every area of the registry (`itvt_lib.areas.AREAS`). Exit
codes: 0 success, 1 a notebook failed or timed out, another run holds the lock, or the
machine failed (disk full or read-only), 2 bad input (nothing published), 128 + the
signal's number when interrupted (130 Ctrl-C, 143 SIGTERM).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import signal
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..areas import load_dataset, open_report, reportable_periods
from ..core.context import ReportContext
from ..core.errors import InputError, os_reason, unexpected_line
from ..core.loading import Dataset, data_relative, files_fingerprint
from ..core.paths import DATA_DIR, NOTEBOOKS_DIR, OUTPUTS_DIR, PARAMS_DIR, display_path
from ..core.paths import absolute_path as absolute
from ..core.periods import Period
from .failing_checks import failed_checks, failure_line, refusal  # noqa: F401
from .inputs_read import changed_input, inputs_key
from .meeting_packets import warn_linked_packets, warn_stale_meeting_packets
from .notebooks import (  # noqa: F401
    NOTEBOOK_RE,
    check_agenda_pages,
    check_notebooks,
    notebook_paths,
)
from .outputs import (
    ARCHIVE,
    FAILED,
    RUNS_LOG,
    RUNS_LOG_LINK,
    LockHeld,
    OutputFolder,
    OutputLock,
    append_run_log,
    temp_name,
)
from .stopping import Interrupted, Stop  # noqa: F401

KERNEL = "python3"
logger = logging.getLogger("itvt")

__all__ = ["Interrupted", "LockHeld", "RunFailed", "RunOptions", "append_run_log", "check",
           "run"]


class RunFailed(Exception):
    """A notebook failed, timed out or its kernel died (exit code 1)."""

    exit_code = 1


_info = logger.info   # a run's progress lines


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
    publish_failed_checks: bool = False  # publish although a check is in status fel
    chromium: str | None = None  # set at start when --pdf finds a browser to print with
    kernel_start_timeout: float = 60
    workers: int | None = None  # kernels at once (None: one per core, at most 2)
    log: Callable[[str], None] = _info
    stop: Stop | None = None  # set by `run`: SIGINT/SIGTERM stop the run between steps
    inputs_read: tuple | None = None  # set by `run` before it reads them (inputs_key)


def resolved(options: RunOptions) -> RunOptions:
    """The options with every path absolute: resolved once, at start, in the main thread."""
    return replace(options, data_dir=absolute(options.data_dir),
                   params_dir=absolute(options.params_dir),
                   output_dir=absolute(options.output_dir),
                   notebooks_dir=absolute(options.notebooks_dir))


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


def execute(session, path: Path, output: Path, parameters: dict, limit_s: float,
            stop: Stop | None = None) -> None:
    """Execute one notebook on the run's kernel; any failure becomes a one-line RunFailed,
    or Interrupted when the run was stopped (its kernel killed)."""
    if stop is not None:
        stop.check()
    try:
        _execute(session, path, output, parameters, limit_s)
    except Exception:
        if stop is not None:
            stop.check()
        raise


def _execute(session, path: Path, output: Path, parameters: dict, limit_s: float) -> None:
    from papermill.exceptions import PapermillExecutionError

    try:
        session.execute(path, output, parameters, limit_s)
    except PapermillExecutionError as exc:
        if session.timed_out:
            raise RunFailed(f"{path.name}: stoppad vid tidsgränsen {limit_s:g} s") from None
        raise RunFailed(f"{path.name}: cell {exc.exec_count}: {exc.ename}: "
                        f"{_first_line(exc.evalue)}") from None
    except OSError:
        raise  # the machine (a full or read-only disk), not the notebook
    except Exception as exc:  # the kernel died or would not start, a cell timed out, ...
        if session.timed_out:
            raise RunFailed(f"{path.name}: stoppad vid tidsgränsen {limit_s:g} s") from None
        raise RunFailed(f"{path.name}: {type(exc).__name__}: {_first_line(str(exc))}") from None
    if session.timed_out:
        raise RunFailed(f"{path.name}: stoppad vid tidsgränsen {limit_s:g} s")


def _first_line(text: str) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(text)).strip()
    return text.splitlines()[0] if text else ""


def build_period(ctx: ReportContext, options: RunOptions, build: Path, session) -> dict:
    """Execute and export every notebook into `build`; return the manifest."""
    from .pages import export_notebook, write_start_page

    started = now_iso()
    inputs = data_relative(ctx.dataset.files, ctx.dataset.data_dir)
    (build / "notebooks").mkdir(parents=True)
    statuses, timeout = [], ctx.params.notebook_timeout_s
    for path in check_notebooks(options.notebooks_dir):
        t0 = time.perf_counter()
        executed = build / "notebooks" / path.name
        execute(session, path, executed, notebook_parameters(path, ctx, options), timeout,
                options.stop)
        statuses.append({"notebook": path.name, "status": "ok",
                         "seconds": round(time.perf_counter() - t0, 2)})
        options.log(f"[{ctx.period}] {path.stem}: ok ({statuses[-1]['seconds']:.1f} s)")
    if options.inputs_read is not None and (changed := changed_input(
            options.inputs_read, options.data_dir, options.params_dir)):
        raise RunFailed(f"{changed}: lades till, ändrades eller togs bort medan rapporten "
                        "byggdes, så sidorna kan visa olika indata; kör igen när exporten "
                        "eller ändringen är klar")
    manifest = {
        "period": str(ctx.period),
        "title": ctx.period.report_title(),
        "parameters": ctx.params.model_dump(mode="json", exclude_none=True),
        "inputs": inputs,
        "fingerprint": files_fingerprint(inputs),   # keys relative already: not rebased on the cwd
        "parameters_fingerprint": ctx.params.fingerprint(),
        "package_version": __version__,
        "started": started,
        "notebooks": statuses,
    }
    manifest["failed_checks"] = len(failed_checks(ctx))   # each page's banner says so
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
            from .pdf import pdf_failure, write_pdf

            try:
                target = write_pdf(build, options.chromium, options.stop)
            except Exception as exc:  # the browser failed or was stopped: not published
                if options.stop is not None:
                    options.stop.check()
                raise RunFailed(f"rapport.pdf: {pdf_failure(options.chromium, exc)}") from None
            options.log(f"[{ctx.period}] skrev {folder.path / str(ctx.period) / target.name}")
        if options.stop is not None:
            options.stop.check()  # stopped after the last notebook: nothing is published
    except RunFailed as exc:
        failed = keep_failed(build, folder.path, ctx.period)
        _discard(folder, build)
        raise RunFailed(f"{exc} (de körda notebooks finns kvar i {display_path(failed)})") from None
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
    paths = check_notebooks(options.notebooks_dir)
    dataset = load_dataset(options.data_dir)
    contexts = {}
    for period in options.periods:
        ctx = open_report(period, options.data_dir, options.params_dir, options.overrides,
                          dataset=dataset)
        check_agenda_pages(ctx, paths)
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
    its own reused kernel, in threads (the main thread only waits, so a signal never lands
    inside a kernel client). Returns period -> error message (None when published); a
    stopped run stops each worker at its next step."""
    from concurrent.futures import ThreadPoolExecutor

    from .engine import KernelSession

    workers = worker_count(len(contexts), options.workers)
    stop = options.stop

    def work(chunk: list[ReportContext]) -> dict[str, str | None]:
        results = {}
        with KernelSession(KERNEL, options.notebooks_dir, options.kernel_start_timeout) as session:
            if stop is not None:
                stop.sessions.add(session)
            try:
                for ctx in chunk:
                    try:
                        run_period(ctx, options, session, folder)
                        options.log(f"[{ctx.period}] publicerad: "
                                    f"{folder.path / str(ctx.period) / 'index.html'}")
                        results[str(ctx.period)] = None
                    except (RunFailed, InputError) as exc:  # InputError: an input gone mid-run
                        logger.error(f"fel: [{ctx.period}] {exc}")
                        results[str(ctx.period)] = str(exc)
                    except OSError as exc:  # the machine; another period may be published
                        if exc.errno is None:  # not the system's: a bug
                            raise
                        results[str(ctx.period)] = machine_failure(exc, folder.path)
                        logger.error(f"fel: [{ctx.period}] {results[str(ctx.period)]}")
                    except Interrupted:
                        break
            finally:
                if stop is not None:
                    stop.sessions.discard(session)
        return results

    chunks = [contexts[i::workers] for i in range(workers)]
    results: dict[str, str | None] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="itvt-period") as pool:
        for part in pool.map(work, chunks):
            results.update(part)
    return results


def write_archive_page(folder: OutputFolder, reportable=None) -> None:
    """The archive `O/index.html` (`reportable`: the data's periods), tmp file journalled."""
    from .pages import write_archive

    tmp = temp_name(folder.path / ARCHIVE).name
    folder.record(tmp, "tmp")
    try:
        write_archive(folder.path, reportable)
    finally:  # written or not, the temporary file is gone (atomic_write_text)
        with suppress(OSError):  # else the next run drops the entry
            folder.forget(tmp)


def machine_failure(exc: OSError, output_dir: Path) -> str:
    """The line for a full or read-only disk: the path (a relative name: the folder)."""
    where = exc.filename if exc.filename and os.path.isabs(exc.filename) else output_dir
    return f"{where}: går inte att skriva: {os_reason(exc)}; förra rapporten finns kvar"


def archive_after_the_run(folder: OutputFolder, code: int, reportable=None) -> int:
    """Rebuild the archive after the run's line; one that cannot be written (full or
    read-only disk) is one line, `fel` and exit 1 after a success, else a warning."""
    try:
        write_archive_page(folder, reportable)
    except OSError as exc:
        if exc.errno is None:
            raise
        line = (f"{folder.path / ARCHIVE}: arkivet skrevs inte: {os_reason(exc)}; det visar "
                "förra körningen tills nästa körning skriver det")
        if code == 0:
            logger.error(f"fel: {line} (perioderna publicerades)")
            return 1
        logger.warning(f"varning: {line}")
    return code


SIGNAL_NAMES = {signal.SIGINT: "SIGINT (Ctrl-C)", signal.SIGTERM: "SIGTERM"}


def run(options: RunOptions) -> int:
    """Run the report for each period; return the exit code (the worst of the periods).
    SIGINT and SIGTERM stop it cleanly (see the module's text) while it runs."""
    stop = Stop()
    previous = stop.install()
    try:
        return _run(replace(resolved(options), stop=stop))
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _run(options: RunOptions) -> int:
    output_dir, stop = options.output_dir, options.stop
    record = {"periods": list(options.periods), "started": now_iso(),
              "output_dir": str(output_dir), "published_with_failed_checks": []}  # forced
    claimed, inputs = False, (options.data_dir or DATA_DIR, options.params_dir or PARAMS_DIR)
    try:
        claimed = OutputFolder.check(output_dir, inputs=inputs)
        options = replace(options, inputs_read=inputs_key(options.data_dir, options.params_dir))
        dataset, contexts = prepare(options)
    except InputError as exc:
        logger.error(f"fel: {exc}")
        if claimed:
            _log_run(output_dir, record, 2, "bad input", str(exc))
        return 2
    record["periods"] = [str(c.period) for c in contexts]
    warn_stale_meeting_packets(contexts, output_dir)
    failing = {str(c.period): f for c in contexts if (f := failed_checks(c))}
    if failing and not options.publish_failed_checks:
        for period, checks in failing.items():
            for item in checks:
                logger.error(failure_line(period, item))
        message = refusal(failing)
        logger.error(f"fel: {message}")
        if claimed:
            _log_run(output_dir, record, 1, "refused", message)
        return 1
    if options.pdf:
        from .pdf import printer
        options = replace(options, chromium=printer(options.log))
    if stop.requested:  # before the output folder was touched
        return _interrupted(output_dir, record, {}, stop, claimed)
    folder = OutputFolder(output_dir)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        with OutputLock(output_dir):
            folder.claim()
            claimed = True
            folder.verify(record["periods"])
            for name in folder.recover():
                logger.warning(f"varning: återställt: {name}, kvar efter en avbruten körning, "
                               "togs bort eller återställdes")
            warn_linked_packets(contexts, output_dir)   # (a refused run says one line)
            results = {} if stop.requested else run_periods(contexts, options, folder)
            record["published_with_failed_checks"] = [p for p in failing if not results.get(p, 1)]
            if stop.requested:
                code = _interrupted(output_dir, record, results, stop, True)
            else:
                code = _finished(output_dir, record, results)
            archived = archive_after_the_run(folder, code, reportable_periods(dataset))
    except LockHeld as exc:
        logger.error(f"fel: {exc}")
        _log_run(output_dir, record, 1, "refused", str(exc))
        return 1
    except InputError as exc:  # the lock file, marker or the folder's structure
        logger.error(f"fel: {exc}")
        if claimed and not (output_dir / RUNS_LOG).is_symlink():  # else the line said it
            _log_run(output_dir, record, 2, "bad input", str(exc))
        return 2
    except OSError as exc:  # the machine: a full or read-only disk, a vanished folder
        if exc.errno is None:  # not the system's (e.g. a missing template): a bug
            if claimed:
                _log_run(output_dir, record, 1, "failed", unexpected_line(exc))
            raise
        message = machine_failure(exc, output_dir)
        logger.error(f"fel: {message}")
        if claimed:  # a folder not yet claimed stays free for the next run
            _log_run(output_dir, record, 1, "failed", message)
        return 1
    except Exception as exc:  # a bug: its line in runs.log, then the CLI's one line
        if claimed:
            _log_run(output_dir, record, 1, "failed", unexpected_line(exc))
        raise
    if stop.requested:
        return code
    for period, error in sorted(results.items()):  # oldest first, as the archive reads
        if error is None:
            print(f"Startsida {period}: {(output_dir.resolve() / period / 'index.html').as_uri()}")
    if any(error is None for error in results.values()) and archived == code:
        print(f"Arkiv: {(output_dir.resolve() / ARCHIVE).as_uri()}")
    return archived


def _finished(output_dir: Path, record: dict, results: dict[str, str | None]) -> int:
    """The run's line in runs.log for a run that ran to its end; return its exit code."""
    messages = [f"{period}: {error}" for period, error in results.items() if error]
    code = 1 if messages else 0
    _log_run(output_dir, record, code, "failed" if messages else "published",
             "; ".join(messages) or "ok")
    return code


def _interrupted(output_dir: Path, record: dict, results: dict[str, str | None], stop: Stop,
                 claimed: bool) -> int:
    """Say in one line that a signal stopped the run, and log it; return 128 + signal."""
    published = [period for period, error in results.items() if error is None]
    message = (f"avbruten av {SIGNAL_NAMES.get(stop.signum, stop.signum)}; "
               + (f"publicerade före avbrottet: {', '.join(published)}; " if published else "")
               + "de andra periodernas förra rapport finns kvar")
    logger.error(f"fel: {message}")
    if claimed:
        _log_run(output_dir, record, 128 + stop.signum, "interrupted", message)
    return 128 + stop.signum


def _log_run(output_dir: Path, record: dict, code: int, outcome: str, message: str) -> None:
    """One runs.log line; a run that cannot even write it has said so on stderr already."""
    try:
        append_run_log(output_dir, {**record, "finished": now_iso(), "exit_code": code,
                                    "outcome": outcome, "message": message})
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            logger.warning(RUNS_LOG_LINK.format(path=output_dir / RUNS_LOG))
        else:
            logger.warning(f"varning: {output_dir}/runs.log: skrevs inte: {os_reason(exc)}")


def check(options: RunOptions) -> list[tuple[ReportContext, list]]:
    """Validate data and parameters for the periods and run every check (no notebook):
    each period's context with its failing checks."""
    return [(ctx, failed_checks(ctx)) for ctx in prepare(resolved(options))[1]]
