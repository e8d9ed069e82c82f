"""`make scenarier`: the workbench notebook served as an app with Voilà (no code, no
JupyterLab around it) on 127.0.0.1, its own port, a token in the URL it prints.

Voilà never writes the notebook back, so using the app changes no tracked file; the page
is Swedish (lang="sv", the notebook's title, the template in voila/templates/itvt).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from ..core.paths import ROOT

NOTEBOOK = ROOT / "notebooks" / "scenarier.ipynb"
TEMPLATES = Path(__file__).parent   # holds voila/templates/itvt
DEFAULT_PORT = 8866


def voila_command(port: int, notebook: Path = NOTEBOOK) -> list[str]:
    """The Voilà command line: localhost only, no browser, a token required (its value in
    the environment, `voila_env`: a command line is readable by every user of the machine
    in `ps`), Swedish page, no tracebacks shown, quiet log."""
    return [sys.executable, "-m", "voila", str(notebook), "--no-browser",
            "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0",
            "--token", "--template=itvt", "--theme=light",
            "--HTMLExporter.language_code=sv", "--VoilaConfiguration.show_tracebacks=False",
            "--Voila.log_level=WARN"]


def voila_env(token: str, base: dict | None = None) -> dict:
    """The environment: the token (JUPYTER_TOKEN, read by the server), the itvt template
    found first on JUPYTER_PATH, and the kernel importing this worktree's itvt_lib."""
    env = dict(os.environ if base is None else base)
    env["JUPYTER_TOKEN"] = token
    env["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(TEMPLATES), env.get("JUPYTER_PATH", "")) if p)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def app_url(port: int, token: str) -> str:
    """The address to open: the app on localhost with its token."""
    return f"http://127.0.0.1:{port}/?token={token}"


def wait_until_up(port: int, server: subprocess.Popen, timeout: float = 60) -> bool:
    """True once the app listens on `port`; False when it exits or does not in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                return True
        except OSError:
            time.sleep(0.3)
    return False


def stop(server: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a server: terminate it, and kill it when it has not stopped in `timeout` s."""
    server.terminate()
    try:
        server.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def chosen_port(raw) -> int | None:
    """A port as written (ASCII digits, 1..65535) as a number; anything else None."""
    text = str(raw).strip()
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 65536:
        return None
    return int(text)


def port_free(port: int) -> bool:
    """Whether no server listens on 127.0.0.1:`port` (one there would be opened instead)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Start the app and print the one line to follow; Ctrl+C stops it."""
    args = list(sys.argv[1:] if argv is None else argv)
    raw = args[0] if args else os.environ.get("ITVT_PORT", DEFAULT_PORT)
    port = chosen_port(raw)
    if port is None:
        where = "PORT" if args else "ITVT_PORT"
        print(f"Scenarioverktyget startade inte: {where}: ”{raw}” är inget portnummer "
              "(ett heltal 1–65535, t.ex. make scenarier PORT=8867).", file=sys.stderr)
        return 2
    if not port_free(port):
        print(f"Scenarioverktyget startade inte: port {port} är upptagen; välj en annan: "
              "make scenarier PORT=8867.", file=sys.stderr)
        return 2
    token = secrets.token_urlsafe(24)
    # A stop from outside (SIGTERM) stops the server too, as Ctrl+C does.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    server = subprocess.Popen(voila_command(port), env=voila_env(token), cwd=ROOT)
    try:
        if not wait_until_up(port, server):
            server.terminate()
            print(f"Scenarioverktyget startade inte (är port {port} upptagen? Välj en annan: "
                  "make scenarier PORT=8867).", file=sys.stderr)
            return 2
        print(f"Scenarioverktyget är igång. Öppna {app_url(port, token)} i webbläsaren "
              "(avsluta med Ctrl+C).", flush=True)
        return server.wait()
    except KeyboardInterrupt:
        stop(server)
        print("Scenarioverktyget är avslutat.")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
