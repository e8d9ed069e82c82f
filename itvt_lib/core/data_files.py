"""Which files of the data (or params) folder may be read as inputs: the rule that tells a
change of the inputs from a file that only lies beside them (a workbench open while the data
is corrected, a run whose inputs change while its pages are built).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .encoding import nfc
from .errors import DataError
from .input_files import SUFFIXES
from .ledger.layouts import FOLDER
from .paths import display_path


def lies_beside(name: str) -> bool:
    """Whether a file name is one no input has: hidden or an office lock file (".x",
    ".~lock.x#", "~$x", a Mac's "._x" on a share, a save's ".modeller-x.yaml")."""
    return name.startswith((".", "~$"))


def read_as_data(relative: Path) -> bool:
    """Whether a file of the data folder (its path in it) may be read as data: nothing hidden
    or an office lock file (".x", ".~lock.x#", "~$x"); in huvudbok/ every other file (an
    export, or one its import refuses); elsewhere a table's suffix (.csv, .xlsx, .xls in any
    case) or YAML, never README.md, Thumbs.db, desktop.ini or an editor's backup (x.csv~)."""
    if any(lies_beside(part) for part in relative.parts):
        return False
    return relative.parts[0] == FOLDER or relative.suffix.lower() in (
        *SUFFIXES, ".xls", ".yaml", ".yml")


# Workbooks a table is never read from: Excel 97, with macros, binary; OpenDocument.
NEVER_READ = (".xls", ".xlsm", ".xlsb", ".ods")
# Text a table is never read from, looked at as CSV: Excel's "Text (tab-delimited)" is a .txt.
TEXT = (".txt", ".tsv")


def table_named_in(file_name: str, tables) -> str | None:
    """The table a file name of the data folder is named after without being its file
    (`driftredovisning-2024-03.csv`, `driftredovisning - Kopia.xlsx`, `Kopia av
    driftredovisning.csv`, `2024-03 driftredovisning.csv`: the table's name with no letter
    on either side, and a table's suffix or text's, .txt or .tsv; or `driftredovisning.xls`,
    `.xlsm`, `.ods`, `.txt`, never read), the longest; else None."""
    stem, _, suffix = file_name.rpartition(".")
    suffix = f".{suffix.lower()}"
    if suffix not in (*SUFFIXES, *NEVER_READ, *TEXT) or lies_beside(file_name):
        return None
    stem = stem.lower()
    if stem in tables:   # its own file, but a workbook of another kind is never read
        return stem if suffix not in SUFFIXES else None
    named = [t for t in tables if names_word(stem, t)]
    return max(named, key=len, default=None)


def names_word(stem: str, name: str) -> bool:
    """Whether `name` stands in `stem` with no letter just before or after it."""
    start = stem.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not stem[start - 1].isalpha()) and (
                end == len(stem) or not stem[end].isalpha()):
            return True
        start = stem.find(name, start + 1)
    return False


LOOKED_AT = 5   # rows of a file named after a table read for a header: a title may stand above
# (one row more is read: the header's first row, as an empty template has none)


def first_rows(path: Path) -> list[list[str]] | None:
    """The first `LOOKED_AT` rows and one more with a value of a CSV file (or text: .txt,
    .tsv) or of each sheet of an xlsx, xlsm or ods workbook (the first sheet's first: the
    rows may stand on a sheet after a note; an empty row where a sheet ends), each cell
    trimmed and in lower case (None when it cannot be read)."""
    try:
        if path.suffix.lower() == ".ods":
            found = ods_rows(path)
        elif path.suffix.lower() in (".xlsx", ".xlsm"):
            import openpyxl

            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                found = []
                for sheet in book.worksheets:
                    rows = (r for r in sheet.iter_rows(values_only=True)
                            if any(v not in (None, "") for v in r))
                    found += [r for _, r in zip(range(LOOKED_AT + 1), rows, strict=False)]
                    found += [[]] if found and found[-1] else []   # the sheet ends
            finally:
                book.close()
        elif path.suffix.lower() in (".csv", *TEXT):
            with path.open("rb") as file:
                head = file.read(65536)
            if b"\x00" in head:   # UTF-16 (Excel's "Unicode text"): not read here
                return None
            try:
                text = head.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = head.decode("cp1252", errors="replace")
            rows = (next(csv.reader([x], delimiter=delimiter_of(x)), [])
                    for x in text.splitlines())
            if path.suffix.lower() in TEXT:   # notes: a sentence is no row
                rows = (r for r in rows if not reads_as_sentence(r))
            found = [r for r in rows if any(v.strip() for v in r)][:LOOKED_AT + 1]
        else:
            return None
    except Exception:   # a damaged, locked or unreadable file: as if it were a table's copy
        return None
    return [trimmed([nfc(str("" if v is None else v)).strip().lower() for v in row])
            for row in found]


def reads_as_sentence(row: list[str]) -> bool:
    """Whether a line of a text file split on its commas is a sentence of notes, not a
    row: its first cell holds three words or more and every later one begins with a space
    ("Enligt ekonomi: personal 1 200, lokaler 300, övrigt 400, kapital 50, intäkter 600")."""
    rest = [v for v in row[1:] if v.strip()]
    return bool(row) and len(row[0].split()) >= 3 and bool(rest) and all(
        v[0].isspace() for v in rest)


def trimmed(row: list[str]) -> list[str]:
    """A row without the empty cells after its last value (an empty cell between stays)."""
    while row and not row[-1]:
        row = row[:-1]
    return row


def ods_rows(path: Path) -> list[list[str]]:
    """The first `LOOKED_AT` rows and one more with a value of each sheet of an OpenDocument
    workbook (its content.xml: each cell's text, a repeated cell once per column)."""
    import zipfile
    from xml.etree import ElementTree

    table, text = ("urn:oasis:names:tc:opendocument:xmlns:table:1.0",
                   "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
    with zipfile.ZipFile(path) as book:
        root = ElementTree.fromstring(book.read("content.xml"))
    found = []
    for sheet in root.iter(f"{{{table}}}table"):
        rows = []
        for row in sheet.iter(f"{{{table}}}table-row"):
            cells = []
            for cell in row:
                value = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{text}}}p"))
                repeat = int(cell.get(f"{{{table}}}number-columns-repeated", "1"))
                cells += [value] * (min(repeat, 1024) if value else 1)
            if any(cells):
                rows.append(cells)
            if len(rows) > LOOKED_AT:
                break
        found += [*rows, []] if rows else []   # the sheet ends
    return found


def delimiter_of(line: str) -> str:
    """A CSV line's own delimiter: the most frequent of comma, semicolon and tab (a title
    above a header, "Driftredovisning, mars 2024", has its own; Excel's tab-delimited text
    saved as .csv), a comma on a tie."""
    return max((",", ";", "\t"), key=line.count)


def copies_table(rows: list[list[str]] | None, columns) -> bool:
    """Whether a file's first rows (`first_rows`) may be a table's: unreadable, a header
    naming more than half of the table's `columns` (also below a title) with a row after
    it on its sheet, or any row looked at as wide as the table or wider with a row after it
    or a digit (rows without their header, under headings of its own or split over two
    rows, on a later sheet), save under a heading of years (`heads_years`: SCB's table);
    a title, another header sharing a word (kommun, period, belopp) or an empty
    template's header alone is not."""
    if rows is None:
        return True
    if not rows:   # an empty file holds no rows
        return False
    names = {str(c).lower() for c in columns}
    if any(heads_years(row) for row in rows):   # a source's table of years (SCB): no rows
        return any(2 * len(names.intersection(row)) > len(names) and after
                   for row, after in zip(rows, [*rows[1:], []], strict=True))
    return any(2 * len(names.intersection(row)) > len(names) and after or as_wide(row, names)
               and (bool(after) or any(c.isdigit() for v in row for c in v))
               for row, after in zip(rows, [*rows[1:], []], strict=True))


def heads_years(row: list[str]) -> bool:
    """Whether a row heads a source's table by year, as SCB's does ("", 2020, 2021, 2022,
    2023): after its labels (region, kön), three years or more in ascending order; no
    table of the data folder has a column per year (long format)."""
    first = next((i for i, v in enumerate(row) if YEAR.fullmatch(v)), len(row))
    values = [v for v in row[first:] if v]
    return (len(values) >= 3 and all(YEAR.fullmatch(v) for v in values)
            and values == sorted(set(values)))


YEAR = re.compile(r"(19|2[01])[0-9]{2}")


def as_wide(row: list[str], columns) -> bool:
    """Whether a row is as wide as a table or wider: its cells up to its last value (an empty
    cell between) number at least its columns (a month's rows under a header split over two
    rows, after a "sep=," line or on a third sheet; with a column of remarks added)."""
    width = max((i + 1 for i, v in enumerate(row) if v), default=0)
    return width >= len(columns)


def refuse_stray_table_files(data_dir: Path, tables) -> None:
    """A file of the data folder named after a table but never read as it
    (`table_named_in`), the table's own name as a workbook never read (driftredovisning.ods)
    or one whose first rows may be the table's (`copies_table`), is bad input:
    its rows (a month typed into a file of its own) would be left out unseen. `tables`:
    each table's name → its column names."""
    columns = {str(t).lower(): list(c) for t, c in dict(tables).items()}
    for path in sorted(data_dir.iterdir()) if data_dir.is_dir() else []:
        table = table_named_in(path.name, set(columns)) if path.is_file() else None
        stem, _, suffix = path.name.lower().rpartition(".")
        own = stem == table and f".{suffix}" in NEVER_READ   # driftredovisning.ods
        if table is not None and (own or copies_table(first_rows(path), columns[table])):
            raise DataError(display_path(path), f"läses inte: tabellen {table} läses bara från "
                            f"{table}.csv eller {table}.xlsx (eller filerna i mappen {table}/); "
                            "för in raderna där, eller döp om eller flytta filen")
