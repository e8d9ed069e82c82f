"""Hostile run 37d (publishing): `itvt run --hours-per-fte 1800` showed 0,5 årsarbetare on
page 03 and the start page (a warning against the 0,4 printed), while page 90 declared only
tolerance_tkr, checked with params' 2 080 hours and showed "Publicerade årsarbetare mot
beräknade: godkänd 0,40 0,40" (66 godkända beside the start page's 65). The checks page now
takes every flag a page takes, so its checks compare the figures the pages show."""

from __future__ import annotations

import re

import papermill
import pytest
from conftest import execute_notebook, notebook_text

from itvt_lib.core.paths import NOTEBOOKS_DIR

CHECKS_PAGE = "90-kontroller.ipynb"
RUN_FLAGS = {"tolerance_tkr", "share_decimals", "hours_per_fte"}  # cli: a page's parameters


def declared(name: str) -> set[str]:
    return set(papermill.inspect_notebook(str(NOTEBOOKS_DIR / name)))


def test_the_checks_page_declares_every_flag_a_page_declares():
    pages = sorted(p.name for p in NOTEBOOKS_DIR.glob("[0-8]*.ipynb"))
    taken = set().union(*(declared(p) for p in pages)) & RUN_FLAGS

    result = taken - declared(CHECKS_PAGE)

    assert taken and result == set()


@pytest.mark.parametrize("parameters, expected", [
    ({}, ("godkänd", "0,40", "0,40")),
    ({"hours_per_fte": 1800.0}, ("varning", "0,40", "0,50")),
])
def test_the_fte_check_uses_the_runs_hours_per_fte(parameters, expected):
    text = notebook_text(execute_notebook(CHECKS_PAGE, {"period": "2024-02", **parameters}))

    found = re.search(r"Publicerade årsarbetare \( ?2024-02 ?\) mot beräknade, en decimal\s+"
                      r"(\S+)\s+(\S+)\s+(\S+)", text)
    assert found is not None and found.groups() == expected
