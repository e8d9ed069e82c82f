"""Bad input in a notebook is one Swedish line, not a traceback (docs/kom-igang.md).

`install()` registers an IPython custom exception handler for the suite's own errors
(`InputError`): the cell shows "Fel i indata: <the one line>" and is still an error, so
"Run All" stops there. Outside IPython (the CLI, tests, scripts) it does nothing.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from .errors import InputError

PREFIX = "Fel i indata"


def message(error: BaseException) -> str:
    """The one line a notebook shows for bad input: "Fel i indata: <error>"."""
    return f"{PREFIX}: {error}"


def _handler(shell, etype, value, tb, tb_offset=None):
    """Show a one-line structured traceback: JupyterLab shows just that line, and the
    cell is still an error, so the kernel aborts the rest of "Run All". (IPython's run_code
    ignores what a custom handler returns; the handler itself must show it.)"""
    stb = [message(value)]
    shell._showtraceback(etype, value, stb)
    return stb


def install() -> bool:
    """Register the handler in the running IPython shell (idempotent); False outside IPython."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a declared dependency
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    if getattr(shell, "CustomTB", None) is not None and \
            getattr(shell, "custom_exceptions", ()) == (InputError,):
        return True
    shell.set_custom_exc((InputError,), _handler)
    return True
