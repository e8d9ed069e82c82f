"""The one workbook writer (core.workbook): text is never a formula, the same sheets give
the same bytes, sheet names are whole words (issue 23, items 1 and 20; issue 26)."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from itvt_lib.core.formatting import YEAR_KIND, amount, share
from itvt_lib.core.workbook import SheetTable, sheet_name, write_book

CREATED = datetime(2024, 2, 29)

# OWASP's rule for CSV/formula injection: a cell starting with = + - @, a tab or a CR.
HOSTILE = ["=HYPERLINK(\"http://x\",\"x\")", "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]


def table(labels: list[str]) -> SheetTable:
    rows = [[label, 0.436, 2023, -907.0] for label in labels]
    texts = [[label, "43,6\u00a0%", "2023", "\u2212907"] for label in labels]
    return SheetTable("02 Fördelning", ["Källa: test", "=1+1"], ["Kommun", "Andel", "År",
                                                                  "Avvikelse"],
                      [None, share(1), YEAR_KIND, amount()], rows, texts)


def test_every_text_cell_is_text_never_a_formula(tmp_path):
    path = write_book(tmp_path / "t.xlsx", [table(HOSTILE)], CREATED)
    sheet = load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert [c for c in cells if c.data_type == "f"] == []
    # (XML reads a CR in text as a line feed: the text stays text)
    assert [sheet.cell(3 + n, 1).value for n in range(1, len(HOSTILE) + 1)] == \
        [h.replace("\r", "\n") for h in HOSTILE]
    assert sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s"


def test_numbers_are_numbers_under_their_kinds_format(tmp_path):
    path = write_book(tmp_path / "t.xlsx", [table(["Herrljunga"])], CREATED)
    sheet = load_workbook(path).active
    share_cell, year_cell, amount_cell = sheet["B4"], sheet["C4"], sheet["D4"]  # row 3: labels
    assert (share_cell.value, share_cell.number_format) == (0.436, share(1).xlsx_format())
    assert (year_cell.value, year_cell.number_format) == (2023, "0")
    assert (amount_cell.value, amount_cell.number_format) == (-907, amount().xlsx_format())


def test_the_same_sheets_give_the_same_bytes(tmp_path):
    first = write_book(tmp_path / "a.xlsx", [table(["Herrljunga"])], CREATED).read_bytes()
    second = write_book(tmp_path / "b.xlsx", [table(["Herrljunga"])], CREATED).read_bytes()
    assert first == second
    other = write_book(tmp_path / "c.xlsx", [table(["Herrljunga"])],
                       datetime(2024, 3, 31)).read_bytes()
    assert other != first  # the pinned time is in the file


@pytest.mark.parametrize(("text", "expected"), [
    # too long: whole words, never ending on a linking word ("per", "och", "ur")
    ("02 Fördelningsnycklar per budgetår och kommun", "02 Fördelningsnycklar"),
    ("08 Uppgifter ur förvaltningsberättelsen 2023", "08 Uppgifter"),
    # an enumeration's comma is no clause end: cut by words, "och" dropped
    ("80 Kostnad, avvikelse och ackumulerad skillnad", "80 Kostnad, avvikelse"),
    # too long: parentheses go first, then trailing clauses
    ("03 Timmar och belopp, januari till december 2023", "03 Timmar och belopp"),
    ("80 Budget 2024 per kommun och modell (tkr)", "80 Budget 2024 per kommun"),
    ("90 Fördelning mellan kommunerna: publicerade siffror", "90 Fördelning mellan kommunerna"),
    # fits: kept as it is, without the characters a sheet name may not hold
    ("01 Resultaträkning", "01 Resultaträkning"),
    ("04 Servicedesk (Telenor OneX)", "04 Servicedesk (Telenor OneX)"),
    ("06 [Risker]: plan?", "06 Risker plan"),
])
def test_sheet_names_are_whole_words(text, expected):
    assert sheet_name(text, set()) == expected
