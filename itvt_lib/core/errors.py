"""Errors the suite reports to its users as one line (exit code 2, no traceback).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input: a data file, a parameter or a period the suite cannot use."""

    exit_code = 2


class DataError(InputError):
    """A problem in a data file, located as `file:line: column: message`."""

    def __init__(self, file, message: str, line: int | None = None, column: str | None = None):
        self.file, self.line, self.column, self.message = str(file), line, column, message
        where = self.file if line is None else f"{self.file}:{line}"
        text = f"{where}: {column}: {message}" if column else f"{where}: {message}"
        super().__init__(text)


class ParamError(InputError):
    """A problem in a parameter (a params YAML file, a CLI flag or a notebook parameter)."""
