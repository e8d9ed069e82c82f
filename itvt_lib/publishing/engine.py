"""Notebook execution on one reused kernel, with a per-notebook time limit.

Starting a kernel and importing pandas and matplotlib costs seconds; the analysis costs
little. So a run starts one kernel and executes every notebook of every period on it
through papermill (a registered engine that hands papermill the running kernel), and
resets the kernel between notebooks: a fresh user namespace, matplotlib's and pandas'
options as they were when the kernel started, no open figures, the notebooks folder as
working directory. Imported modules stay loaded: that is the saving.

papermill's `execution_timeout` is per cell; the notebook limit is a watchdog that
interrupts the kernel at the deadline and kills it if it does not stop. A dead kernel is
replaced before the next notebook.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

# jsonschema (under nbformat) imports rfc3987_syntax when present, which builds grammars
# for 1-2 s at import; IRI format checks are never used on notebooks, so skip it.
sys.modules.setdefault("rfc3987_syntax", None)

from papermill.clientwrap import PapermillNotebookClient  # noqa: E402
from papermill.engines import NBClientEngine, papermill_engines  # noqa: E402
from papermill.utils import merge_kwargs, remove_args  # noqa: E402

ENGINE = "itvt-reused-kernel"
GRACE_S = 3.0

# Runs once in a new kernel: import what every notebook imports, remember the options
# every notebook must start from, and freeze those objects out of the garbage collector
# (IPython's %reset collects garbage; scanning the warm imports each time costs seconds).
SNAPSHOT = """
import gc as _gc, sys as _sys, types as _types
import matplotlib as _mpl, matplotlib.pyplot as _plt, pandas as _pd
import IPython.display, itvt_lib.areas, itvt_lib.core.charts, itvt_lib.core.presentation
itvt_lib.areas.all_tables()
_state = _types.ModuleType("_itvt_kernel_state")
_state.rc = dict(_mpl.rcParams)
_sys.modules["_itvt_kernel_state"] = _state
del _sys, _types, _mpl, _plt, _pd, _state
_gc.collect()
_gc.freeze()
"""

# Runs before each notebook: the isolation promised above.
RESET = """
get_ipython().run_line_magic("reset", "-f")
import os as _os, sys as _sys, warnings as _warnings
import matplotlib as _mpl, matplotlib.pyplot as _plt, pandas as _pd
_plt.close("all")
with _warnings.catch_warnings():
    _warnings.simplefilter("ignore")
    _keep = {{k: _mpl.rcParams[k] for k in ("backend", "interactive")}}  # the inline backend
    _mpl.rcParams.clear()
    _mpl.rcParams.update(_sys.modules["_itvt_kernel_state"].rc)
    _mpl.rcParams.update(_keep)
    _pd.reset_option("all")
_os.chdir({cwd!r})
del _os, _sys, _warnings, _mpl, _plt, _pd, _keep
get_ipython().run_line_magic("reset", "-f")
get_ipython().execution_count = 1
__import__("gc").freeze()
"""


class KernelFailed(Exception):
    """The kernel could not start, died, or ignored the time limit."""


class ReusedKernelEngine(NBClientEngine):
    """papermill engine that executes on the running kernel it is given (`km`)."""

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                 stderr_file=None, start_timeout=60, execution_timeout=None,
                                 km=None, **kwargs):
        kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
        final = merge_kwargs(kwargs, timeout=execution_timeout, startup_timeout=start_timeout,
                             kernel_name=kernel_name, log_output=log_output,
                             stdout_file=stdout_file, stderr_file=stderr_file)
        # nbclient does not own `km`, so it leaves the kernel running; its own (async)
        # client lets it notice a dead kernel while it waits for output.
        client = PapermillNotebookClient(nb_man, km=km, **final)
        # papermill writes the notebook at every cell's start and end; once at the end
        # (papermill's notebook_complete, also after a failure) is enough here.
        nb_man.save = lambda **kwargs: None
        try:
            return client.execute()
        finally:
            del nb_man.save
            if client.kc is not None:
                client.kc.stop_channels()


papermill_engines.register(ENGINE, ReusedKernelEngine)


class KernelSession:
    """One kernel for a whole run; `execute` runs a notebook on it after a reset."""

    def __init__(self, kernel_name: str, cwd: Path, start_timeout: float = 60):
        self.kernel_name, self.cwd, self.start_timeout = kernel_name, Path(cwd), start_timeout
        self.km = self.kc = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- kernel lifecycle
    def start(self) -> None:
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self.km = AsyncKernelManager(kernel_name=self.kernel_name)
        try:
            # No history database: cell numbers restart per notebook (see RESET). The kernel
            # talks to this process only, on loopback: its warning that TCP is unencrypted
            # is noise in a scheduled run's log, so the kernel app logs errors only.
            run_sync(self.km.start_kernel)(cwd=str(self.cwd),
                                           extra_arguments=["--HistoryManager.enabled=False",
                                                            "--IPKernelApp.log_level=ERROR"])
            self.kc = self.km.blocking_client()
            self.kc.start_channels()
            self.kc.wait_for_ready(timeout=self.start_timeout)
        except Exception as exc:
            self.close()
            raise KernelFailed(f"kärnan {self.kernel_name} startade inte inom "
                               f"{self.start_timeout:g} s: {type(exc).__name__}: {exc}") from None
        self._run(SNAPSHOT)

    def close(self) -> None:
        from jupyter_core.utils import run_sync

        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None and self.km.has_kernel:
            try:
                run_sync(self.km.shutdown_kernel)(now=True)
            except Exception:  # already dead: nothing to shut down
                pass
        self.km = self.kc = None

    @property
    def pid(self) -> int | None:
        provisioner = getattr(self.km, "provisioner", None)
        return getattr(provisioner, "pid", None)

    def kill(self) -> None:
        """Kill the kernel now (the run was stopped): the running notebook ends with a dead
        kernel, which its worker reports as the stop."""
        pid = self.pid
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def alive(self) -> bool:
        from jupyter_core.utils import run_sync

        return self.km is not None and bool(run_sync(self.km.is_alive)())

    def _run(self, code: str, timeout: float = 30) -> None:
        reply = self.kc.execute_interactive(code, timeout=timeout, store_history=False,
                                            output_hook=lambda msg: None)
        if reply["content"]["status"] != "ok":
            raise KernelFailed(f"kärnan gick inte att förbereda: {reply['content'].get('ename')}: "
                               f"{reply['content'].get('evalue')}")

    def reset(self) -> None:
        """A kernel ready for the next notebook: restarted if dead, else reset."""
        if not self.alive():
            self.close()
            self.start()
            return
        try:
            self._run(RESET.format(cwd=str(self.cwd)))
        except Exception:
            self.close()
            self.start()

    # -- a notebook
    timed_out = False

    def execute(self, path: Path, output: Path, parameters: dict, limit_s: float) -> None:
        """Execute `path` into `output` within `limit_s` seconds. papermill's exceptions (a
        failing cell) propagate; `timed_out` tells whether the watchdog stopped it."""
        import papermill

        # No `cwd=` for papermill: it would `os.chdir` the whole process (other threads
        # resolve paths meanwhile). The kernel got its folder at start and in RESET.
        self.timed_out = False
        self.reset()
        fired, done = threading.Event(), threading.Event()
        timer = threading.Timer(limit_s, self._stop, args=(fired, done))
        timer.daemon = True
        timer.start()
        try:
            papermill.execute_notebook(
                str(path), str(output), parameters=parameters, engine_name=ENGINE,
                kernel_name=self.kernel_name, km=self.km, progress_bar=False,
                log_output=False, execution_timeout=limit_s + GRACE_S * 2,
                start_timeout=self.start_timeout)
        finally:
            done.set()
            timer.cancel()
            self.timed_out = fired.is_set()

    def _stop(self, fired: threading.Event, done: threading.Event) -> None:
        """Watchdog: interrupt the kernel at the deadline, kill it if the notebook has not
        stopped after a grace period."""
        fired.set()
        pid = self.pid
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGINT)
            if not done.wait(GRACE_S):
                os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
