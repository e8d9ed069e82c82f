"""Ledger exports (huvudbok), read and mapped when the data is loaded: layouts, account
mapping, monthly outcomes, and the rule that the ledger's year-end utfall wins.

The financial system's exports lie in `data/huvudbok/` (one or more CSV files; no folder,
no ledger: everything works as without this module). Each file follows one of the layouts
described in `data/huvudbok_layouts.yaml` (a balance layout: period, konto, ansvar, belopp;
a transaction layout: datum, verifikation, konto, ansvar, projekt, belopp, text); the file
name names its layout, or else its header does. Columns the layout does not name are
ignored. `data/kontoplan.csv` maps konto ranges to the report's kontogrupper and
`data/ansvar.csv` maps ansvar codes to kostnadsställen; both are documented examples.

Sign convention: the ledger's belopp is in kr, debit positive and credit negative, so
income (credited) is negative and costs positive, as in the report. A kontogrupp of typ
kommunbidrag (a credit, income to the committee) is shown with its sign turned: positive.
Amounts are summed in öre (exact) and shown in tkr = kr / 1000.

A month's rows come from one file only: monthly exports, or one year-to-date export that
replaces the earlier ones. See docs/ARCHITECTURE.md, "How data flows".
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import DataError
from .loading import (
    Column,
    Table,
    check_regular,
    decode_text,
    parse_number,
    read_regular_bytes,
    require_ordered,
)
from .paths import display_path

FOLDER = "huvudbok"
LAYOUTS_FILE = "huvudbok_layouts.yaml"
ORE_PER_TKR = 100_000
FIELDS = ("period", "datum", "verifikation", "konto", "ansvar", "projekt", "belopp",
          "debet", "kredit", "text")
READ_FIELDS = ("period", "datum", "konto", "ansvar", "belopp", "debet", "kredit")
CHUNK_ROWS = 250_000
MAPPED, DRIFT, NETTO = "huvudbok", "reported_drift", "reported_netto"


# ---------------------------------------------------------------- mapping tables

def _validate_kontoplan(frame: pd.DataFrame, locate) -> None:
    """konto_fran ≤ konto_till, and no konto falls in two ranges."""
    require_ordered(frame, locate, "konto_fran", "konto_till")
    ordered = frame.sort_values("konto_fran")
    previous = None
    for i, row in ordered.iterrows():
        if previous is not None and row["konto_fran"] <= previous["konto_till"]:
            file, line = locate(i)
            _, other = locate(previous.name)
            raise DataError(file, f"{row['konto_fran']}–{row['konto_till']} overlaps "
                            f"{previous['konto_fran']}–{previous['konto_till']} on line {other}",
                            line, "konto_fran")
        previous = row


def _validate_profile(frame: pd.DataFrame, locate) -> None:
    """Each profile (year, kontogrupp) has the twelve months, summing to 100 ± 0,1 %."""
    keys = frame[["year", "kontogrupp"]].astype(str)
    for _, group in frame.groupby([keys["year"], keys["kontogrupp"]], sort=False):
        file, line = locate(group.index[0])
        months = set(group["month"])
        if months != set(range(1, 13)):
            missing = ", ".join(str(m) for m in sorted(set(range(1, 13)) - months))
            raise DataError(file, f"the profile lacks month {missing}", line, "month")
        total = float(group["andel_procent"].sum())
        if abs(total - 100) > 0.1:
            raise DataError(file, f"the profile's shares sum to {total:g} %, not 100",
                            line, "andel_procent")


TABLES = (
    Table("kontoplan",
          (Column("konto_fran", "int", min=0),
           Column("konto_till", "int", min=0),
           Column("kontogrupp", ref="kontogrupper.kontogrupp"),
           Column("benamning", nullable=True)),
          key=("konto_fran",), optional=True, validate=_validate_kontoplan),
    Table("ansvar",
          (Column("ansvar"),
           Column("kostnadsstalle", ref="kostnadsstallen.kostnadsstalle"),
           Column("benamning", nullable=True)),
          key=("ansvar",), optional=True),
    Table("budgetprofil",
          (Column("year", "year", nullable=True),
           Column("kontogrupp", nullable=True, ref="kontogrupper.kontogrupp"),
           Column("month", "int", min=1, max=12),
           Column("andel_procent", "number", min=0)),
          key=("year", "kontogrupp", "month"), optional=True, validate=_validate_profile),
)


# ---------------------------------------------------------------- layouts

@dataclass(frozen=True)
class Layout:
    """One export layout: suite field → the export's column heading."""

    name: str
    columns: dict
    optional: tuple = ()

    @property
    def kind(self) -> str:
        return "saldo" if "period" in self.columns else "transaktion"

    def required(self) -> list[str]:
        return [f for f in self.columns if f not in self.optional]


def load_layouts(data_dir: Path) -> list[Layout]:
    """Read `huvudbok_layouts.yaml`: each layout maps konto, ansvar, belopp (or debet and
    kredit) and exactly one of period (balance) or datum (transaction)."""
    import yaml

    path = Path(data_dir) / LAYOUTS_FILE
    shown = display_path(path)
    if not path.exists():
        raise DataError(shown, f"file not found (needed to read {display_path(Path(data_dir) / FOLDER)}/)")
    try:
        content = yaml.safe_load(decode_text(read_regular_bytes(path, shown), shown))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(shown, getattr(exc, "problem", None) or "invalid YAML",
                        line=mark.line + 1 if mark else None) from None
    layouts = (content or {}).get("layouts") if isinstance(content, dict) else None
    if not isinstance(layouts, dict) or not layouts:
        raise DataError(shown, "expected a mapping `layouts:` of layout names")
    result = []
    for name, spec in layouts.items():
        columns = spec.get("columns") if isinstance(spec, dict) else None
        if not isinstance(columns, dict):
            raise DataError(shown, f"layout {name}: expected `columns:` field: heading")
        unknown = [f for f in columns if f not in FIELDS]
        if unknown:
            raise DataError(shown, f"layout {name}: unknown field {unknown[0]} "
                            f"(known: {', '.join(FIELDS)})")
        has_amount = "belopp" in columns or {"debet", "kredit"} <= set(columns)
        if not has_amount or "konto" not in columns or "ansvar" not in columns or \
                ("period" in columns) == ("datum" in columns):
            raise DataError(shown, f"layout {name}: needs konto, ansvar, belopp (or debet and "
                            "kredit) and either period (balance) or datum (transaction)")
        optional = tuple(spec.get("optional") or ())
        if any(f in optional for f in ("period", "datum", "konto", "ansvar", "belopp")):
            raise DataError(shown, f"layout {name}: period, datum, konto, ansvar and belopp "
                            "cannot be optional")
        result.append(Layout(str(name), {k: str(v) for k, v in columns.items()}, optional))
    return result


def _norm(heading: str) -> str:
    return re.sub(r"\s+", " ", str(heading).replace("\ufeff", "")).strip().lower()


def choose_layout(file_name: str, header: list[str], layouts: list[Layout]) -> Layout | None:
    """The layout a file's name contains (the longest such name), else the first layout
    whose required headings are all in the header."""
    lowered = file_name.lower()
    named = [lay for lay in layouts if lay.name.lower() in lowered]
    if named:
        return max(named, key=lambda lay: len(lay.name))
    present = {_norm(h) for h in header}
    return next((lay for lay in layouts
                 if all(_norm(lay.columns[f]) in present for f in lay.required())), None)


# ---------------------------------------------------------------- reading one export

def ledger_files(data_dir: Path) -> list[Path]:
    """The exports in data/huvudbok/, in name order (hidden and Excel lock files skipped)."""
    folder = Path(data_dir) / FOLDER
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if not p.name.startswith((".", "~$"))
                   and not (p.is_dir() and not p.is_symlink()))
    for path in files:
        check_regular(path)  # a FIFO, device, link loop or oversized file is refused
        if path.suffix.lower() in (".xlsx", ".xls"):
            raise DataError(display_path(path), "ledger exports are read as CSV: save the "
                            "export as CSV (comma or semicolon)")
    return [p for p in files if p.suffix.lower() == ".csv"]


def scan_file(path: Path, shown: str) -> tuple[str, str]:
    """(encoding, sha256) in one streaming pass: utf-8 (with or without BOM) if the bytes
    decode, else cp1252 (else the suite's one-line DataError)."""
    import codecs

    digest, decoder, utf8 = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")(), True
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
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
    with open(path, encoding=encoding, newline="") as handle:
        for skipped, line in enumerate(handle):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            delimiter = ";" if line.count(";") > line.count(",") else ","
            if delimiter not in line:
                raise DataError(shown, "no comma or semicolon between the column names "
                                "(save the file as CSV with comma or semicolon)", line=skipped + 1)
            cells = next(csv.reader([line], delimiter=delimiter))
            return skipped, [c.strip() for c in cells], delimiter
    raise DataError(shown, "file is empty")


def _first_bad(shown: str, heading: str, values: pd.Series, bad: pd.Series, first_line: int,
               message: str) -> None:
    """Raise the one-line error for the first True in `bad` (line = index + first_line)."""
    if bad.any():
        i = bad.idxmax()
        text = str(values[i]).strip()
        if not text:  # (a cell of spaces is empty too)
            raise DataError(shown, "value is missing", line=int(i) + first_line, column=heading)
        raise DataError(shown, message.format(value=text), line=int(i) + first_line,
                        column=heading)


MAX_AMOUNT_KR = 1e12  # one ledger row; in öre well inside float's exact integers (2^53)
MAX_FILE_ORE = 2**62  # the sum of a file's |amounts| stays inside int64


def parse_amounts_ore(values: pd.Series, shown: str, heading: str, first_line: int,
                      empty_is_zero: bool = False) -> pd.Series:
    """Amounts in kr (decimal comma or point, "-" = 0, spaces as thousands) → whole öre;
    an unparseable amount or one with more than two decimals is a DataError."""
    numbers = pd.to_numeric(values.str.replace(",", ".", regex=False), errors="coerce")
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
                   '"{value}" is not an amount')
    outside = ~np.isfinite(numbers) | (numbers.abs() > MAX_AMOUNT_KR)
    _first_bad(shown, heading, values, outside, first_line,
               '"{value}" is outside the plausible range (|amount| ≤ 10^12 kr)')
    scaled = numbers.to_numpy(dtype="float64") * 100  # exact: 10^14 öre < 2^53
    ore = np.rint(scaled)
    _first_bad(shown, heading, values, pd.Series(np.abs(scaled - ore) > 1e-3 * np.maximum(
        1.0, np.abs(scaled) * 1e-12), index=values.index), first_line,
        '"{value}" has more than two decimals (öre)')
    return pd.Series(ore.astype("int64"), index=values.index)


_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")
_PERIOD_FORMATS = ("%Y-%m", "%Y%m", "%Y-%m-%d")


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
        expected = "a date (YYYY-MM-DD)" if kind == "datum" else "a period (YYYY-MM)"
        _first_bad(shown, heading, values, parsed.isna(), first_line,
                   f'"{{value}}" is not {expected}')
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
        raise DataError(shown, f"the header fits no layout of {LAYOUTS_FILE} ({needs})",
                        line=skipped + 1)
    position = {_norm(h): i for i, h in enumerate(header)}
    used = {}
    for field in READ_FIELDS:
        if field not in layout.columns:
            continue
        heading = layout.columns[field]
        if _norm(heading) not in position:
            raise DataError(shown, f"column is missing (layout {layout.name})",
                            line=skipped + 1, column=heading)
        used[field] = position[_norm(heading)]
    first_line = skipped + 2  # the editor's line of data row 0
    reader = pd.read_csv(path, sep=delimiter, encoding=encoding, skiprows=skipped, header=0,
                         usecols=sorted(used.values()), dtype=str, keep_default_na=False,
                         na_filter=False, skip_blank_lines=False, chunksize=CHUNK_ROWS,
                         engine="c", quotechar='"')
    parts = []
    try:
        for chunk in reader:
            chunk = _columns_by_position(chunk, used)
            blank = chunk["konto"] == ""
            if blank.any():  # an empty line is skipped; a row lacking only konto is not
                blank &= (chunk == "").all(axis=1)
                chunk = chunk[~blank]
            if chunk.empty:
                continue
            parts.append(_parse_chunk(chunk, layout, shown, first_line))
    except pd.errors.ParserError:
        raise DataError(shown, "the row does not fit the header (check the delimiter and "
                        "quoting)", line=_unbalanced_quote(path, encoding)) from None
    if not parts:
        raise DataError(shown, "no rows under the header")
    frame = pd.concat(parts, ignore_index=True)
    if float(np.abs(frame["ore"].to_numpy(dtype="float64")).sum()) >= MAX_FILE_ORE:
        raise DataError(shown, "the amounts sum beyond what can be added exactly "
                        "(check the belopp column)")
    return frame.groupby(["year", "month", "konto", "ansvar"], as_index=False, sort=True)["ore"].sum()


def _unbalanced_quote(path: Path, encoding: str) -> int | None:
    """The first line with an odd number of quote marks (where a quoted cell never ends)."""
    with open(path, encoding=encoding, newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if line.count('"') % 2:
                return number
    return None


def _columns_by_position(chunk: pd.DataFrame, used: dict) -> pd.DataFrame:
    """Name the chunk's columns by suite field (pandas keeps the file's column order)."""
    order = sorted(used.items(), key=lambda item: item[1])
    chunk = chunk.copy()
    chunk.columns = [field for field, _ in order]
    return chunk


def _parse_chunk(chunk: pd.DataFrame, layout: Layout, shown: str, first_line: int) -> pd.DataFrame:
    heading = layout.columns
    when = "period" if "period" in chunk else "datum"
    year, month = parse_months(chunk[when], when, shown, heading[when], first_line)
    konto = pd.to_numeric(chunk["konto"], errors="coerce")
    if konto.isna().any():
        konto = konto.copy()
        konto[konto.isna()] = pd.to_numeric(chunk["konto"][konto.isna()].str.strip(),
                                            errors="coerce")
    bad = konto.isna() | (konto < 0) | (konto != konto.round())
    _first_bad(shown, heading["konto"], chunk["konto"], bad, first_line,
               '"{value}" is not an account number')
    if "belopp" in chunk:
        ore = parse_amounts_ore(chunk["belopp"], shown, heading["belopp"], first_line)
    else:
        ore = (parse_amounts_ore(chunk["debet"], shown, heading["debet"], first_line, True)
               - parse_amounts_ore(chunk["kredit"], shown, heading["kredit"], first_line, True))
    frame = pd.DataFrame({"year": year, "month": month, "konto": konto.astype("int64"),
                          "ansvar": chunk["ansvar"], "ore": ore})
    summed = frame.groupby(["year", "month", "konto", "ansvar"], as_index=False,
                           sort=False)["ore"].sum()
    summed["ansvar"] = summed["ansvar"].str.strip()  # few rows now: "9100 " is 9100
    return summed


# ---------------------------------------------------------------- all exports

_CACHE: dict = {}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_ledger(data_dir: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """Every export of data/huvudbok/ summed per file, year, month, konto and ansvar
    (columns fil, year, month, konto, ansvar, ore), and each file's sha256. A month found
    in two files is a DataError. Files already read in this process are not read again."""
    files = ledger_files(data_dir)
    hashes: dict[str, str] = {}
    if not files:
        return _empty_ledger(), hashes
    layouts_path = Path(data_dir) / LAYOUTS_FILE
    layouts = load_layouts(data_dir)
    hashes[display_path(layouts_path)] = _sha256(layouts_path)
    parts, seen = [], {}
    for path in files:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, repr(layouts))
        shown = display_path(path)
        if key not in _CACHE:
            found: dict = {}
            _CACHE[key] = (read_export(path, layouts, found), found[shown])
        frame, sha = _CACHE[key]
        hashes[shown] = sha
        for year, month in frame[["year", "month"]].drop_duplicates().itertuples(index=False):
            if (year, month) in seen:
                raise DataError(shown, f"month {year}-{month:02d} is also in {seen[(year, month)]}: "
                                "keep one export per month, or one year-to-date export "
                                "(remove the older)")
            seen[(year, month)] = shown
        parts.append(frame.assign(fil=shown))
    return pd.concat(parts, ignore_index=True), hashes


def _empty_ledger() -> pd.DataFrame:
    return pd.DataFrame({"year": pd.Series(dtype="int64"), "month": pd.Series(dtype="int64"),
                         "konto": pd.Series(dtype="int64"), "ansvar": pd.Series(dtype="object"),
                         "ore": pd.Series(dtype="int64"), "fil": pd.Series(dtype="object")})


def map_accounts(balances: pd.DataFrame, kontoplan: pd.DataFrame, ansvar: pd.DataFrame,
                 kontogrupper: pd.DataFrame) -> pd.DataFrame:
    """Add kontogrupp (the range konto_fran ≤ konto ≤ konto_till; empty when no range
    holds it), typ, kostnadsstalle (by ansvar; empty when unmapped) and belopp in tkr
    with the report's sign (−ledger for kommunbidrag, else as booked)."""
    result = balances.copy()
    plan = kontoplan.sort_values("konto_fran")
    starts = plan["konto_fran"].to_numpy(dtype="int64")
    ends = plan["konto_till"].to_numpy(dtype="int64")
    groups = plan["kontogrupp"].to_numpy(dtype="object")
    konto = result["konto"].to_numpy(dtype="int64")
    names = np.full(len(konto), None, dtype=object)
    if len(starts):  # the last range starting at or below each konto, if it reaches it
        at = np.clip(np.searchsorted(starts, konto, side="right") - 1, 0, None)
        inside = (konto >= starts[at]) & (konto <= ends[at])
        names[inside] = groups[at[inside]]
    result["kontogrupp"] = pd.Series(names, index=result.index, dtype="object")
    kind = dict(zip(kontogrupper["kontogrupp"], kontogrupper["typ"]))
    result["typ"] = result["kontogrupp"].map(kind)
    result["kostnadsstalle"] = result["ansvar"].map(dict(zip(ansvar["ansvar"],
                                                             ansvar["kostnadsstalle"])))
    sign = np.where(result["typ"] == "kommunbidrag", -1, 1)
    result["belopp"] = result["ore"].to_numpy(dtype="int64") * sign / ORE_PER_TKR
    return result


# ---------------------------------------------------------------- monthly outcomes

def monthly_outcomes(mapped: pd.DataFrame, by: str = "kontogrupp") -> pd.DataFrame:
    """Outcome per year, month and `by` (kontogrupp or kostnadsstalle) in tkr, mapped rows
    only; per kostnadsställe it is the net cost: income and cost accounts only."""
    rows = mapped[mapped[by].notna() & mapped["kontogrupp"].notna()]
    if by == "kostnadsstalle":
        rows = rows[rows["typ"].isin(["intakt", "kostnad"])]
    signed = rows.assign(ore=rows["ore"] * np.where(rows["typ"] == "kommunbidrag", -1, 1))
    summed = signed.groupby(["year", "month", by], as_index=False)["ore"].sum()
    summed["belopp"] = summed["ore"] / ORE_PER_TKR
    return summed[["year", "month", by, "belopp"]].reset_index(drop=True)


def year_end_outcomes(monthly: pd.DataFrame, by: str) -> pd.DataFrame:
    """The full-year utfall of each year whose December the ledger has, as driftredovisning
    rows (year, period YYYY-12, measure utfall, `by`, belopp)."""
    closed = monthly.groupby("year")["month"].max()
    years = closed[closed == 12].index
    rows = monthly[monthly["year"].isin(years)].groupby(["year", by], as_index=False)["belopp"].sum()
    rows.insert(1, "period", rows["year"].map(lambda y: f"{y}-12"))
    rows.insert(2, "measure", "utfall")
    return rows


def with_ledger(typed: pd.DataFrame, ledger_rows: pd.DataFrame, covered, by: str) -> pd.DataFrame:
    """Typed amounts with the ledger's year-end utfall in place of the typed one for every
    `by` the mapping covers (a covered row without postings is 0)."""
    if ledger_rows.empty:
        return typed
    years = sorted(ledger_rows["year"].unique())
    full = pd.MultiIndex.from_product([years, sorted(covered)], names=["year", by])
    amounts = ledger_rows.set_index(["year", by])["belopp"].reindex(full).fillna(0.0).reset_index()
    amounts.insert(1, "period", amounts["year"].map(lambda y: f"{y}-12"))
    amounts.insert(2, "measure", "utfall")
    replaced = (typed["measure"] == "utfall") & typed["year"].isin(years) & \
        (typed["period"] == typed["year"].map(lambda y: f"{y}-12")) & typed[by].isin(covered)
    result = pd.concat([typed[~replaced], amounts[typed.columns]], ignore_index=True)
    result["year"] = result["year"].astype(typed["year"].dtype)
    return result


# ---------------------------------------------------------------- at load time

def attach_ledger(dataset) -> None:
    """Read and map data/huvudbok/ into `dataset` (table "huvudbok", empty without a
    ledger), with driftredovisning and kostnadsstalle_netto as reported: the ledger's
    year-end utfall in place of the typed one where the mapping covers it."""
    balances, hashes = read_ledger(dataset.data_dir)
    if not balances.empty:
        for table in ("kontoplan", "ansvar"):
            if dataset[table].empty:
                raise DataError(display_path(Path(dataset.data_dir) / f"{table}.csv"),
                                f"file not found (needed to map {display_path(Path(dataset.data_dir) / FOLDER)}/)")
    mapped = map_accounts(balances, dataset["kontoplan"], dataset["ansvar"],
                          dataset["kontogrupper"])
    dataset.files.update(hashes)
    dataset.tables[MAPPED] = mapped
    if mapped.empty:
        return
    dataset.tables[DRIFT] = with_ledger(
        dataset["driftredovisning"], year_end_outcomes(monthly_outcomes(mapped), "kontogrupp"),
        set(dataset["kontoplan"]["kontogrupp"]), "kontogrupp")
    dataset.tables[NETTO] = with_ledger(
        dataset["kostnadsstalle_netto"],
        year_end_outcomes(monthly_outcomes(mapped, "kostnadsstalle"), "kostnadsstalle"),
        set(dataset["ansvar"]["kostnadsstalle"]), "kostnadsstalle")
