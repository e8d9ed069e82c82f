"""A table's header below Excel's `sep=` line, blank lines or empty workbook rows is named
at its own line; a `sep=` line naming a delimiter the header does not use is bad input
saying so (it was an unknown column at line 1, the sep line)."""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _rewrite(data_dir, name, edit):
    path = data_dir / name
    path.write_text(edit(path.read_text(encoding="utf-8").replace("\r\n", "\n")),
                    encoding="utf-8")


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda t: "sep=,\n" + t.replace("ordning", "ordningen", 1),
     r"kommuner\.csv:2: ordningen: okänd kolumn"),
    (lambda t: "\n\n" + t.replace("namn,", "", 1),
     r"kommuner\.csv:3: namn: kolumnen saknas"),
    (lambda t: "sep=,\n" + t.replace("huvudman", "kommun", 1),
     r"kommuner\.csv:2: kommun: kolumnen finns två gånger"),
], ids=["sep-line-unknown-column", "blank-lines-missing-column", "sep-line-column-twice"])
def test_header_errors_name_the_header_line(data_dir, edit, expected):
    _rewrite(data_dir, "kommuner.csv", edit)
    with pytest.raises(DataError, match=expected):
        load_dataset(data_dir)


def test_workbook_header_below_empty_rows_is_named_at_its_row(data_dir):
    book = openpyxl.Workbook()
    with open(data_dir / "kommuner.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    book.active.append([])
    book.active.append([])
    rows[0][1] = "namnet"
    for row in rows:
        book.active.append(row)
    book.save(data_dir / "kommuner.xlsx")
    (data_dir / "kommuner.csv").unlink()
    with pytest.raises(DataError, match=r"kommuner\.xlsx:3: namnet: okänd kolumn"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("sep", "edit", "message"), [
    ("sep=;", lambda t: t, "raden sep= anger avgränsaren ';' men rubrikraden (rad 2) har ','"),
    ('"sep=,"', lambda t: t.replace(",", ";"),
     "raden sep= anger avgränsaren ',' men rubrikraden (rad 2) har ';'"),
], ids=["semicolon-said-comma-used", "comma-said-semicolon-used"])
def test_sep_line_naming_another_delimiter_is_bad_input(data_dir, sep, edit, message):
    _rewrite(data_dir, "kommuner.csv", lambda t: f"{sep}\n{edit(t)}")
    with pytest.raises(DataError, match=r"kommuner\.csv:1: " + re.escape(message)):
        load_dataset(data_dir)
