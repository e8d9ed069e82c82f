"""Hostile environments (core/paths.py): a user the system has no name for (a
container's uid without a passwd entry, no $USER) made `itvt beslutsunderlag` end in a
KeyError traceback from getpass; the memo says "användare <uid>" instead, and
$ITVT_USER still wins."""

from __future__ import annotations

import getpass
import os

from itvt_lib.core.paths import user_name


def _nameless(*_args, **_kwargs):
    raise KeyError(f"getpwuid(): uid not found: {os.getuid()}")


def test_a_user_without_a_name_is_named_by_uid(monkeypatch):
    monkeypatch.delenv("ITVT_USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", _nameless)
    assert user_name() == f"användare {os.getuid()}"


def test_itvt_user_names_the_preparer_whatever_the_system_knows(monkeypatch):
    monkeypatch.setenv("ITVT_USER", " Hanna Larsson ")
    monkeypatch.setattr(getpass, "getuser", _nameless)
    assert user_name() == "Hanna Larsson"
