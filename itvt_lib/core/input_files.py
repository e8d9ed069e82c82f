"""Input files as raw rows: which files hold a table, reading them safely, and the
hygiene every file gets before a cell is parsed (docs/ARCHITECTURE.md, "Data conventions").

- Only regular files up to MAX_FILE_BYTES are opened (never a FIFO, device or loop).
- The encoding is decided once per file (`encoding.detect_encoding`).
- CSV: comma or semicolon, or what Excel's `sep=;` first line says (that line is not
  the header); empty columns at the right end of the header are ignored.
- Every cell is normalised to NFC: "Vårgårda" saved on a Mac (NFD, "a" + combining
  ring) is the same name as everywhere else. A NUL byte in a cell is bad input.
- A table lies in one place: `X.csv` and `X.xlsx` both present (or a folder `X/` and a
  file, or one period twice in the folder) is bad input naming both; a missing file
  whose name differs only in case (`Kommuner.csv`) is named in the message.
"""

from __future__ import annotations

import csv
import errno
import io as _io
import os
import re
import stat
from pathlib import Path

from .cell_formats import (
    as_percent,
    hours_minutes,
    in_background,
    refuse_percent,
    refuse_scaled,
    scaling,
    shows_nothing,
    text_instead,
)
from .encoding import decode_text, nfc
from .errors import DataError, os_reason, unshowable
from .paths import display_path

MAX_FILE_BYTES = 2 * 1024**3  # an input file larger than 2 GiB is refused
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))  # one cell may be long
# Excel's error values, as a workbook caches them and as a CSV export writes them.
EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#BUSY!", "#UNKNOWN!"))
SEP_LINE = re.compile(r'^"?sep=(.)"?[,;]*$', re.IGNORECASE)  # Excel's "sep=;" first line
SUFFIXES = (".csv", ".xlsx")


def check_regular(path: Path, shown: str | None = None) -> int:
    """Refuse anything but a regular file up to MAX_FILE_BYTES (a folder, FIFO, device,
    broken link or symlink loop) before it is opened; return its size."""
    shown = shown or display_path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataError(shown, "länken pekar på sig själv (en symbolisk länk i ring)") from None
        if exc.errno == errno.ENOENT:
            raise DataError(shown, "filen saknas (en trasig länk?)") from None
        raise DataError(shown, f"går inte att läsa: {os_reason(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DataError(shown, "är en mapp, inte en fil")
    if not stat.S_ISREG(info.st_mode):
        raise DataError(shown, "är ingen vanlig fil (utan en FIFO, enhet eller socket)")
    if info.st_size > MAX_FILE_BYTES:
        raise DataError(shown, f"filen är på {info.st_size} byte, mer än de "
                        f"{MAX_FILE_BYTES} byte (2 GiB) en indatafil får vara")
    return info.st_size


def read_regular_bytes(path: Path, shown: str | None = None) -> bytes:
    """The bytes of a regular input file (see `check_regular`); never blocks on a FIFO."""
    shown = shown or display_path(path)
    check_regular(path, shown)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise DataError(shown, f"går inte att läsa: {os_reason(exc)}") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the check
            raise DataError(shown, "är ingen vanlig fil")
        return handle.read(MAX_FILE_BYTES + 1)


def read_csv_rows(path: Path, shown: str) -> tuple[list[str], list[tuple[int, list[str]]], str,
                                                 int]:
    """Return header, [(line, cells)], the decimal mark the file uses ("" for tabs: its cells
    tell) and the header's line."""
    text = nfc(decode_text(read_regular_bytes(path, shown), shown))
    if not text.strip():
        raise DataError(shown, "filen är tom")
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # CRLF, CR-only or mixed
    lines = text.split("\n")   # (never at a form feed or U+2028, as splitlines() would)
    header_line = first = next(i for i, line in enumerate(lines) if line.strip())
    header = lines[header_line]
    sep = SEP_LINE.match(header.strip(" "))
    if sep and sep.group(1) not in ",;":
        raise DataError(shown, f"raden sep= anger avgränsaren {sep.group(1)!r}; spara "
                        "filen med komma eller semikolon",
                        line=header_line + 1)
    if sep:
        delimiter = sep.group(1)
        header_line = next((i for i in range(header_line + 1, len(lines)) if lines[i].strip()),
                           header_line)
        header = lines[header_line]
    else:
        delimiter = ";" if header.count(";") > header.count(",") else ","
        if delimiter not in header and "\t" in header:   # Excel's "Unicode text"
            delimiter = "\t"
    other = ";" if delimiter == "," else ","
    if sep and delimiter not in header and other in header:   # which one holds is a guess
        raise DataError(shown, f"raden sep= anger avgränsaren {delimiter!r} men rubrikraden "
                        f"(rad {header_line + 1}) har {other!r}; rätta raden sep= eller ta "
                        "bort den", line=first + 1)
    if delimiter not in header and any(sep in header for sep in ("\t", "|")):  # "sep=;", "|"
        raise DataError(shown, "inget komma eller semikolon mellan kolumnnamnen "
                        "(spara filen som CSV med komma eller semikolon)", line=header_line + 1)
    # Excel sv: semicolons, decimal comma; tabs: Excel sv or en, Google Sheets: undecided ("")
    decimal = {",": ".", ";": ","}.get(delimiter, "")
    reader = csv.reader(_io.StringIO(text, newline="\n"), delimiter=delimiter)
    physical = text.count("\n") + (not text.endswith("\n"))   # lines the reader reads
    rows: list[tuple[int, list[str]]] = []
    head: list[str] | None = None
    try:
        start = 0
        for cells in reader:  # a quoted line break: the record's own first line
            line, start = start + 1, reader.line_num
            if start > line or start >= physical:   # many lines, or the last: a quote open?
                _refuse_open_quote(shown, lines, line, start, delimiter)
            if not any(c.strip() for c in cells):
                continue
            if sep:  # the "sep=;" line itself
                sep = None
                continue
            _refuse_nul(shown, line, cells, head)
            if head is None:
                head, header_line = _trimmed([c.strip() for c in cells]), line - 1
                continue
            rows.append((line, cells))
    except csv.Error as exc:
        raise DataError(shown, f"går inte att läsa som CSV ({exc})", line=reader.line_num) from None
    return head or [], rows, decimal, header_line + 1


def _refuse_open_quote(shown: str, lines: list[str], first: int, last: int,
                       delimiter: str) -> None:
    """A quote that opens a cell must close it within its record, followed by the delimiter
    or the line's end: otherwise the lines after it are read into that one cell (rows lost)."""
    try:
        list(csv.reader(_io.StringIO("\n".join(lines[first - 1:last]), newline="\n"),
                        delimiter=delimiter, strict=True))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise DataError(shown, 'citattecknet (") som inleder en cell stängs aldrig: '
                            f"resten av filen (rad {first}–{last}) skulle läsas som en enda "
                            "cell; lägg till det avslutande citattecknet eller ta bort det "
                            "inledande", line=first) from None
        if "expected after" in str(exc) and first < last:
            raise DataError(shown, 'citattecknet (") som inleder en cell stängs först på rad '
                            f"{last}, med text efter sig: raderna {first}–{last} skulle läsas "
                            "som en enda cell; lägg till det avslutande citattecknet där "
                            "cellen slutar", line=first) from None


def _trimmed(header: list[str]) -> list[str]:
    """The header without the empty columns a spreadsheet leaves at its right end."""
    while header and header[-1] == "":
        header.pop()
    return header


def _refuse_nul(shown: str, line: int, cells: list, header: list[str] | None) -> None:
    """A NUL byte (a binary or UTF-16 file, a damaged export) is bad input, named; so is a
    writing-direction control or another control character (core.errors.unshowable), and
    one of Excel's error values (#REF!, #N/A, …), which would be published as a text."""
    for i, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        column = header[i] if header is not None and i < len(header) else None
        if "\x00" in cell:
            raise DataError(shown, "cellen innehåller en NUL-byte (tecken 0): filen är "
                            "skadad eller inte text i UTF-8 eller cp1252", line=line,
                            column=column)
        reason = unshowable(cell)
        if reason:
            raise DataError(shown, reason, line=line, column=column)
        if cell.strip() in EXCEL_ERRORS:
            raise DataError(shown, f"cellen är Excels felvärde {cell.strip()} (en formel som "
                            "inte gick att räkna ut); rätta den i Excel och spara igen",
                            line=line, column=column)


def _refuse_hidden(path: Path, shown: str, lines: list[int], header: list[str]) -> None:
    """A hidden row or column (or one of height or width 0) that holds values, or cells
    merged in the table, are bad input, named: itvt would read
    figures the controller does not see (and she may have hidden them to leave them out)."""
    import openpyxl

    book = openpyxl.load_workbook(path, data_only=True)  # full mode: the rows' and
    try:                                                 # columns' dimensions
        sheet = book.worksheets[0]
        form = sheet.sheet_format   # zeroHeight: a row of no height of its own is hidden
        low = bool(form.zeroHeight) or form.defaultRowHeight == 0
        for line in lines:
            row = sheet.row_dimensions[line] if line in sheet.row_dimensions else None
            if low and (row is None or row.height is None):
                raise DataError(shown, "raden har höjden 0 i Excel (bladets standardhöjd); "
                                "itvt läser alla rader, även dolda: visa raden eller ta bort "
                                "den", line=line)
            if row is not None and (row.hidden or row.height == 0):
                how = "är dold" if row.hidden else "har höjden 0"
                raise DataError(shown, f"raden {how} i Excel; itvt läser alla rader, även "
                                "dolda: visa raden eller ta bort den", line=line)
        own = {j for d in sheet.column_dimensions.values() if d.customWidth
               for j in range(d.min or 1, (d.max or 0) + 1)}
        for j, name in enumerate(header, start=1):   # a default column width of 0
            if form.defaultColWidth == 0 and name and j not in own:
                raise DataError(shown, "kolumnen har bredden 0 i Excel (bladets "
                                "standardbredd); itvt läser alla kolumner, även dolda: visa "
                                "den eller ta bort den", column=name)
        for dimension in sheet.column_dimensions.values():
            for j in range(dimension.min or 1, (dimension.max or 0) + 1):
                unseen = dimension.hidden or dimension.width == 0
                if unseen and j <= len(header) and header[j - 1]:
                    how = "är dold" if dimension.hidden else "har bredden 0"
                    raise DataError(shown, f"kolumnen {how} i Excel; itvt läser alla "
                                    "kolumner, även dolda: visa den eller ta bort den",
                                    column=header[j - 1])
        read = set(lines)   # a merged range shows its first cell over all it covers
        for cells in sorted(sheet.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
            if cells.min_col <= len(header) and read.intersection(
                    range(cells.min_row, cells.max_row + 1)):
                raise DataError(shown, f"cellerna {cells.coord} är sammanfogade i Excel, som "
                                "visar den första över alla; itvt läser varje cell för sig: "
                                "dela upp sammanfogningen", line=cells.min_row,
                                column=header[cells.min_col - 1] or None)
    finally:
        book.close()


def _refuse_uncached_formulas(path: Path, shown: str, values: list, header: list[str],
                              stale: bool = False) -> None:
    """A formula cell whose file holds no computed value (a program that writes formulas
    without their results) is bad input, named, never read as an empty cell; so is any
    formula cell of a workbook saved to be recalculated on opening (`stale`: its stored
    value may be old, Excel shows another)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        for line, (cells, formulas) in enumerate(
                zip(values, book.worksheets[0].iter_rows(values_only=True)), start=1):
            for i, (value, formula) in enumerate(zip(cells, formulas)):
                if (value is None or stale) and isinstance(formula, str) and \
                        formula.startswith("="):
                    column = header[i] if i < len(header) and header[i] else None
                    what = ("en formel utan sparat värde" if value is None else
                            "en formel i en arbetsbok som ska räknas om när den öppnas "
                            "(fullCalcOnLoad): det sparade värdet kan vara inaktuellt")
                    raise DataError(shown, f"cellen är {what}; öppna och spara filen i Excel "
                                    "(eller klistra in som värden)", line=line, column=column)
    finally:
        book.close()


_FULL_CALC = re.compile(  # <calcPr … fullCalcOnLoad="1"> in the workbook part
    rb"""<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']""")


def _saved_to_recalculate(path: Path) -> bool:
    """The workbook asks to be recalculated on opening (calcPr fullCalcOnLoad, written by
    generators such as openpyxl and XlsxWriter; Excel's own save leaves it out): its
    stored formula values may be stale.
    (openpyxl's `calculation` says so of every workbook, the flag absent too.)"""
    import zipfile

    try:
        with zipfile.ZipFile(path) as book:
            return any(_FULL_CALC.search(book.read(name)) for name in book.namelist()
                       if re.fullmatch(r"xl/workbook\d*\.xml", name))
    except (OSError, zipfile.BadZipFile, KeyError):
        return False


def read_xlsx_rows(path: Path, shown: str) -> tuple[list[str], list[tuple[int, list]], str, int]:
    """Return header, [(row, cells)], "," and the header's row (the first row with a value)."""
    check_regular(path, shown)
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        state, title = sheet.sheet_state, sheet.title
        all_rows, percent, unseen, scaled, texts, clocks = [], [], [], [], [], []
        for i, row in enumerate(sheet.iter_rows(), start=1):
            all_rows.append(tuple(cell.value for cell in row))
            percent += [(i, j, cell.value) for j, cell in enumerate(row) if as_percent(cell)]
            scaled += [(i, j, cell.value, n) for j, cell in enumerate(row) if (n := scaling(cell))]
            unseen += [(i, j) for j, cell in enumerate(row) if shows_nothing(cell)]
            texts += [(i, j, t) for j, cell in enumerate(row) if (t := text_instead(cell))]
            clocks += [(i, j, c) for j, cell in enumerate(row) if (c := hours_minutes(cell))]
            unseen += [(i, j, "colour") for j, cell in enumerate(row) if in_background(cell)]
        book.close()
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise DataError(shown, f"ingen läsbar .xlsx-fil ({type(exc).__name__})") from None
    if state != "visible":  # its figures would be read, not those the controller sees
        raise DataError(shown, f"det första bladet ({title}) är dolt; itvt läser det första "
                        "bladet: visa det eller flytta bladet med tabellen först")
    numbered = [(i + 1, [nfc(v) if isinstance(v, str) else v for v in r])
                for i, r in enumerate(all_rows)
                if any(v is not None and str(v).strip() for v in r)]
    head = numbered[0][1] if numbered else []
    header = _trimmed(["" if v is None else str(v).strip() for v in head])
    stale = _saved_to_recalculate(path)
    if stale or any(v is None for r in all_rows for v in r):
        _refuse_uncached_formulas(path, shown, all_rows, header, stale)
    if not numbered:
        raise DataError(shown, "filen är tom")
    _refuse_hidden(path, shown, [line for line, _ in numbered], header)
    rest = numbered[1:]
    for line, cells in numbered:
        _refuse_nul(shown, line, cells, header)
    for line, j, *colour in sorted(u for u in unseen if u[0] > numbered[0][0] or len(u) < 3):
        how = ("cellens text har bakgrundens färg (syns inte i Excel)" if colour else
               "cellen har ett talformat som inte visar något (;;;)")
        raise DataError(shown, f"{how} men har ett värde som itvt läser; visa värdet eller ta "
                        "bort det", line=line, column=header[j] if j < len(header) else None)
    for line, j, text in texts:
        raise DataError(shown, f"cellen har ett talformat som visar texten {text}, inte talet "
                        "som itvt läser; visa talet eller ta bort det", line=line,
                        column=header[j] if j < len(header) else None)
    for line, j, (shown_as, hours, minutes) in clocks:
        raise DataError(shown, f"cellen visar {shown_as} i timmar och minuter, men en tidslängd "
                        f"skrivs mm:ss; kan läsas som {hours} eller {minutes}; ge cellen "
                        "formatet [h]:mm:ss", line=line,
                        column=header[j] if j < len(header) else None)
    for line, j, value in percent:
        refuse_percent(shown, line, header[j] if j < len(header) else None, value)
    for line, j, value, commas in scaled:
        refuse_scaled(shown, line, header[j] if j < len(header) else None, value, commas)
    return header, rest, ",", numbered[0][0]


def table_files(data_dir: Path, name: str) -> list[Path]:
    """The files that hold table `name`: name.csv or name.xlsx, or every file in name/ in
    name order; a table in two places (both files, a folder and a file, one name twice in
    the folder) is bad input naming both."""
    folder = data_dir / name
    single = [p for p in (data_dir / f"{name}{suffix}" for suffix in SUFFIXES)
              if os.path.lexists(p)]  # a broken link or loop is reported, not "not found"
    exact = single[:1] or ([folder] if folder.is_dir() else [])
    twin = _case_twins(data_dir, name)
    if exact and twin:  # her edits may be in the one not read
        _twice(exact[0], twin[0])
    if not folder.is_dir():
        if len(single) > 1:
            _twice(*single)
        return single
    if single:
        _twice(single[0], folder)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES
                   and not p.name.startswith((".", "~$")))
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            _twice(seen[path.stem], path)
        seen[path.stem] = path
    return files


def _twice(first: Path, second: Path) -> None:
    raise DataError(display_path(first), f"både {display_path(first)} och "
                    f"{display_path(second)} finns; tabellen får bara ligga i den ena "
                    "(ta bort eller flytta den andra)")


def _case_twins(data_dir: Path, name: str) -> list[Path]:
    """Entries of `data_dir` named as table `name` (file or folder) but in other case."""
    wanted = {name.lower()} | {f"{name}{suffix}".lower() for suffix in SUFFIXES}
    exact = {name} | {f"{name}{suffix}" for suffix in SUFFIXES}
    try:
        return [data_dir / entry for entry in sorted(os.listdir(data_dir))
                if entry.lower() in wanted and entry not in exact]
    except OSError:
        return []


def refuse_misnamed(data_dir: Path, name: str) -> None:
    """When table `name` has no file: its folder is empty, or name one whose name differs
    only in case (`Kommuner.csv` for `kommuner.csv`); file names are case-sensitive here."""
    if (data_dir / name).is_dir():
        raise DataError(display_path(data_dir / name), "mappen har ingen .csv- eller .xlsx-fil")
    wanted = {name.lower(): "/"} | {f"{name}{suffix}".lower(): suffix for suffix in SUFFIXES}
    near = [p.name for p in _case_twins(data_dir, name)]
    if near:
        expected = name + wanted[near[0].lower()]
        raise DataError(display_path(data_dir / f"{name}.csv"), "filen saknas, men "
                        f"{display_path(data_dir / near[0])} finns: namnet ska vara "
                        f"{expected} (stora och små bokstäver räknas)")
