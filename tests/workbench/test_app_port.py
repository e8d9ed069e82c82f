"""`make scenarier`'s app module. A port that is no
port is one Swedish line, never a traceback; a port something else listens on is said
before any server starts (the app never prints "igång" with the address of another
server). No server is started in these tests: starting one is refused by a stand-in."""

from __future__ import annotations

import socket

import pytest

from itvt_lib.workbench import app


@pytest.fixture
def no_server(monkeypatch):
    """`subprocess.Popen` of the app module refuses to start anything."""
    def refuse(*args, **kwargs):
        raise AssertionError("a server was started")
    monkeypatch.setattr(app.subprocess, "Popen", refuse)


@pytest.mark.parametrize("port", ["abc", "88 66", "8866.0", "-1", "0", "65536", "70000", "٨٨٦٦"])
def test_a_port_that_is_no_port_is_one_swedish_line_and_exit_2(port, no_server, capsys):
    result = app.main([port])
    err = capsys.readouterr().err
    assert result == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"”{port}” är inget portnummer" in err


def test_a_port_from_itvt_port_that_is_no_port_names_the_variable(monkeypatch, no_server,
                                                                  capsys):
    monkeypatch.setenv("ITVT_PORT", "port8866")
    result = app.main([])
    err = capsys.readouterr().err
    assert result == 2
    assert "ITVT_PORT" in err and "”port8866” är inget portnummer" in err


def test_a_port_another_server_listens_on_is_said_before_anything_starts(no_server, capsys):
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = app.main([str(port)])
    out, err = capsys.readouterr()
    assert result == 2
    assert "igång" not in out
    assert f"port {port} är upptagen" in err


def test_a_free_port_is_free():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert app.port_free(port)
