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
    """Return header, [(line, cells)], the decimal mark the file uses and the header's line."""
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
    other = ";" if delimiter == "," else ","
    if sep and delimiter not in header and other in header:   # which one holds is a guess
        raise DataError(shown, f"raden sep= anger avgränsaren {delimiter!r} men rubrikraden "
                        f"(rad {header_line + 1}) har {other!r}; rätta raden sep= eller ta "
                        "bort den", line=first + 1)
    if delimiter not in header and any(sep in header for sep in ("\t", "|")):
        raise DataError(shown, "inget komma eller semikolon mellan kolumnnamnen "
                        "(spara filen som CSV med komma eller semikolon)", line=header_line + 1)
    decimal = "," if delimiter == ";" else "."
    reader = csv.reader(_io.StringIO(text, newline="\n"), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    head: list[str] | None = None
    try:
        start = 0
        for cells in reader:  # a quoted line break: the record's own first line
            line, start = start + 1, reader.line_num
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


def _shows_nothing(cell) -> bool:
    """A cell with a value whose number format's section for it shows nothing (";;;",
    Excel's idiom for hiding a value, or "0;;" for negatives): itvt would read a figure
    the controller does not see."""
    form = getattr(cell, "number_format", None) or ""
    if cell.value is None or not form.strip():
        return False
    if _is_number(cell.value):   # also a section of blanks alone ('0;" "', "0;_-")
        section = _section(form, cell.value)
        return not _PLACEHOLDER.search(_bare(section)) and not _visible(section).strip()
    else:
        sections = _sections(form)   # the fourth section is the texts'
        section = sections[3] if len(sections) > 3 else "@"
    return not re.sub(r"\[[^\]]*\]", "", section).strip()


def _rgb(color) -> str | None:
    """A colour's RRGGBB when the file states it (theme colours 0 and 1: white and black)."""
    if color is None or getattr(color, "tint", 0):
        return None
    if color.type == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:].upper()
    if color.type == "indexed" and 0 <= color.indexed < 64:   # the legacy palette (.xls)
        from openpyxl.styles.colors import COLOR_INDEX
        return COLOR_INDEX[color.indexed][-6:].upper()
    return {0: "FFFFFF", 1: "000000"}.get(color.theme) if color.type == "theme" else None


def _in_background(cell) -> bool:
    """A value whose font has its cell's background colour (white on no fill): unseen."""
    if cell.value is None or not str(cell.value).strip() or getattr(cell, "font", None) is None:
        return False
    fill = getattr(cell.fill, "patternType", "gradient")   # a gradient has no pattern
    ground = "FFFFFF" if fill is None else _rgb(cell.fill.fgColor) if fill == "solid" else None
    return ground is not None and _rgb(cell.font.color) == ground


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


def _refuse_uncached_formulas(path: Path, shown: str, values: list, header: list[str]) -> None:
    """A formula cell whose file holds no computed value (a program that writes formulas
    without their results) is bad input, named, never read as an empty cell."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        for line, (cells, formulas) in enumerate(
                zip(values, book.worksheets[0].iter_rows(values_only=True)), start=1):
            for i, (value, formula) in enumerate(zip(cells, formulas)):
                if value is None and isinstance(formula, str) and formula.startswith("="):
                    column = header[i] if i < len(header) and header[i] else None
                    raise DataError(shown, "cellen är en formel utan sparat värde; öppna och "
                                    "spara filen i Excel (eller klistra in som värden)",
                                    line=line, column=column)
    finally:
        book.close()


def read_xlsx_rows(path: Path, shown: str) -> tuple[list[str], list[tuple[int, list]], str, int]:
    """Return header, [(row, cells)], "," and the header's row (the first row with a value)."""
    check_regular(path, shown)
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        state, title = sheet.sheet_state, sheet.title
        all_rows, percent, unseen, scaled, texts = [], [], [], [], []
        for i, row in enumerate(sheet.iter_rows(), start=1):
            all_rows.append(tuple(cell.value for cell in row))
            percent += [(i, j, cell.value) for j, cell in enumerate(row) if _as_percent(cell)]
            scaled += [(i, j, cell.value, n) for j, cell in enumerate(row) if (n := _scaling(cell))]
            unseen += [(i, j) for j, cell in enumerate(row) if _shows_nothing(cell)]
            texts += [(i, j, t) for j, cell in enumerate(row) if (t := _text_instead(cell))]
            unseen += [(i, j, "colour") for j, cell in enumerate(row) if _in_background(cell)]
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
    if any(v is None for r in all_rows for v in r):
        _refuse_uncached_formulas(path, shown, all_rows, header)
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
    for line, j, value in percent:
        _refuse_percent(shown, line, header[j] if j < len(header) else None, value)
    for line, j, value, commas in scaled:
        _refuse_scaled(shown, line, header[j] if j < len(header) else None, value, commas)
    return header, rest, ",", numbered[0][0]


_QUOTED = re.compile(r'"[^"]*"|\\.')  # literal text and escaped characters of a format


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


DASHES = "-\u2013\u2014\u2212"   # a zero shown as a dash (with a currency: "kr -")
_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)\s*(-?[0-9.]+)\]")


def _holds(condition: re.Match, value) -> bool:
    """Whether a section's condition ("[<1000]") holds for `value`."""
    limit = float(condition.group(2))
    return {"<": value < limit, ">": value > limit, "=": value == limit, "<>": value != limit,
            "<=": value <= limit, ">=": value >= limit}[condition.group(1)]


def _sections(form: str) -> list[str]:
    """A number format's sections, split at each ";" outside quoted text and escapes."""
    masked = _QUOTED.sub(lambda m: "x" * len(m.group(0)), form)
    cuts = [-1, *(i for i, c in enumerate(masked) if c == ";"), len(form)]
    return [form[a + 1:b] for a, b in zip(cuts, cuts[1:])]


def _bare(section: str) -> str:
    """A format section without its quoted text, escapes, colours and conditions."""
    return re.sub(r"\[[^\]]*\]", "", _QUOTED.sub("", section))


def _section(form: str, value) -> str:
    """The section of a number format that shows `value`: Excel's positive;negative;zero,
    or the first whose condition holds, else the first without one."""
    sections = _sections(form)[:3]
    conditions = [_CONDITION.search(section) for section in sections]
    if any(conditions):
        for section, condition in zip(sections, conditions):
            if condition is None or _holds(condition, value):
                return section
        return sections[-1]
    if len(sections) == 1 or (value >= 0 and len(sections) == 2) or value > 0:
        return sections[0]
    return sections[1] if value < 0 or len(sections) == 2 else sections[2]


_PLACEHOLDER = re.compile(r"[0#?@]|general", re.IGNORECASE)


def _visible(section: str) -> str:
    """What a section shows besides digits: its literal text, a padding "_x" as a blank
    and a fill "*x" as its character x."""
    literal = "".join(q[1:-1] if q.startswith('"') else q[1:] for q in _QUOTED.findall(section))
    return literal + re.sub(r"_.", " ", re.sub(r"\*(.)", r"\1", _bare(section)))


def _text_instead(cell) -> str | None:
    """The text a number's format section shows instead of it ('0;"–"' shows a negative
    as a dash): a section with text but no place for a digit; None when it shows the number
    (a zero shown as a dash is zero, as Excel's accounting format shows it)."""
    if not _is_number(cell.value) or not (getattr(cell, "number_format", None) or "").strip():
        return None
    section = _section(cell.number_format, cell.value)
    bare = _bare(section)
    if _PLACEHOLDER.search(bare):
        return None
    literal = "".join(q[1:-1] if q.startswith('"') else q[1:] for q in _QUOTED.findall(section))
    text = (literal + re.sub(r"[_*].", "", bare)).strip()
    dash = any(d in text for d in DASHES) and not any(c.isdigit() for c in text)
    return None if not text or (cell.value == 0 and dash) else text


def _as_percent(cell) -> bool:
    """A number under a percent format: Excel stores 0.022 for "2,2 %" typed."""
    value, form = cell.value, getattr(cell, "number_format", None) or ""
    return _is_number(value) and "%" in _bare(_section(form, value))


_SCALING = re.compile(r"[0#?](,+)(?![0#?,])")   # "#,##0," shows 8 271 000 as 8 271


def _scaling(cell) -> int:
    """How many thousands a number's format divides it by before showing it (Excel's
    trailing comma: "#,##0," shows a stored 8 271 000 as 8 271); 0 when it does not."""
    value, form = cell.value, getattr(cell, "number_format", None) or ""
    if not _is_number(value):
        return 0
    match = _SCALING.search(_bare(_section(form, value)))
    return len(match.group(1)) if match else 0


def _refuse_scaled(shown: str, line: int, column: str | None, value, commas: int) -> None:
    """A cell whose format divides it by thousands shows one number and stores another:
    which of the two she meant would be a guess, so it is bad input naming both."""
    from decimal import Decimal

    stored = Decimal(repr(float(value))).normalize()
    as_shown = (stored / Decimal(1000) ** commas).normalize()

    def text(number: Decimal) -> str:
        return f"{number:f}".replace(".", ",").replace("-", "\u2212")

    divisor = f"{1000 ** commas:,}".replace(",", " ")
    raise DataError(shown, f"cellen visar {text(as_shown)} men lagrar {text(stored)} (ett "
                    f"talformat i Excel som delar med {divisor}); skriv talet som det ska "
                    "läsas, utan det formatet", line=line, column=column)


def _refuse_percent(shown: str, line: int, column: str | None, value) -> None:
    """A cell shown as a percent stores a hundredth of what it shows: which of the two
    she meant would be a guess, so it is bad input naming both."""
    from decimal import Decimal

    stored = Decimal(repr(float(value)))
    as_shown = (stored * 100).normalize()

    def text(number: Decimal) -> str:
        return f"{number:f}".replace(".", ",").replace("-", "\u2212")

    raise DataError(shown, f"cellen visar {text(as_shown)} % men lagrar {text(stored)} "
                    "(procentformat i Excel); skriv talet utan procentformat, som "
                    f"{text(as_shown)}", line=line, column=column)


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
