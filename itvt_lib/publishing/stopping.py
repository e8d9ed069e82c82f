"""Stopping a run cleanly: SIGINT (Ctrl-C) and SIGTERM kill the running kernels and raise
Interrupted where the run next looks (see `runner`)."""

from __future__ import annotations

import signal
import threading


class Interrupted(BaseException):
    """SIGINT or SIGTERM stopped the run (exit code 128 + the signal's number)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_code = 128 + signum


class Stop:
    """A run's stop request: set by SIGINT or SIGTERM in the main thread, which kills the
    running kernels; workers read it between notebooks and when a notebook ends."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self):
        self.signum: int | None = None
        self.sessions: set = set()  # the KernelSessions running now

    @property
    def requested(self) -> bool:
        return self.signum is not None

    def check(self) -> None:
        """Raise Interrupted once a stop was requested."""
        if self.signum is not None:
            raise Interrupted(self.signum)

    def request(self, signum, frame=None) -> None:
        """The signal handler: remember the first signal, stop every kernel now."""
        if self.signum is None:
            self.signum = signum
        for session in list(self.sessions):
            session.kill()

    def install(self) -> dict:
        """Handle SIGINT and SIGTERM (main thread only); return the handlers replaced."""
        if threading.current_thread() is not threading.main_thread():
            return {}
        return {signum: signal.signal(signum, self.request) for signum in self.SIGNALS}
