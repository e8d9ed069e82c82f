"""Loading and validation of the input tables (docs/ARCHITECTURE.md, "Data conventions").

A table is `data/<name>.csv` or `data/<name>.xlsx`, or a folder `data/<name>/` of such
files (one export per period, say), read in name order. CSV files may use comma or
semicolon (Excel's `sep=;` first line is honoured); a file's encoding (`encoding`) and
decimal mark (`numbers.file_decimal_mark`) are decided once per file, and every number
is read by the one parser, `numbers.parse_number`. Cells are normalised to NFC (macOS
writes "å" as "a" + ring). In numeric cells "-" means zero and an empty cell means
missing (NaN).

Every problem is a `DataError` that prints as one line:
`data/projekttid.csv:7: timmar: "tolv" är inte ett tal` (line 1 is the header).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pandas as pd

from . import numbers
from .caches import BoundedCache
from .cell_formats import shown_seconds
from .encoding import decode_text  # noqa: F401  (re-exported for the ledger import)
from .errors import DataError
from .input_files import (  # check_regular, read_regular_bytes: re-exported for the ledger
    MAX_FILE_BYTES,
    check_regular,  # noqa: F401
    read_csv_rows,
    read_regular_bytes,
    read_xlsx_rows,
    refuse_misnamed,
    table_files,
)
from .keys import check_key, check_refs
from .numbers import NumberError
from .paths import DATA_DIR, display_path
from .periods import Period

MAX_MAGNITUDE = 1e12  # |number| of any numeric cell (kr or tkr): larger is a typo or junk
NUMERIC_KINDS = ("number", "int", "year")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")   # ÅÅÅÅ-MM-DD only
_DURATION_RE = re.compile(r"^(?:([0-9]+):)?([0-9]{1,2}):([0-9]{2})$")   # ASCII digits only
_TRUE, _FALSE = {"ja", "true", "1", "yes", "sant"}, {"nej", "false", "0", "no", "falskt"}


@dataclass(frozen=True)
class Column:
    """One column of a table: its kind, whether it may be empty, range and reference."""

    name: str
    kind: str = "text"  # text, number, int, year, period, date, duration, bool
    nullable: bool = False  # an empty cell is allowed (it means "missing")
    required: bool = True  # the column must be in the file
    min: float | None = None
    max: float | None = None
    ref: str | None = None  # "table.column" the value must exist in
    choices: tuple[str, ...] | None = None
    decimals: int | None = None  # at most this many decimals where written as text (kr: 2)


@dataclass(frozen=True)
class Table:
    """An input table: its columns, key, and an optional whole-table validator."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    optional: bool = False  # no file at all is allowed (the table is then empty)
    validate: Callable[[pd.DataFrame, Callable[[int], tuple[str, int]]], None] | None = None

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


@dataclass
class Dataset:
    """All validated input tables, plus where each row came from and each file's hash."""

    data_dir: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    locations: dict[str, pd.DataFrame] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # display path -> sha256

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tables

    def locate(self, name: str, index) -> tuple[str, int]:
        """Return (file, line) of row `index` of table `name`."""
        row = self.locations[name].loc[index]
        return row["file"], int(row["line"])

    def fingerprint(self) -> str:
        """A short hash over every input file's hash keyed by its path in the data folder,
        printed on each page, memo and export: the same inputs give the same one from any
        folder."""
        return files_fingerprint(data_relative(self.files, self.data_dir) if self.data_dir
                                 else self.files)


def files_fingerprint(files: dict[str, str]) -> str:
    """A short hash over each file's hash keyed by its name as given (`data_relative`)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{name}:{files[name]}\n".encode())
    return digest.hexdigest()[:12]


def data_relative(files: dict[str, str], data_dir: Path) -> dict[str, str]:
    """Each input file's hash keyed by its path relative to the data folder (POSIX), so
    the manifest and the fingerprint do not depend on the current folder."""
    cwd = Path.cwd().resolve()
    bases = (Path(data_dir), Path(data_dir).resolve())
    result = {}
    for name, digest in files.items():
        path = Path(name) if Path(name).is_absolute() else cwd / name
        for base in bases:
            try:
                name = path.relative_to(base).as_posix()
                break
            except ValueError:
                continue
        result[name] = digest
    return dict(sorted(result.items()))


# ---------------------------------------------------------------- parsing cells

def parse_number(value, decimal: str = ".") -> float:
    """An amount whose file has no decided mark (the ledger import, until it decides one):
    `numbers.parse_number` with `decimal`, or the other mark where that reads beyond doubt."""
    try:
        return float(numbers.parse_number(value, decimal=decimal, exponent=True))
    except NumberError as error:
        if error.mark is None or error.readings:
            raise
        other = "," if decimal == "." else "."
        return float(numbers.parse_number(value, decimal=other, exponent=True))


def parse_duration(value) -> int:
    """Parse mm:ss or h:mm:ss into whole seconds; minutes and seconds must be below 60."""
    text = str(value).strip()
    match = _DURATION_RE.match(text)
    if not match:
        raise ValueError
    hours, minutes, seconds = int(match.group(1) or 0), int(match.group(2)), int(match.group(3))
    if seconds >= 60 or (match.group(1) is not None and minutes >= 60):
        raise ValueError
    return hours * 3600 + minutes * 60 + seconds


def _parse_cell(column: Column, value, decimal: str):
    """Convert one non-empty cell; raise ValueError(message) when it does not fit."""
    kind = column.kind
    text = value if not isinstance(value, str) else value.strip()
    if kind == "text":   # a workbook's date as Excel shows it, never "2014-05-06 00:00:00"
        return _as_excel_shows(text) if isinstance(text, (date, time, timedelta)) else str(text)
    if kind in NUMERIC_KINDS:
        if isinstance(text, bool):   # Excel's TRUE (SANT), never read as 1
            raise ValueError(f"{'SANT' if text else 'FALSKT'} är ett sanningsvärde i Excel, "
                             "inte ett tal")
        if isinstance(text, (date, time, timedelta)):   # a figure under a date or time format
            raise ValueError(f"{_as_excel_shows(text)} är ett datum eller en tid i Excel, inte "
                             "ett tal; ge cellen ett talformat")
        try:
            exact = numbers.parse_number(text, decimal=decimal, exponent=True)
        except NumberError as error:
            raise ValueError(error.in_file()) from None
        number = float(exact)
        if not math.isfinite(number) or abs(number) > MAX_MAGNITUDE:
            raise ValueError(f'"{text}" ligger utanför det rimliga intervallet '
                             f"(|värde| ≤ 10^{round(math.log10(MAX_MAGNITUDE))})")
        if column.decimals is not None and isinstance(text, str) and \
                numbers.decimals_of(exact) > column.decimals:
            raise ValueError(_too_many_decimals(text, exact, column.decimals))
        if kind in ("int", "year") and exact != exact.to_integral_value():
            raise ValueError(f'"{text}" är inte ett heltal')
        if kind == "year" and not 1900 <= number <= 2200:
            raise ValueError(f'"{text}" är inte ett årtal')
        return int(exact) if kind in ("int", "year") else number
    if kind == "period":
        if hasattr(text, "strftime"):
            text = text.strftime("%Y-%m")
        return str(Period.parse(text))  # ValueError carries the reason
    if kind == "date":
        if hasattr(text, "date") and callable(text.date):
            return text.date()
        if isinstance(text, date):
            return text
        try:
            if not _DATE_RE.fullmatch(str(text)):   # never 20221101 or 2022-W44-2
                raise ValueError
            return date.fromisoformat(str(text))
        except ValueError:
            raise ValueError(f'"{text}" är inget datum (ÅÅÅÅ-MM-DD)') from None
    if kind == "duration":
        if isinstance(text, datetime):   # a day or more under h:mm:ss: Excel shows the rest
            raise ValueError(f"{text:%H:%M:%S} är en tidslängd över ett dygn som Excel visar "
                             "utan dygnen; ge cellen formatet [h]:mm:ss")
        if isinstance(text, (time, timedelta)):  # a time of day, or [h]:mm:ss: a timedelta
            return shown_seconds(text)   # as Excel shows it: 02:59,5 is 03:00
        try:
            return parse_duration(text)
        except ValueError:
            raise ValueError(f'"{text}" är ingen tidslängd (mm:ss eller h:mm:ss)') from None
    if kind == "bool":
        low = str(text).lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(f'"{text}" är varken ja eller nej')
    raise AssertionError(f"unknown column kind {kind}")


def _too_many_decimals(text: str, exact, most: int) -> str:
    """The message for a number written with more decimals than its unit has (kr: öre)."""
    count = numbers.decimals_of(exact)
    readings = (f"; kan läsas som {numbers.show_exact(exact)} eller "
                f"{numbers.show_exact(exact.scaleb(3))}" if count == 3 else "")
    return f'"{text}" har {count} decimaler, ett belopp i kronor högst {most} (öre){readings}'


def _as_excel_shows(value) -> str:
    """A workbook's date, time or duration as Excel writes it (never "2 days, 1:00:00")."""
    if isinstance(value, timedelta):
        seconds = shown_seconds(value)
        sign, seconds = ("\u2212", -seconds) if seconds < 0 else ("", seconds)
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    return value.isoformat(" ") if isinstance(value, datetime) else value.isoformat()


def _check_range(column: Column, value) -> None:
    if column.min is not None and value < column.min:
        raise ValueError(f"{_show(value)} är mindre än det minsta tillåtna, {_show(column.min)}")
    if column.max is not None and value > column.max:
        raise ValueError(f"{_show(value)} är större än det största tillåtna, {_show(column.max)}")
    if column.choices is not None and value not in column.choices:
        raise ValueError(f'"{value}" är inget av {", ".join(column.choices)}')


def _shorten(message: str, limit: int = 200) -> str:
    """A message cut to `limit` characters (a huge cell is quoted in part)."""
    return message if len(message) <= limit else f"{message[:limit // 2]}…{message[-limit // 2:]}"


def _show(value) -> str:
    """A parsed value in a message, never in exponent form ("1000000000", not "1e+09")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return f"{value:.15g}" if isinstance(value, float) else str(value)


def _is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---------------------------------------------------------------- a table from files

def read_table(table: Table, files: list[Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read and type-check `files` as `table`; return (frame, locations)."""
    known = {c.name for c in table.columns}
    records, where = [], []
    for path in files:
        shown = display_path(path)
        reader = read_xlsx_rows if path.suffix.lower() == ".xlsx" else read_csv_rows
        header, rows, default, at = reader(path, shown)
        for name in header:
            if name not in known:
                raise DataError(shown, f"okänd kolumn (kända: {', '.join(sorted(known))})",
                                line=at, column=name or "(tom)")
        if len(set(header)) != len(header):
            twice = next(n for n in header if header.count(n) > 1)
            raise DataError(shown, "kolumnen finns två gånger", line=at, column=twice)
        for column in table.columns:
            if column.required and column.name not in header:
                raise DataError(shown, "kolumnen saknas", line=at, column=column.name)
        if not rows:
            raise DataError(shown, "inga rader under rubrikraden")
        position = {name: i for i, name in enumerate(header)}
        numeric = [position[c.name] for c in table.columns
                   if c.kind in NUMERIC_KINDS and c.name in position]
        decimal = numbers.file_decimal_mark(default, (
            cells[i] for _, cells in rows for i in numeric if i < len(cells)))
        undecided, decimal = not decimal, decimal or ","   # a tab file: a comma unless shown
        for line, cells in rows:
            if len(cells) > len(header) and any(not _is_empty(c) for c in cells[len(header):]):
                raise DataError(shown, f"{len(cells)} celler men {len(header)} kolumner "
                                "(kontrollera avgränsare och citattecken)", line=line)
            record = {}
            for column in table.columns:
                i = position.get(column.name)
                value = cells[i] if i is not None and i < len(cells) else None
                if _is_empty(value):
                    if not column.nullable:
                        raise DataError(shown, "värde saknas", line=line, column=column.name)
                    record[column.name] = None
                    continue
                try:
                    if undecided and column.kind in NUMERIC_KINDS and \
                            numbers.tab_file_readings(value):
                        raise ValueError(numbers.tab_file_readings(value))
                    parsed = _parse_cell(column, value, decimal)
                    _check_range(column, parsed)
                except ValueError as exc:
                    raise DataError(shown, _shorten(str(exc)), line=line,
                                    column=column.name) from None
                record[column.name] = parsed
            records.append(record)
            where.append((shown, line))
    frame = pd.DataFrame.from_records(records, columns=[c.name for c in table.columns])
    for column in table.columns:
        if column.kind == "number":
            frame[column.name] = frame[column.name].astype("float64")
        elif column.kind in ("int", "year", "duration") and not frame[column.name].isna().any():
            frame[column.name] = frame[column.name].astype("int64")
        elif column.kind in ("int", "year", "duration"):
            frame[column.name] = frame[column.name].astype("Int64")
    locations = pd.DataFrame(where, columns=["file", "line"])
    return frame, locations


def require_ordered(frame: pd.DataFrame, locate, first: str, last: str) -> None:
    """Each row's `first` must not be after its `last` (a date range, a konto range)."""
    bad = frame[first] > frame[last]
    if bad.any():
        i = bad.idxmax()
        file, line = locate(i)
        raise DataError(file, f"{frame.at[i, first]} är senare än {last} {frame.at[i, last]}",
                        line, first)


def load_table(table: Table, data_dir: Path, dataset: Dataset) -> None:
    """Read one table into `dataset`, checking types, key, references and its validator."""
    files = table_files(data_dir, table.name)
    if not files:
        refuse_misnamed(data_dir, table.name)
        if not table.optional:
            raise DataError(display_path(data_dir / f"{table.name}.csv"), "filen saknas")
        frame = pd.DataFrame({c.name: pd.Series(dtype="object") for c in table.columns})
        locations = pd.DataFrame(columns=["file", "line"])
        _checked(table, frame, locations, dataset)
    else:
        shown = [display_path(path) for path in files]
        try:
            hashes = [hashlib.sha256(read_regular_bytes(path, name)).hexdigest()
                      for path, name in zip(files, shown)]
        except DataError:   # the reader names the problem, as it always has
            frame, locations = read_table(table, files)
            hashes = [hashlib.sha256(read_regular_bytes(path)).hexdigest() for path in files]
            _checked(table, frame, locations, dataset)
        else:
            key = (table, tuple(zip((p.suffix.lower() for p in files), hashes)),
                   _allowed_refs(table, dataset))
            frame, locations, was = _TABLES.get(
                key, lambda: (*_validated(table, files, dataset), shown))
            frame, locations = frame.copy(), _moved(locations, dict(zip(was, shown)))
        dataset.files.update(zip(shown, hashes))
    dataset.tables[table.name] = frame
    dataset.locations[table.name] = locations


# A table read and validated once per content: a data folder copied with one file changed
# (the tests; a controller's second run after an edit) reads only what changed. The key is
# the table (its schema and validator), its files' contents (hashes, kinds) and the values
# its references allow.
_TABLES = BoundedCache("validated tables", 256)


def _validated(table: Table, files: list[Path], dataset: Dataset):
    """`files` read as `table` and checked (`_checked`): (frame, where each row is)."""
    frame, locations = read_table(table, files)
    _checked(table, frame, locations, dataset)
    return frame, locations


def _checked(table: Table, frame: pd.DataFrame, locations: pd.DataFrame,
             dataset: Dataset) -> None:
    """A read table's key, references and whole-table validator."""
    check_key(table.key, frame, locations)
    check_refs(table.columns, frame, locations, dataset)
    if table.validate is not None and not frame.empty:
        where, lines = locations["file"].to_numpy(), locations["line"].to_numpy()
        table.validate(frame, lambda i: (where[i], int(lines[i])))  # rows are 0..n-1


def _allowed_refs(table: Table, dataset: Dataset) -> tuple:
    """The values each referencing column of `table` may take (part of its cache key)."""
    return tuple((column.name, tuple(sorted(map(str, set(
        dataset[column.ref.split(".")[0]][column.ref.split(".")[1]].dropna())))))
        for column in table.columns if column.ref)


def _moved(locations: pd.DataFrame, renamed: dict[str, str]) -> pd.DataFrame:
    """`locations` with each file named as this folder's (a copy)."""
    moved = locations.copy()
    if any(old != new for old, new in renamed.items()):
        moved["file"] = moved["file"].map(lambda name: renamed.get(name, name))
    return moved


_DATASETS = BoundedCache("validated data folders", 4)


def _content_key(data_dir: Path) -> tuple:
    """Every file under the data folder with its content hash: equal keys, equal data."""
    return (str(data_dir.resolve()), display_path(data_dir),
            tuple((str(p), _file_key(p)) for p in _data_files(data_dir)))


def data_key(data_dir, wanted, stamp=None) -> tuple:
    """The data folder's files whose path in it is `wanted`, with their content hashes (or
    `stamp(path)`): a different key, other data."""
    folder = Path(data_dir)
    files = _data_files(folder) if folder.is_dir() else []   # load_dataset says why not
    return tuple((str(p), (stamp or _file_key)(p)) for p in files
                 if wanted(p.relative_to(folder)))


def _data_files(data_dir: Path) -> list[Path]:
    """Every file under the data folder, and the files of a folder in it that is a link to
    another folder (data/huvudbok on a share; its own sub-folders are not read)."""
    found = {path for path in data_dir.rglob("*") if path.is_file()}
    for link in (p for p in data_dir.iterdir() if p.is_symlink() and p.is_dir()):
        found.update(p for p in link.iterdir() if p.is_file())
    return sorted(found)


def _file_key(path: Path) -> str:
    """A regular file's content hash (size and time for one too large to be read)."""
    info = path.stat()
    if info.st_size > MAX_FILE_BYTES:
        return f"{info.st_size}:{info.st_mtime_ns}"
    return hashlib.sha256(read_regular_bytes(path)).hexdigest()


def _copy(dataset: Dataset) -> Dataset:
    return Dataset(dataset.data_dir, {k: v.copy() for k, v in dataset.tables.items()},
                   dict(dataset.locations), dict(dataset.files))


def load_dataset(data_dir, tables, derive=()) -> Dataset:
    """Load and validate `tables` from `data_dir` (in order: referenced tables first), then
    run each `derive(dataset)` step (the ledger import).

    A process that loads the same unchanged folder again (the shared kernel runs one
    notebook after another) gets a copy of the validated tables instead of a re-read.
    """
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    if not data_dir.is_dir():
        raise DataError(display_path(data_dir), "datamappen är en fil, inte en mapp"
                        if data_dir.exists() else "datamappen finns inte")
    key = (_content_key(data_dir), tuple(t.name for t in tables),
           tuple(getattr(step, "__qualname__", repr(step)) for step in derive))
    return _copy(_DATASETS.get(key, lambda: _load(data_dir, tables, derive)))


def _load(data_dir: Path, tables, derive) -> Dataset:
    dataset = Dataset(data_dir=data_dir)
    for table in tables:
        load_table(table, data_dir, dataset)
    for step in derive:
        step(dataset)
    return dataset
