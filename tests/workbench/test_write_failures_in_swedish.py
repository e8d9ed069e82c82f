"""A write the system refuses (a read-only or full disk) under the workbench's buttons is
one Swedish line: the system's reason as `core.errors.os_reason` gives it
("filsystemet är skrivskyddat"), never its English text ("Read-only file system")."""

from __future__ import annotations

import errno
import functools
import html
import os
import re

import pytest

from itvt_lib.publishing import memo
from itvt_lib.workbench import Workbench, export, memo_button, store
from itvt_lib.workbench.results import Session


def _refuse(*_args, **_kwargs):
    raise OSError(errno.EROFS, os.strerror(errno.EROFS), "/mnt/delad/.tmp-1")


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0,
                     memo=functools.partial(memo.write_memo, with_pdf=False))


def _said(widget) -> str:
    return html.unescape(re.sub("<[^>]+>", "", widget.value))


@pytest.mark.parametrize("button", ["export", "save", "memo", "rename"])
def test_a_refused_write_is_said_in_swedish(bench, monkeypatch, button):
    if button == "rename":
        bench.name.value = "Sparad"
        bench.save()
        bench.saved.new_name.value = "Nytt namn"
    monkeypatch.setattr(export, "write_book", _refuse)
    monkeypatch.setattr(store, "_write", _refuse)
    monkeypatch.setattr(memo, "_claim", _refuse)
    click = {"export": bench.export, "save": bench.save,
             "memo": lambda: memo_button.write_memo(bench),
             "rename": lambda: bench.saved.rename() or bench.saved.rename()}[button]
    result = click()
    said = _said(bench.saved.status if button == "rename" else bench.status)
    assert not result
    assert "filsystemet är skrivskyddat" in said
    assert "Read-only" not in said


def test_an_export_on_a_full_disk_names_the_folder(bench, monkeypatch):
    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))   # no file named

    monkeypatch.setattr(export, "write_book", disk_full)
    result = bench.export()
    said = _said(bench.status)
    assert not result
    assert f"Inget exporterades: {bench.outputs_dir / 'scenarier'} går inte att skriva " \
           "(disken är full)" in said


@pytest.mark.parametrize("button", ["rename", "delete"])
def test_a_rename_or_delete_on_a_full_disk_names_the_models_file(bench, monkeypatch, button):
    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))   # no file named

    for name in ("Sparad", "Kvar"):
        bench.name.value = name
        bench.save()
    bench.saved.choice.value = "Sparad"
    bench.saved.new_name.value = "Nytt namn"
    monkeypatch.setattr(store.os, "replace", disk_full)
    click = bench.saved.rename if button == "rename" else bench.saved.delete
    result = click() or click()
    said = _said(bench.saved.status)
    assert not result
    assert f"Inget ändrades: {store.models_path(bench.session.params_dir)}: disken är full" \
        in said
