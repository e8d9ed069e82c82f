"""CSV ledger exports: one export read in chunks into sums per year, month, konto and
ansvar in whole öre (exact), with one-line errors naming file, line and column.

Sign convention: the ledger's belopp is in kr, debit positive and credit negative, so
income (credited) is negative and costs positive, as in the report.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..encoding import nfc
from ..errors import DataError, unshowable
from ..input_files import SEP_LINE
from ..loading import decode_text, parse_number, read_regular_bytes
from ..numbers import NumberError
from ..numbers import parse_number as parse_typed_number
from ..paths import display_path
from .csv_quotes import refuse_text_after_quoted_amount
from .debet_kredit import neither_side, net_ore, refuse_unclear_minus
from .layouts import LAYOUTS_FILE, READ_FIELDS, Layout, _norm, choose_layout, fitting_layouts
from .report_rows import (
    first_without_verifikation,
    refuse_report_rows,
    refuse_unread_sign,
    row_text_columns,
)

CHUNK_ROWS = 250_000

def scan_file(path: Path, shown: str) -> tuple[str, str]:
    """(encoding, sha256) in one streaming pass: utf-8 (with or without BOM) if the bytes
    decode, else cp1252 (else the suite's one-line DataError)."""
    import codecs

    digest, decoder, utf8 = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")(), True
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            if b"\x00" in block:   # UTF-16 ("Unicode text") would pass as cp1252, garbled
                raise DataError(shown, "filen är sparad som UTF-16 eller innehåller NUL-tecken: "
                                "spara den som CSV UTF-8 eller CSV med semikolon")
            if utf8:
                try:
                    decoder.decode(block)
                except UnicodeDecodeError:
                    utf8 = False
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if not utf8:
        decode_text(read_regular_bytes(path, shown), shown)  # raises when cp1252 does not fit either
    return ("utf-8-sig" if utf8 else "cp1252"), digest.hexdigest()


def _header(path: Path, encoding: str, shown: str) -> tuple[int, list[str], str]:
    """(lines before the header, header cells, delimiter); `#` lines above it are comments."""
    chosen = at = None
    with open(path, encoding=encoding, newline="") as handle:
        for skipped, line in enumerate(handle):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            sep = SEP_LINE.match(line.strip(" \r\n"))  # Excel's "sep=;" names the delimiter
            if sep and sep.group(1) not in ",;":
                raise DataError(shown, f"raden sep= anger avgränsaren {sep.group(1)!r}; spara "
                                "filen med komma eller semikolon", line=skipped + 1)
            if sep:
                chosen, at = sep.group(1), skipped + 1
                continue
            other = ";" if chosen == "," else ","
            if chosen and chosen not in line and other in line:   # which holds is a guess
                raise DataError(shown, f"raden sep= anger avgränsaren {chosen!r} men "
                                f"rubrikraden (rad {skipped + 1}) har {other!r}; rätta raden "
                                "sep= eller ta bort den", line=at)
            delimiter = chosen or (";" if line.count(";") > line.count(",") else ",")
            if delimiter not in line:
                raise DataError(shown, "inget komma eller semikolon mellan kolumnnamnen "
                                "(spara filen som CSV med komma eller semikolon)", line=skipped + 1)
            cells = next(csv.reader([line], delimiter=delimiter))
            return skipped, [c.strip() for c in cells], delimiter
    raise DataError(shown, "filen är tom")


def _first_bad(shown: str, heading: str, values: pd.Series, bad: pd.Series, first_line: int,
               message: str) -> None:
    """Raise the one-line error for the first True in `bad` (line = index + first_line)."""
    if bad.any():
        i = bad.idxmax()
        text = str(values[i]).strip()
        if not text:  # (a cell of spaces is empty too)
            raise DataError(shown, "värde saknas", line=int(i) + first_line, column=heading)
        raise DataError(shown, message.format(value=text), line=int(i) + first_line,
                        column=heading)


MAX_AMOUNT_KR = 1e12  # one ledger row; in öre well inside float's exact integers (2^53)
MAX_FILE_ORE = 2**62  # the sum of a file's |amounts| stays inside int64


def adds_exactly(ore) -> bool:
    """Öre amounts add exactly in int64 when the sum of their |values| is below 2^62."""
    return float(np.abs(np.asarray(ore, dtype="float64")).sum()) < MAX_FILE_ORE


_SURE = {",": r",\d{1,2}\s*$", ".": r"\.\d{1,2}\s*$"}  # a mark with 1–2 decimals: no grouping
_THREE = r"^\s*[-+\u2212]?\d{1,3}[.,]\d{3}\s*$"  # "16,356", "1.250": a decimal or grouping?


def decimal_mark(values: pd.Series, marks: dict, shown: str, heading: str,
                 first_line: int) -> str | None:
    """The file's decimal mark, decided once (kept in `marks` across its chunks) from the
    cells that show one beyond doubt (one or two decimals); a cell that contradicts it, or
    one that reads two ways while nothing decides it, is a DataError naming both readings."""
    sure = {mark: values.str.contains(pattern, regex=True) for mark, pattern in _SURE.items()}
    if marks.get("mark") is None:
        found = [mark for mark, hits in sure.items() if hits.any()]
        if len(found) == 2:  # both in one chunk: the later one contradicts the first
            first = min(found, key=lambda m: sure[m].idxmax())
            marks["mark"] = first
        elif found:
            marks["mark"] = found[0]
    mark = marks.get("mark")
    if mark is not None:
        other = "." if mark == "," else ","
        bad = values.str.contains(re.escape(other), regex=True)
    else:
        bad = values.str.contains(_THREE, regex=True)
    if bad.any():
        i = bad.idxmax()
        text = str(values[i]).strip()
        if mark is None:
            message = (f'"{text}" kan läsas som decimaltal eller som tusental; inget belopp '
                       "före den visar vilket decimaltecken filen använder")
        else:
            try:
                parse_typed_number(text, decimal=mark)
                message = (f'"{text}" kan läsas på två sätt; filen använder '
                           f"{'decimalkomma' if mark == ',' else 'decimalpunkt'}")
            except NumberError as exc:
                message = exc.in_file()
        raise DataError(shown, message, line=int(i) + first_line, column=heading)
    return mark


def parse_amounts_ore(values: pd.Series, shown: str, heading: str, first_line: int,
                      empty_is_zero: bool = False, marks: dict | None = None) -> pd.Series:
    """Amounts in kr (the file's one decimal mark, "-" = 0, spaces as thousands) → whole
    öre; an unparseable amount, one with more than two decimals, or one that reads two ways
    is a DataError."""
    _first_bad(shown, heading, values, values.str.contains(_EXPONENT, regex=True), first_line,
               '"{value}" är skrivet med exponent (så visar Excel ett tal utan alla siffror); '
               "spara kolumnen som tal med alla siffror")
    mark = decimal_mark(values, marks if marks is not None else {}, shown, heading, first_line)
    numbers = pd.to_numeric(values.str.replace(",", ".", regex=False) if mark != "." else values,
                            errors="coerce")
    odd = numbers.isna() | ~np.isfinite(numbers)
    if odd.any():  # the rare cell: "1 234,50", "−24", "-", " 12 ", or an error
        fixed = {}
        for i, cell in values[odd].str.strip().items():
            if empty_is_zero and not cell:
                fixed[i] = 0.0
                continue
            try:
                fixed[i] = parse_number(cell) if cell else float("nan")
            except ValueError:
                fixed[i] = float("nan")
        numbers = numbers.copy()
        numbers[odd] = pd.Series(fixed, dtype="float64")
        _first_bad(shown, heading, values, numbers.isna(), first_line,
                   '"{value}" är inget belopp')
    outside = ~np.isfinite(numbers) | (numbers.abs() > MAX_AMOUNT_KR)
    _first_bad(shown, heading, values, outside, first_line,
               '"{value}" ligger utanför det rimliga intervallet (|belopp| ≤ 10^12 kr)')
    scaled = numbers.to_numpy(dtype="float64") * 100  # exact: 10^14 öre < 2^53
    ore = np.rint(scaled)
    _first_bad(shown, heading, values, pd.Series(np.abs(scaled - ore) > 1e-3 * np.maximum(
        1.0, np.abs(scaled) * 1e-12), index=values.index), first_line,
        '"{value}" har fler än två decimaler (öre)')
    return pd.Series(ore.astype("int64"), index=values.index)


_EXPONENT = r"\d\s*[eE]\s*[-+\u2212]?\s*\d"  # "1,23E+05": Excel's display, digits lost
_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")
_PERIOD_FORMATS = ("%Y-%m", "%Y%m", "%Y-%m-%d")
# The written forms: compact ones fill every digit ("202411" is no date, "2024111" no period).
_FORMS = {"datum": r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?|\d{8}",
          "period": r"\d{4}-\d{1,2}(?:-\d{1,2})?|\d{6}"}


def parse_months(values: pd.Series, kind: str, shown: str, heading: str,
                 first_line: int) -> tuple[pd.Series, pd.Series]:
    """(year, month) of each datum (YYYY-MM-DD or YYYYMMDD) or period (YYYY-MM or YYYYMM);
    an unparseable one is a DataError."""
    formats = _DATE_FORMATS if kind == "datum" else _PERIOD_FORMATS
    parsed = pd.to_datetime(values, format=formats[0], errors="coerce")
    missing = parsed.isna()
    if missing.any():  # other formats, surrounding spaces
        text = values[missing].str.strip()
        retried = pd.Series(pd.NaT, index=text.index, dtype=parsed.dtype)
        for fmt in formats:
            todo = retried.isna()
            if not todo.any():
                break
            retried[todo] = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        parsed = parsed.copy()
        parsed[missing] = retried
    unlike = ~values.str.strip().str.fullmatch(_FORMS[kind])
    unlike |= parsed.dt.year < 1   # the year 0000 has no months (nor in SIE)
    if unlike.any():  # pandas reads "202411" as 2024-01-01 under %Y%m%d
        parsed = parsed.copy()
        parsed[unlike] = pd.NaT
    if parsed.isna().any():
        expected = "inget datum (ÅÅÅÅ-MM-DD)" if kind == "datum" else "ingen period (ÅÅÅÅ-MM)"
        _first_bad(shown, heading, values, parsed.isna(), first_line,
                   f'"{{value}}" är {expected}')
    return parsed.dt.year.astype("int64"), parsed.dt.month.astype("int64")


def read_export(path: Path, layouts: list[Layout], hashes: dict | None = None) -> pd.DataFrame:
    """One export summed per year, month, konto and ansvar: columns year, month, konto,
    ansvar, ore (whole öre, debit positive), read in chunks with only the mapped columns
    (the file's sha256 goes into `hashes`)."""
    shown = display_path(path)
    encoding, sha = scan_file(path, shown)
    if hashes is not None:
        hashes[shown] = sha
    skipped, header, delimiter = _header(path, encoding, shown)
    layout = choose_layout(path.name, header, layouts)
    if layout is None:
        needs = "; ".join(f"{lay.name}: {', '.join(lay.columns[f] for f in lay.required())}"
                          for lay in layouts)
        raise DataError(shown, f"rubrikraden passar ingen layout i {LAYOUTS_FILE} ({needs})",
                        line=skipped + 1)
    fits = [lay.name for lay in fitting_layouts(header, layouts)]
    named = [name for name in fits if name.lower() in path.name.lower()]
    if len(fits) > 1 and len(named) != 1:  # which is a guess (the name names none, or two)
        fix = (f"filnamnet nämner {' och '.join(named)}: låt det nämna bara den ena"
               if named else f"skriv layoutens namn i filnamnet, t.ex. {fits[0]}-{path.name}")
        raise DataError(shown, f"rubrikraden passar flera layouter ({', '.join(fits)}); {fix}",
                        line=skipped + 1)
    position = {_norm(h): i for i, h in enumerate(header)}
    used = {}
    for field in READ_FIELDS:
        if field not in layout.columns:
            continue
        heading = layout.columns[field]
        if _norm(heading) not in position:
            raise DataError(shown, f"kolumnen saknas (layout {layout.name})",
                            line=skipped + 1, column=heading)
        twice = [i + 1 for i, h in enumerate(header) if _norm(h) == _norm(heading)]
        if len(twice) > 1:   # which column holds the value would be a guess
            raise DataError(shown, f"rubriken står två gånger i rubrikraden (kolumn "
                            f"{twice[0]} och {twice[1]}); ta bort den ena",
                            line=skipped + 1, column=heading)
        used[field] = position[_norm(heading)]
    refuse_unread_sign(header, layout, shown, skipped + 1)   # a kredit read as a debet
    refuse_text_after_quoted_amount(path, encoding, delimiter, shown)   # "100"5: 1005
    spill = _spill_columns(used, len(header), delimiter)
    labels = {f"rad_{f}": position[_norm(layout.columns[f])] for f in ("verifikation", "text")
              if f in layout.columns and _norm(layout.columns[f]) in position}
    headings = row_text_columns(header, layout, labels)   # every column a report row names
    first_line = skipped + 2  # the editor's line of data row 0
    named = max((i + 1 for i, h in enumerate(header) if h), default=0)  # empty headings at
    # the end name no column: a value under one is a field beyond the header
    counts: list = []   # each row's empty fields beyond the named headings (one count)
    beyond = _field_beyond_header(path, encoding, first_line, delimiter, named, counts)
    if beyond is not None:  # pandas would drop it unseen, or shift the row by it
        raise DataError(shown, "raden har fler kolumner än rubrikraden (ett avgränsartecken i "
                        "en text utan citattecken?)", line=beyond)
    twice = _line_twice(path, encoding, first_line) if layout.kind == "saldo" else None
    if twice is not None:   # a balance export: the same balance twice would be summed twice
        raise DataError(shown, f"raden är likadan som rad {twice[1]}: ett saldo står en gång "
                        "per period (ta bort den ena raden)", line=twice[0])
    pairs = [(f, f"efter_{f}") for f in ("belopp", "debet", "kredit") if f"efter_{f}" in spill]
    if counts and named + counts[0] > len(header):   # every row a field longer than the header
        pairs = sorted([*pairs, *_read_after_amounts(used, delimiter)],
                       key=lambda pair: used[pair[0]])   # the first split in the row
    parts, marks, numbered = [], {}, {}  # the file's decimal mark, decided once
    try:  # pandas may read (and fail on) the first chunk as the reader is made
        reader = pd.read_csv(path, sep=delimiter, encoding=encoding, skiprows=skipped,
                             header=0, dtype=str,
                             usecols=sorted({*used.values(), *spill.values(),
                                             *labels.values(), *headings.values()}),
                             keep_default_na=False, na_filter=False, skip_blank_lines=False,
                             chunksize=CHUNK_ROWS, engine="c", quotechar='"', index_col=False)
        for chunk in reader:
            chunk = _columns_by_position(chunk, {**used, **spill, **labels, **headings})
            for field, after in pairs:
                _first_bad(shown, layout.columns[field], chunk[field] + "," + chunk[after],
                           split_amounts(chunk[field], chunk[after]), first_line,
                           '"{value}" kan läsas på två sätt: ett belopp med '
                           "decimalkomma som kommat delat i två kolumner, eller ett helt belopp "
                           "och nästa kolumn; sätt beloppen inom citattecken eller spara med "
                           "semikolon")
            refuse_report_rows(chunk, headings, header, layout, shown, first_line)
            chunk = chunk.drop(columns=[c for c in chunk if c.startswith(("efter_", "kolumn_"))])
            blank = chunk["konto"] == ""
            if blank.any():  # an empty line is skipped; a row lacking only konto is not
                blank &= (chunk == "").all(axis=1)
                chunk = chunk[~blank]
            if "rad_verifikation" in chunk and (at := first_without_verifikation(
                    chunk["rad_verifikation"], numbered)) is not None:
                raise DataError(shown, "värde saknas, men andra rader har en verifikation: raden "
                                "är ingen bokning (en saldo- eller summarad?); ta bort den",
                                line=at + first_line, column=layout.columns["verifikation"])
            chunk = chunk.drop(columns=[c for c in chunk if c.startswith("rad_")])
            if chunk.empty:
                continue
            parts.append(_parse_chunk(chunk, layout, shown, first_line, marks))
    except DataError as exc:  # a quoted line break makes a record span lines
        if exc.line is None or exc.line < first_line:
            raise
        line = _record_start(path, encoding, delimiter, skipped, exc.line - first_line)
        raise DataError(exc.file, exc.message, line=line, column=exc.column) from None
    except pd.errors.ParserError:
        raise DataError(shown, "raden passar inte rubrikraden (kontrollera avgränsare och "
                        "citattecken)", line=_unbalanced_quote(path, encoding)) from None
    if not parts:
        raise DataError(shown, "inga rader under rubrikraden")
    frame = pd.concat(parts, ignore_index=True)
    if not adds_exactly(frame["ore"]):
        raise DataError(shown, "beloppen summerar till mer än som kan adderas exakt "
                        "(kontrollera kolumnen belopp)")
    return frame.groupby(["year", "month", "konto", "ansvar"], as_index=False, sort=True)["ore"].sum()


def _field_beyond_header(path: Path, encoding: str, first_line: int, delimiter: str,
                        width: int, extra: list) -> int | None:
    """The first data line holding a non-empty field beyond the header's `width`, or more
    or fewer empty ones than the rows before it (empty ones from a delimiter ending every
    row are no field; in one row only, they may be a text's delimiter shifting the row).
    `extra` gets the count of empty fields beyond `width` of the first row read."""
    with open(path, encoding=encoding, newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if number < first_line:
                continue
            if '"' in line:   # quoted cells (perhaps with line breaks) from here on
                return _beyond_in_records(itertools.chain([line], handle), number, delimiter,
                                          width, extra)
            if _beyond(line.rstrip("\r\n").split(delimiter), width, extra):
                return number
    return None


def _beyond(cells: list[str], width: int, extra: list) -> bool:
    """True when a row's fields beyond `width` hold a value, or differ in number from the
    earlier rows' (`extra` holds the first row's count: every row before this one had it);
    a row of empty cells is no row."""
    if not any(cell.strip() for cell in cells):
        return False
    if any(cell.strip() for cell in cells[width:]):
        return True
    count = max(len(cells) - width, 0)
    if not extra:
        extra.append(count)
    return count != extra[0]


def _line_twice(path: Path, encoding: str, first_line: int) -> tuple[int, int] | None:
    """(line, earlier line) of the first data line that repeats an earlier one word for
    word (lines of delimiters alone are empty rows, not compared)."""
    seen: dict[str, int] = {}
    with open(path, encoding=encoding, newline="") as handle:
        for number, line in enumerate(handle, start=1):
            text = line.rstrip("\r\n")
            if number < first_line or not text.strip(" \t,;"):
                continue
            if text in seen:
                return number, seen[text]
            seen[text] = number
    return None


def _beyond_in_records(lines, first: int, delimiter: str, width: int,
                       extra: list) -> int | None:
    """`_field_beyond_header` for the records of `lines` (line `first` on), read as CSV:
    a quoted cell may hold a delimiter or a line break."""
    reader = csv.reader(lines, delimiter=delimiter)
    start = first
    try:
        for cells in reader:
            if _beyond(cells, width, extra):
                return start
            start = first + reader.line_num
    except csv.Error:   # an unbalanced quote: named when pandas reads the file
        return None
    return None


def _record_start(path: Path, encoding: str, delimiter: str, skipped: int, record: int) -> int:
    """The editor's line where data record `record` (0 = the first below the header)
    begins, counting the lines of quoted line breaks before it."""
    with open(path, encoding=encoding, newline="") as handle:
        for _ in range(skipped):
            handle.readline()
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader, None)
        for _ in range(record):
            next(reader, None)
        return skipped + reader.line_num + 1


def _unbalanced_quote(path: Path, encoding: str) -> int | None:
    """The first line with an odd number of quote marks (where a quoted cell never ends)."""
    with open(path, encoding=encoding, newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if line.count('"') % 2:
                return number
    return None


def _spill_columns(used: dict, width: int, delimiter: str) -> dict:
    """In a comma-separated file, the column after each amount column the layout does not
    read (named efter_<field>): where a decimal comma without quotes would spill."""
    if delimiter != ",":
        return {}
    return {f"efter_{field}": used[field] + 1 for field in ("belopp", "debet", "kredit")
            if field in used and used[field] + 1 < width
            and used[field] + 1 not in used.values()}


def _read_after_amounts(used: dict, delimiter: str) -> list[tuple[str, str]]:
    """(amount field, field) where the layout reads the column after an amount column of a
    comma-separated file: there an unquoted decimal comma spills into a read column."""
    at = {position: field for field, position in used.items()}
    return [(field, at[used[field] + 1]) for field in ("belopp", "debet", "kredit")
            if delimiter == "," and field in used and used[field] + 1 in at]


def split_amounts(amounts: pd.Series, after: pd.Series) -> pd.Series:
    """A whole amount followed by a cell of one or two digits: in a comma-separated file an
    amount whose unquoted decimal comma split it (1000,50 → 1000 | 50), reading two ways."""
    whole = amounts.str.fullmatch(r"\s*[-+\u2212]?\d+\s*", na=False)
    return whole & after.str.fullmatch(r"\d{1,2}", na=False)


def _columns_by_position(chunk: pd.DataFrame, used: dict) -> pd.DataFrame:
    """Name the chunk's columns by suite field (pandas keeps the file's column order; one
    column may be read as two fields)."""
    positions = sorted(set(used.values()))
    return pd.DataFrame({field: chunk.iloc[:, positions.index(at)] for field, at in
                         sorted(used.items(), key=lambda item: item[1])}, index=chunk.index)


def _no_unshowable(values: pd.Series, shown: str, heading: str, first_line: int) -> None:
    """Refuse the first cell holding a character no page or workbook can hold
    (core.errors.unshowable: a control or writing-direction character), by line and column."""
    for i, value in values.dropna().drop_duplicates().items():
        if reason := unshowable(str(value)):
            raise DataError(shown, reason, line=int(i) + first_line, column=heading)


def _parse_chunk(chunk: pd.DataFrame, layout: Layout, shown: str, first_line: int,
                 marks: dict) -> pd.DataFrame:
    heading = layout.columns
    when = "period" if "period" in chunk else "datum"
    year, month = parse_months(chunk[when], when, shown, heading[when], first_line)
    konto = pd.to_numeric(chunk["konto"], errors="coerce")
    if konto.isna().any():
        konto = konto.copy()
        konto[konto.isna()] = pd.to_numeric(chunk["konto"][konto.isna()].str.strip(),
                                            errors="coerce")
    bad = konto.isna() | (konto < 0) | (konto != konto.round()) | (konto >= 1e10) | \
        ~chunk["konto"].str.strip().str.fullmatch(r"\d+(?:\.0+)?")  # "4e3" is no konto
    _first_bad(shown, heading["konto"], chunk["konto"], bad, first_line,
               '"{value}" är inget kontonummer')
    if "belopp" in chunk:
        ore = parse_amounts_ore(chunk["belopp"], shown, heading["belopp"], first_line,
                                marks=marks)
    else:
        _first_bad(shown, heading["debet"], chunk["debet"],
                   neither_side(chunk["debet"], chunk["kredit"]), first_line, "")
        sides = {f: parse_amounts_ore(chunk[f], shown, heading[f], first_line, True, marks)
                 for f in ("debet", "kredit")}
        refuse_unclear_minus(chunk, sides, heading, layout.minus, layout.name, shown, first_line)
        ore = net_ore(sides["debet"], sides["kredit"], layout.minus)
    _no_unshowable(chunk["ansvar"], shown, heading["ansvar"], first_line)
    frame = pd.DataFrame({"year": year, "month": month, "konto": konto.astype("int64"),
                          "ansvar": chunk["ansvar"], "ore": ore})
    summed = frame.groupby(["year", "month", "konto", "ansvar"], as_index=False,
                           sort=False)["ore"].sum()
    # few rows now: "9100 " is 9100, and "Kö" saved on a Mac (o + combining ¨) is "Kö"
    summed["ansvar"] = summed["ansvar"].str.strip().map(nfc)
    return summed


