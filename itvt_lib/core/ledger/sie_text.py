"""The text layer of SIE files (SIE-gruppen, edition 4B): lines, records, fields, the
#KSUMMA checksum, and bulk tables of the #TRANS and #VER lines.

A record is one line: a label (`#VER`), then fields separated by blanks or tabs; a field
may be quoted ("two words", an inner quote written \\"); an object list is `{dim obj …}`;
the sub-records of a #VER stand between a `{` line and a `}` line. The file is PC8 (code
page 437). The millions of #TRANS lines of a type 4 file are cut out with numpy and read by
pandas' C tokenizer (no Python work per line); every other record is tokenized here.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import io
import re
import zlib

import numpy as np
import pandas as pd

PC8 = "cp437"
BLANK, OTHER, TRANS, VER, OPEN, CLOSE = range(6)
_SPACE, _TAB, _CR, _LF, _QUOTE, _BACKSLASH = 32, 9, 13, 10, 34, 92
_OPEN_BRACE, _CLOSE_BRACE, _UNIT_SEP = 123, 125, 31  # 31: a blank inside an object list
_BLANKS = np.zeros(256, dtype=bool)
_BLANKS[[_SPACE, _TAB, _CR, _LF]] = True
_BLANK_OR_BRACE = _BLANKS.copy()
_BLANK_OR_BRACE[[_OPEN_BRACE, _CLOSE_BRACE]] = True
# fields are separated by blanks and tabs only (SIE 4B, 5.7): a no-break space is a
# character of its field, never a separator ("1" + U+00A0 + "200.00" is no amount 1)
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|([{}])|([^ \t"{}]+)')


class SieSyntaxError(ValueError):
    """A record the format does not allow: `line` (1-based) and a Swedish message."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def unquote(text: str) -> str:
    """A field's content: \\" is a quote."""
    return text.replace('\\"', '"')


_ESCAPED = re.compile(r"\\.")


def quote_left_open(text: str) -> bool:
    """An odd number of delimiting quotes: \\" is a quote in the text, and \\\\ a
    backslash (before the closing quote: "C:\\\\"), as the #TRANS and #VER rows read them."""
    return _ESCAPED.sub("", text).count('"') % 2 == 1


def tokenize(line: str, number: int) -> list:
    """The fields of one record; an object list is a list of its fields (SIE 4B, 5.7)."""
    if quote_left_open(line):
        raise SieSyntaxError(number, "ett citattecken avslutas aldrig på raden")
    fields: list = []
    inner: list | None = None
    for match in _TOKEN.finditer(line):
        quoted, brace, bare = match.groups()
        if brace == "{":
            if inner is not None:
                raise SieSyntaxError(number, "en objektlista inuti en objektlista")
            inner = []
        elif brace == "}":
            if inner is None:
                raise SieSyntaxError(number, "} utan { i objektlistan")
            fields.append(inner)
            inner = None
        else:
            value = unquote(quoted) if quoted is not None else bare
            (inner if inner is not None else fields).append(value)
    if inner is not None:
        raise SieSyntaxError(number, "objektlistan avslutas aldrig med }")
    return fields


def is_period(text: str) -> bool:
    """A SIE period ÅÅÅÅMM: six digits, a year from 0001 (a date has one) and a month 01–12."""
    return (isinstance(text, str) and len(text) == 6 and text.isdecimal() and int(text[:4]) >= 1
            and 1 <= int(text[4:]) <= 12)


def kr_text(ore: int) -> str:
    """Öre as kr for an error message: "−12,50"."""
    sign = "\u2212" if ore < 0 else ""
    return f"{sign}{abs(ore) // 100},{abs(ore) % 100:02d}"


def by_value(text):
    """A number written in ASCII digits as its value ("01" is "1", "05011" is "5011"); any
    other text as written."""
    return str(int(text)) if isinstance(text, str) and text.isascii() and text.isdigit() \
        else text


def object_pairs(items: list, number: int) -> dict[str, str]:
    """An object list's pairs dimension → object ("9100 " is 9100, as a CSV's ansvar;
    dimension "01" is 1, as konto 05011 is 5011)."""
    if len(items) % 2:
        raise SieSyntaxError(number, "objektlistan ska bestå av par: dimension objekt")
    dimensions = [by_value(d) for d in items[::2]]
    for dimension in dimensions:
        if dimensions.count(dimension) > 1:   # which object would count is a guess
            raise SieSyntaxError(number, f"objektlistan har dimension {dimension} två gånger "
                                 "(högst ett objekt per dimension)")
    return {d: items[i + 1].strip() for d, i in zip(dimensions, range(0, len(items), 2))}


_LABEL = re.compile(r"([\s\x00-\x1f]*)(#\w+)(.?)")


def label_run_on(word: str, number: int, known: set) -> None:
    """A label stands after blanks or tabs only and ends at one: a known label beside any
    other character (U+00A0 + "#TRANS", "#PSALDO" + U+00A0 + "0", '#TRANS"4010"'; `word` is
    the line up to its first blank or tab) is bad input, never an unknown label ignored."""
    found = _LABEL.match(word)
    if found and found[2].upper() in known and (found[1] or found[3]):
        odd = found[1][:1] or found[3]
        raise SieSyntaxError(number, f"{found[2]} står intill tecknet U+{ord(odd):04X} i "
                             "stället för ett blanksteg eller en tabb: posten skulle inte läsas "
                             "(skriv blanksteg runt etiketten)")


# ---------------------------------------------------------------- lines

class Lines:
    """Each line's span and kind: blank, another record, #TRANS, #VER, `{` or `}`."""

    def __init__(self, data: bytes):
        if not data.endswith(b"\n"):
            data += b"\n"
        self.data = data
        self.bytes = np.frombuffer(data, dtype=np.uint8)
        newlines = np.flatnonzero(self.bytes == _LF)
        self.starts = np.concatenate(([0], newlines[:-1] + 1))
        self.stops = newlines + 1  # one past the newline
        self.first = self._first_non_blank()
        self.kind = self._kinds()

    def __len__(self) -> int:
        return len(self.starts)

    def _first_non_blank(self) -> np.ndarray:
        position, ends = self.starts.copy(), self.stops - 1
        todo = np.arange(len(position))
        while len(todo):
            at = position[todo]
            byte = self.bytes[np.minimum(at, len(self.bytes) - 1)]
            blank = (at < ends[todo]) & _BLANKS[byte] & (byte != _LF)
            todo = todo[blank]
            position[todo] += 1
        return position

    def _kinds(self) -> np.ndarray:
        last = len(self.bytes) - 1

        def byte(offset: int) -> np.ndarray:
            return self.bytes[np.minimum(self.first + offset, last)]

        def label(text: bytes) -> np.ndarray:   # in any case, as Header reads labels
            match = _BLANKS[byte(len(text))]
            for offset, char in enumerate(text):
                got = byte(offset)
                match &= (got | 0x20) == (char | 0x20) if chr(char).isalpha() else got == char
            return match

        first = byte(0)
        kind = np.full(len(self.starts), OTHER, dtype=np.int8)
        kind[first == _OPEN_BRACE] = OPEN
        kind[first == _CLOSE_BRACE] = CLOSE
        hashes = first == ord("#")
        kind[hashes & label(b"#TRANS")] = TRANS
        kind[hashes & label(b"#VER")] = VER
        kind[self.first >= self.stops - 1] = BLANK
        return kind

    def text(self, row: int) -> str:
        """Line `row` (0-based) decoded from PC8, without its line break."""
        return self.data[self.starts[row]:self.stops[row]].decode(PC8).rstrip("\r\n")

    def label(self, row: int) -> str:
        """The record label of line `row` (empty for a blank line)."""
        stop = self.data.find(b" ", self.first[row], self.stops[row])
        text = self.data[self.first[row]:stop if stop >= 0 else self.stops[row]]
        return text.decode(PC8).split("\t")[0].strip()

    def cut(self, rows: np.ndarray, data: np.ndarray | None = None) -> np.ndarray:
        """The bytes of the given lines (with their line breaks; of `data`, a changed copy
        of the file's bytes, if given), as one array."""
        chosen = np.zeros(len(self.starts), dtype=bool)
        chosen[rows] = True
        return (self.bytes if data is None else data)[np.repeat(chosen, self.stops - self.starts)]

    def scan(self, positions: np.ndarray, ends: np.ndarray, char: int) -> np.ndarray:
        """The first position ≥ each of `positions` holding `char`, or its end if none."""
        found, todo = positions.copy(), np.arange(len(positions))
        while len(todo):
            at = found[todo]
            hit = (at >= ends[todo]) | (self.bytes[np.minimum(at, len(self.bytes) - 1)] == char)
            todo = todo[~hit]
            found[todo] += 1
        return np.minimum(found, ends)


# ---------------------------------------------------------------- bulk tables

_TRANS_KONTO = re.compile(rb'[ \t]*#TRANS[ \t]+(?:"(?:[^"\\\r\n]|\\.)*"|[^\s"{}]+)'
                          rb'(?=[ \t]+[^\s{])', re.I)   # a #TRANS up to its konto, no { next


def _has_object_list(text: str) -> bool:
    """Whether a record has an object list outside its quoted fields (a quote left open:
    it is named where the record is read)."""
    try:
        return any(isinstance(field, list) for field in tokenize(text, 0))
    except SieSyntaxError:
        return True


def object_lists_added(lines: Lines) -> Lines:
    """`lines`, with `{}` after the konto of each #TRANS written without an object list
    (`#TRANS 5010 100.00`, as some programs' templates write it: no object, one meaning);
    line numbers and the #KSUMMA text (braces and blanks are not counted) stay as they are."""
    rows = np.flatnonzero(lines.kind == TRANS)
    braces = np.r_[np.flatnonzero(lines.bytes == _OPEN_BRACE), len(lines.bytes)]
    opens = np.minimum(braces[np.searchsorted(braces, lines.first[rows])], lines.stops[rows] - 1)
    filled = ~_BLANKS[lines.bytes]   # fields begun before the first brace: label, konto
    begins = np.flatnonzero(filled & ~np.r_[False, filled[:-1]])
    fields = np.searchsorted(begins, opens) - np.searchsorted(begins, lines.first[rows])
    lacking = rows[(opens >= lines.stops[rows] - 1) | (fields > 2)]
    parts, last = [], 0
    for row in lacking:   # an object list further on (`#TRANS 4010 5 {} 1`) is misplaced
        start, stop = int(lines.starts[row]), int(lines.stops[row])
        if _has_object_list(lines.text(int(row))):
            continue
        if found := _TRANS_KONTO.match(lines.data, start, stop):
            parts += [lines.data[last:found.end()], b" {}"]
            last = found.end()
    return Lines(b"".join([*parts, lines.data[last:]])) if parts else lines



_EXPONENT = re.compile(rb"\d[eE][-+]?\d")
_POINT_EXPONENT = re.compile(rb"\.[eE][-+]?\d")   # 1.e3 (a literal first: a fast search)

def _read_fields(buffer: bytes, columns: dict) -> pd.DataFrame:
    """Fields 1.. of blank-separated records (quotes and \\" as SIE writes them); a first
    line of WIDTH fields fixes the column count (records may have fewer or more)."""
    width = 16
    sentinel = (" ".join(["0"] * width) + "\n").encode()
    buffer, held = _hold_lone_backslashes(buffer)
    frame = pd.read_csv(io.BytesIO(sentinel + buffer), sep=r"\s+", header=None,
                        names=range(width), usecols=list(columns), dtype=columns,
                        quotechar='"', escapechar="\\", keep_default_na=False,
                        na_filter=False, skip_blank_lines=False, engine="c", encoding=PC8)
    frame = frame.iloc[1:].reset_index(drop=True)
    for column in frame.columns if held else ():   # the held backslashes as written
        if isinstance(frame[column].dtype, pd.CategoricalDtype):   # numbers hold none
            frame[column] = frame[column].cat.rename_categories(
                lambda text: text.replace(held, "\\") if isinstance(text, str) else text)
        elif pd.api.types.is_string_dtype(frame[column].dtype):
            frame[column] = frame[column].str.replace(held, "\\", regex=False)
    return frame


_LONE_BACKSLASH = re.compile(rb'\\\\|\\(?!")')   # a pair \\ is left to pandas: one \


def _hold_lone_backslashes(buffer: bytes) -> tuple[bytes, str]:
    """(buffer, held): a backslash is a character of its field unless it comes before a
    quote (SIE 4B, 5.7; as `unquote` reads it), so each other one is held as a control
    byte the buffer lacks (pandas' escape character would drop it: 40\\10 read as 4010)."""
    if not _LONE_BACKSLASH.search(buffer):
        return buffer, ""
    absent = next(b for b in b"\x1e\x1d\x1c\x1b\x01\x02\x03\x04\x05\x06\x07\x08"
                  if bytes([b]) not in buffer)
    held = bytes([absent])
    return _LONE_BACKSLASH.sub(lambda m: m[0] if len(m[0]) == 2 else held, buffer), chr(absent)


def trans_table(lines: Lines, rows: np.ndarray) -> pd.DataFrame:
    """The #TRANS lines `rows` as columns konto, objekt (the object list with blanks as
    \\x1f), belopp (text), datum (text, "" when absent)."""
    if not len(rows):
        return pd.DataFrame({"konto": pd.Categorical([]), "objekt": pd.Categorical([]),
                             "belopp": pd.Series(dtype="float64"), "datum": pd.Categorical([])})
    ends = lines.stops[rows] - 1
    opens = lines.scan(lines.first[rows] + len("#TRANS"), ends, _OPEN_BRACE)
    if (opens >= ends).any():
        raise SieSyntaxError(int(rows[np.argmax(opens >= ends)]) + 1,
                             "#TRANS saknar objektlista ({} när transaktionen saknar objekt)")
    closes = lines.scan(opens + 1, ends, _CLOSE_BRACE)
    if (closes >= ends).any():
        raise SieSyntaxError(int(rows[np.argmax(closes >= ends)]) + 1,
                             "objektlistan avslutas aldrig med }")
    glued = ~_BLANKS[lines.bytes[opens - 1]] | ~_BLANKS[lines.bytes[closes + 1]]
    if glued.any():   # {}100.00 would be one field: the amount read from the next one
        raise SieSyntaxError(int(rows[np.argmax(glued)]) + 1, "objektlistan ska skiljas från "
                             "fälten före och efter den med blanksteg")
    data, offset, todo = lines.bytes.copy(), 1, np.arange(len(rows))
    while len(todo):  # blanks inside each object list become \x1f: one field for pandas
        at = opens[todo] + offset
        inside = at < closes[todo]
        todo, at = todo[inside], at[inside]
        byte = data[at]
        data[at[(byte == _SPACE) | (byte == _TAB)]] = _UNIT_SEP
        offset += 1
    buffer = lines.cut(rows, data)
    raw = buffer.tobytes()
    # konto and datum as text ("4010.5", "020240115" are named as written), belopp as a
    # number unless some field looks like an exponent, which pandas would read as one (1E5,
    # 1.E5) but SIE never writes
    columns = {1: "str", 2: "category", 3: "float64", 4: "str"}
    _quoted_fields_apart(raw, rows, "#TRANS", 4)
    if _EXPONENT.search(raw) or _POINT_EXPONENT.search(raw):
        columns[3] = "str"
    try:
        frame = _read_fields(raw, columns)
    except pd.errors.ParserError:
        frame = None
    except ValueError:  # an amount that is no number: read as text to name it
        frame = _read_fields(raw, {**columns, 3: "str"})
    if frame is not None:
        frame[[1, 4]] = frame[[1, 4]].astype("category")
    if frame is None or len(frame) != len(rows):  # a quote left open swallowed line breaks
        raise SieSyntaxError(_open_quote_line(lines, rows), "ett citattecken avslutas aldrig "
                             "på raden")
    frame.columns = ["konto", "objekt", "belopp", "datum"]
    return frame


def ver_table(lines: Lines, rows: np.ndarray) -> pd.DataFrame:
    """The #VER lines `rows` as columns serie, nummer, datum (text)."""
    raw = lines.cut(rows).tobytes()
    _quoted_fields_apart(raw, rows, "#VER", 3)
    try:
        frame = _read_fields(raw, {1: "str", 2: "str", 3: "str"})
    except pd.errors.ParserError:
        frame = None
    if frame is None or len(frame) != len(rows):
        raise SieSyntaxError(_open_quote_line(lines, rows), "ett citattecken avslutas aldrig "
                             "på raden")
    frame.columns = ["serie", "nummer", "datum"]
    return frame


_QUOTED = rb'"(?:[^"\\\r\n]|\\.)*"'
_FIELD = rb'(?:' + _QUOTED + rb'|[^\s"{}]+|\{[^}\r\n]*\})'
# a quote between two characters that are no blank (\x1f: one in an object list), brace
# or backslash; the quote first, so the search runs from quote to quote
_QUOTE_WITHIN = re.compile(rb'"(?<=[^\s{\\\x1f]")[^\s}\x1f]')


def _quoted_fields_apart(raw: bytes, rows: np.ndarray, label: str, count: int) -> None:
    """Of the first `count` fields of each `label` line in `raw` (the lines `rows`), a
    quoted one is followed by a blank or the line end: "100"20240215 is two fields as the
    other records read it (tokenize), never one amount 10020240215 (SIE 4B, 5.7)."""
    if not _QUOTE_WITHIN.search(raw):
        return   # no quote between two other characters: the common case
    pattern = re.compile(rb"^[ \t]*" + re.escape(label.encode()) + rb"[ \t]+(?:" + _FIELD
                         + rb"[ \t]+){0,%d}(" % (count - 1) + _QUOTED + rb")(\S)",
                         re.M | re.I)
    if found := pattern.search(raw):
        row = int(rows[raw.count(b"\n", 0, found.start())]) + 1
        quoted, next_char = (g.decode(PC8) for g in found.groups())
        next_char = next_char if next_char.isprintable() else f"\\x{ord(next_char):02x}"
        raise SieSyntaxError(row, f"fältet {quoted} följs av {next_char} utan blanktecken "
                             "emellan: fälten ska skiljas åt med blanktecken")


def _open_quote_line(lines: Lines, rows: np.ndarray) -> int | None:
    """The first of `rows` (as a 1-based line) with an odd number of unescaped quotes."""
    for row in rows:
        text = lines.text(int(row))
        if quote_left_open(text):
            return int(row) + 1
    return None


def parse_amounts(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(öre, bad): amounts (read as numbers, or as text written as SIE says: point, at most
    two decimals, minus before) in whole öre; `bad` marks what is not such an amount."""
    if values.dtype == "float64":
        numbers = values.to_numpy()
        bad = np.zeros(len(numbers), dtype=bool)
    else:
        text = values.astype(str)
        bad = ~text.str.fullmatch(r"[-+]?\d+(\.\d*)?|[-+]?\.\d+").to_numpy(dtype=bool)
        numbers = pd.to_numeric(text.where(~bad, "0"), errors="coerce").to_numpy(dtype="float64")
    bad |= ~np.isfinite(numbers) | (np.abs(numbers) > 1e12)
    scaled = np.where(bad, 0.0, numbers) * 100
    ore = np.rint(scaled)
    bad |= np.abs(scaled - ore) > 1e-3 * np.maximum(1.0, np.abs(scaled) * 1e-12)
    return ore.astype("int64"), bad


# ---------------------------------------------------------------- #KSUMMA

def checksum(lines: Lines, first: int, last: int, with_hash: bool = True) -> int:
    """CRC-32 (SIE 4B, 10.11–10.14) of lines first..last-1 (0-based): labels and field
    contents only, without blanks between fields, delimiting quotes, braces or the
    backslash before an inner quote; PC8 bytes as written."""
    start = lines.starts[first]
    stop = lines.starts[last] if last < len(lines) else len(lines.bytes)
    chunk = lines.bytes[start:stop]
    quote = chunk == _QUOTE
    drop = quote
    if lines.data.find(b'\\"', start, stop) >= 0:
        escape = np.zeros(len(chunk), dtype=bool)
        escape[:-1] = (chunk[:-1] == _BACKSLASH) & quote[1:]
        quote[1:] &= ~escape[:-1]
        drop = quote | escape
    inside = np.bitwise_xor.accumulate(quote.view(np.uint8)).view(bool)
    drop = drop | (_BLANK_OR_BRACE[chunk] & ~inside)
    if not with_hash:
        firsts = lines.first[first:last] - start
        drop[firsts[chunk[np.minimum(firsts, len(chunk) - 1)] == ord("#")]] = True
    return zlib.crc32(chunk[~drop].tobytes())
