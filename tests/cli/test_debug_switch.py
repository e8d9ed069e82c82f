"""`ITVT_DEBUG` switches the whole trace of an unforeseen error on only when it says
so: "0", "" or "nej" (off, as a controller writes it) keep the one Swedish line."""

from __future__ import annotations

import pytest

from itvt_lib import cli
from itvt_lib.publishing import runner


def _broken(*args, **kwargs):
    raise RuntimeError("trasig kod")


@pytest.mark.parametrize("value", ["0", "", " ", "nej", "false", "no", "off"])
def test_itvt_debug_set_to_off_keeps_the_one_line(monkeypatch, capsys, value):
    monkeypatch.setenv("ITVT_DEBUG", value)
    monkeypatch.setattr(runner, "check", _broken)
    code = cli.main(["check", "--period", "2024-02"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "oväntat internt fel" in err


@pytest.mark.parametrize("value", ["1", "ja", "true", "yes"])
def test_itvt_debug_set_on_shows_the_trace(monkeypatch, value):
    monkeypatch.setenv("ITVT_DEBUG", value)
    monkeypatch.setattr(runner, "check", _broken)
    with pytest.raises(RuntimeError, match="trasig"):
        cli.main(["check", "--period", "2024-02"])
