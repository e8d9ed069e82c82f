"""Ledger exports (huvudbok) into monthly outcomes: layouts, account mapping, year to date.

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
replaces the earlier ones. Utfall year to date for a period P is the sum of months 1..P.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import budget
from .errors import DataError
from .formatting import fmt_number, is_missing
from .io import Column, Table, decode_text, parse_number, require_ordered
from .paths import DATA_DIR, display_path
from .periods import MONTHS_SV, Period
from .report import FAIL, PASS, WARN, Check, KeyFigure, compare

AREA = "Huvudbok"
OPTIONAL = True  # most periods have no ledger export: not shown as "uppgifter saknas"
FOLDER = "huvudbok"
LAYOUTS_FILE = "huvudbok_layouts.yaml"
SYNTHETIC = "SYNTETISK"
ORE_PER_TKR = 100_000
FIELDS = ("period", "datum", "verifikation", "konto", "ansvar", "projekt", "belopp",
          "debet", "kredit", "text")
READ_FIELDS = ("period", "datum", "konto", "ansvar", "belopp", "debet", "kredit")
CHUNK_ROWS = 250_000


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
          (Column("konto_fran", "int", min=0, doc="first konto of the range"),
           Column("konto_till", "int", min=0, doc="last konto of the range (inclusive)"),
           Column("kontogrupp", ref="kontogrupper.kontogrupp",
                  doc="row of the operating statement the range belongs to"),
           Column("benamning", nullable=True, doc="what the range holds (Kommun-Bas)")),
          key=("konto_fran",), optional=True, validate=_validate_kontoplan,
          doc="EXAMPLE mapping of ledger konto ranges to kontogrupper (Kommun-Bas classes)."),
    Table("ansvar",
          (Column("ansvar", doc="ansvar code as the ledger writes it (text: 0910 ≠ 910)"),
           Column("kostnadsstalle", ref="kostnadsstallen.kostnadsstalle"),
           Column("benamning", nullable=True, doc="the ansvar's name in the ledger")),
          key=("ansvar",), optional=True,
          doc="EXAMPLE mapping of the ledger's ansvar codes to the report's kostnadsställen."),
    Table("budgetprofil",
          (Column("year", "year", nullable=True, doc="empty = every year without its own"),
           Column("kontogrupp", nullable=True, ref="kontogrupper.kontogrupp",
                  doc="empty = every kontogrupp without its own (and the kostnadsställen)"),
           Column("month", "int", min=1, max=12),
           Column("andel_procent", "number", min=0, doc="share of the year's budget (%)")),
          key=("year", "kontogrupp", "month"), optional=True, validate=_validate_profile,
          doc="Monthly budget profile; without one the budget is spread evenly."),
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
        content = yaml.safe_load(decode_text(path.read_bytes(), shown))
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
    files = sorted(p for p in folder.iterdir() if p.is_file()
                   and not p.name.startswith((".", "~$")))
    for path in files:
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
        decode_text(path.read_bytes(), shown)  # raises when cp1252 does not fit either
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
    scaled = numbers.to_numpy(dtype="float64") * 100
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


def ledger_for(dataset) -> pd.DataFrame:
    """The dataset's ledger, mapped (see `map_accounts`); read once and kept in the dataset,
    its files' hashes added to the dataset's inputs. Empty when there is no ledger."""
    if "huvudbok" in dataset.tables:
        return dataset.tables["huvudbok"]
    balances, hashes = read_ledger(dataset.data_dir)
    if not balances.empty:
        for table in ("kontoplan", "ansvar"):
            if dataset[table].empty:
                raise DataError(display_path(Path(dataset.data_dir) / f"{table}.csv"),
                                f"file not found (needed to map {display_path(Path(dataset.data_dir) / FOLDER)}/)")
    mapped = map_accounts(balances, dataset["kontoplan"], dataset["ansvar"],
                          dataset["kontogrupper"])
    dataset.files.update(hashes)
    dataset.tables["huvudbok"] = mapped
    return mapped


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


def months_with_rows(mapped: pd.DataFrame, year: int) -> list[int]:
    """The months of `year` the ledger has rows for."""
    return sorted(int(m) for m in mapped.loc[mapped["year"] == year, "month"].unique())


def year_to_date(monthly: pd.DataFrame, period: Period, by: str = "kontogrupp") -> pd.Series:
    """Utfall year to date for period P: the sum of months 1..P of P's year, per `by`."""
    rows = monthly[(monthly["year"] == period.year) & (monthly["month"] <= period.month)]
    return rows.groupby(by)["belopp"].sum()


def cumulative_by_month(monthly: pd.DataFrame, year: int, through: int,
                        by: str = "kontogrupp") -> pd.DataFrame:
    """Year-to-date utfall at the end of each month 1..`through` (rows) per `by` (columns)."""
    rows = monthly[(monthly["year"] == year) & (monthly["month"] <= through)]
    table = rows.pivot_table(index="month", columns=by, values="belopp", aggfunc="sum")
    return table.reindex(range(1, through + 1)).fillna(0.0).cumsum()


# ---------------------------------------------------------------- the budget by month

def profile_shares(profile: pd.DataFrame, year: int, kontogrupp: str | None) -> pd.Series:
    """Share of the year's budget per month 1..12: the most specific profile of
    budgetprofil (year and kontogrupp, year, kontogrupp, neither) or 1/12 each."""
    candidates = [(year, kontogrupp), (year, None), (None, kontogrupp), (None, None)]
    for want_year, want_group in candidates:
        mask = profile["year"].isna() if want_year is None else profile["year"] == want_year
        mask &= profile["kontogrupp"].isna() if want_group is None else \
            profile["kontogrupp"] == want_group
        rows = profile[mask]
        if not rows.empty:
            shares = rows.set_index("month")["andel_procent"].astype(float)
            return (shares / shares.sum()).reindex(range(1, 13)).fillna(0.0)
    return pd.Series(1 / 12, index=range(1, 13))


def periodised_budget(items: pd.Series, profile: pd.DataFrame, period: Period,
                      by_group: bool = True) -> pd.Series:
    """Budget for months 1..P: the year's budget × the profile's share of those months
    (even spread: budget × P / 12)."""
    result = {}
    for key, amount in items.items():
        shares = profile_shares(profile, period.year, key if by_group else None)
        result[key] = float(amount) * float(shares.loc[1:period.month].sum())
    return pd.Series(result, dtype="float64").reindex(items.index)


# ---------------------------------------------------------------- report tables

def month_short(month: int) -> str:
    """Three-letter Swedish month: jan, feb, …, maj, …, dec."""
    return MONTHS_SV[month - 1][:3]


def span_short(period: Period) -> str:
    """"jan–feb 2024" (or "jan 2024")."""
    if period.month == 1:
        return f"jan {period.year}"
    return f"jan–{month_short(period.month)} {period.year}"


def ytd_columns(period: Period) -> list[str]:
    """Labels of the year-to-date table's columns."""
    span = span_short(period)
    return [f"Budget {period.year}", f"Budget {span}", f"Utfall {span}", "Avvikelse"]


def ytd_statement(monthly: pd.DataFrame, drift: pd.DataFrame, kontogrupper: pd.DataFrame,
                  kontoplan: pd.DataFrame, profile: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Utfall year to date beside the budget for the same months, rows as the
    resultaträkning down to nettokostnad (to resultat when the mapping holds kommunbidrag);
    avvikelse = periodised budget − utfall (resultat and kommunbidrag: utfall − budget)."""
    layout = budget.statement_layout(kontogrupper)
    full = budget.budget_amounts(drift, "kontogrupp", period.year)
    covered = set(kontoplan["kontogrupp"])
    items = layout.index[~layout["total"]]
    shares = periodised_budget(full.reindex(items).dropna(), profile, period)
    ytd = year_to_date(monthly, period)
    outcome = pd.Series({k: float(ytd.get(k, 0.0)) if k in covered else float("nan")
                         for k in items}, dtype="float64")
    labels = ytd_columns(period)
    table = pd.DataFrame({labels[0]: budget.with_totals(full, layout),
                          labels[1]: budget.with_totals(shares, layout),
                          labels[2]: budget.with_totals(outcome, layout)})
    table[labels[3]] = budget.avvikelse(table[labels[1]], table[labels[2]], layout["klass"])
    kb = layout.index[layout["klass"] == "kommunbidrag"]
    if not any(k in covered for k in kb):
        table = table.drop(index=[*kb, budget.RESULTAT])
    return table


def centre_ytd(monthly_centres: pd.DataFrame, netto: pd.DataFrame,
               kostnadsstallen: pd.DataFrame, profile: pd.DataFrame, period: Period,
               total_label: str) -> pd.DataFrame:
    """Net cost year to date per kostnadsställe beside its periodised budget, with a sum row."""
    order = kostnadsstallen.sort_values("ordning")["kostnadsstalle"].tolist()
    full = budget.budget_amounts(netto, "kostnadsstalle", period.year).reindex(order)
    shares = periodised_budget(full.fillna(0.0), profile, period, by_group=False)
    outcome = year_to_date(monthly_centres, period, "kostnadsstalle").reindex(order).fillna(0.0)
    labels = ytd_columns(period)
    table = pd.DataFrame({labels[0]: full, labels[1]: shares.where(full.notna()),
                          labels[2]: outcome})
    table.loc[total_label] = table.sum(min_count=1)
    table[labels[3]] = table[labels[1]] - table[labels[2]]
    return table


def cumulative_vs_budget(monthly: pd.DataFrame, drift: pd.DataFrame,
                         kontogrupper: pd.DataFrame, profile: pd.DataFrame,
                         period: Period) -> pd.DataFrame:
    """Nettokostnad month by month, cumulative: the periodised budget for all twelve months
    and the utfall up to P (empty after P), indexed by short month name."""
    groups = kontogrupper[kontogrupper["typ"].isin(["intakt", "kostnad"])]["kontogrupp"]
    full = budget.budget_amounts(drift, "kontogrupp", period.year).reindex(groups).fillna(0.0)
    months = range(1, 13)
    planned = pd.Series(0.0, index=months)
    for group, amount in full.items():
        planned += profile_shares(profile, period.year, group) * float(amount)
    rows = monthly[monthly["kontogrupp"].isin(groups)]
    outcome = cumulative_by_month(rows, period.year, period.month).sum(axis=1) \
        if not rows.empty else pd.Series(0.0, index=range(1, period.month + 1))
    frame = pd.DataFrame({f"Budget {period.year} (periodiserad)": planned.cumsum(),
                          f"Utfall {period.year}": outcome.reindex(months)})
    frame.index = [month_short(m) for m in months]
    return frame


# ---------------------------------------------------------------- the ledger wins

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


def drift_for(dataset) -> pd.DataFrame:
    """driftredovisning where the ledger wins: a year whose December the ledger has takes
    its utfall per kontogrupp from the ledger (the kontogrupper the mapping covers)."""
    mapped = ledger_for(dataset)
    if mapped.empty:
        return dataset["driftredovisning"]
    if "huvudbok_drift" not in dataset.tables:
        rows = year_end_outcomes(monthly_outcomes(mapped), "kontogrupp")
        dataset.tables["huvudbok_drift"] = with_ledger(
            dataset["driftredovisning"], rows, set(dataset["kontoplan"]["kontogrupp"]),
            "kontogrupp")
    return dataset.tables["huvudbok_drift"]


def netto_for(dataset) -> pd.DataFrame:
    """kostnadsstalle_netto where the ledger wins (the kostnadsställen ansvar.csv maps)."""
    mapped = ledger_for(dataset)
    if mapped.empty:
        return dataset["kostnadsstalle_netto"]
    if "huvudbok_netto" not in dataset.tables:
        rows = year_end_outcomes(monthly_outcomes(mapped, "kostnadsstalle"), "kostnadsstalle")
        dataset.tables["huvudbok_netto"] = with_ledger(
            dataset["kostnadsstalle_netto"], rows, set(dataset["ansvar"]["kostnadsstalle"]),
            "kostnadsstalle")
    return dataset.tables["huvudbok_netto"]


def typed_vs_ledger(typed: pd.DataFrame, monthly: pd.DataFrame, covered, by: str,
                    upto: Period) -> pd.DataFrame:
    """Each typed utfall (year, period ≤ upto, `by` covered) whose month the ledger has,
    beside the ledger's utfall year to date: columns year, period, `by`, typed, ledger."""
    rows = typed[(typed["measure"] == "utfall") & typed[by].isin(covered)
                 & typed["period"].notna() & typed["belopp"].notna()]
    have = set(map(tuple, monthly[["year", "month"]].drop_duplicates().to_numpy().tolist()))
    result = []
    for _, row in rows.iterrows():
        period = Period.parse(row["period"])
        if period > upto or (period.year, period.month) not in have:
            continue
        ledger = year_to_date(monthly, period, by).get(row[by], 0.0)
        result.append((period.year, str(period), row[by], float(row["belopp"]), float(ledger)))
    return pd.DataFrame(result, columns=["year", "period", by, "typed", "ledger"])


def unmapped(mapped: pd.DataFrame, period: Period, by: str) -> pd.DataFrame:
    """Konto (by="konto") or ansvar (by="ansvar") no mapping rule covers, with their total
    (tkr, as booked) over months 1..P of P's year and the files they are in."""
    column = "kontogrupp" if by == "konto" else "kostnadsstalle"
    rows = mapped[(mapped["year"] == period.year) & (mapped["month"] <= period.month)
                  & mapped[column].isna()]
    if by == "ansvar":
        rows = rows[rows["typ"].isin(["intakt", "kostnad"])]
    grouped = rows.groupby(by)
    return pd.DataFrame({"belopp": grouped["ore"].sum() / ORE_PER_TKR,
                         "filer": grouped["fil"].agg(lambda f: ", ".join(sorted(set(f))))}
                        ).reset_index()


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """True when the ledger has rows for the period's month."""
    mapped = ledger_for(dataset)
    return bool(((mapped["year"] == period.year) & (mapped["month"] == period.month)).any())


def validate_period(dataset, period: Period) -> None:
    """Read the ledger (a bad export is a DataError before any notebook runs)."""
    ledger_for(dataset)


def ytd_for(ctx) -> pd.DataFrame:
    """The year-to-date table of the context's period."""
    ds = ctx.dataset
    return ytd_statement(monthly_outcomes(ledger_for(ds)), budget.drift_for(ds),
                         ds["kontogrupper"], ds["kontoplan"], ds["budgetprofil"], ctx.period)


def centres_ytd_for(ctx) -> pd.DataFrame:
    """The year-to-date table per kostnadsställe of the context's period."""
    from .params import text

    ds = ctx.dataset
    return centre_ytd(monthly_outcomes(ledger_for(ds), "kostnadsstalle"), budget.netto_for(ds),
                      ds["kostnadsstallen"], ds["budgetprofil"], ctx.period,
                      text(ctx.params, "namnd_kort", default="Summa"))


def cumulative_for(ctx) -> pd.DataFrame:
    """Cumulative nettokostnad vs periodised budget of the context's year."""
    ds = ctx.dataset
    return cumulative_vs_budget(monthly_outcomes(ledger_for(ds)), budget.drift_for(ds),
                                ds["kontogrupper"], ds["budgetprofil"], ctx.period)


def ytd_sentence(ctx) -> str:
    """Nettokostnad year to date against the periodised budget, in one Swedish sentence."""
    table = ytd_for(ctx)
    labels = ytd_columns(ctx.period)
    planned = table.loc[budget.NETTOKOSTNAD, labels[1]]
    actual = table.loc[budget.NETTOKOSTNAD, labels[2]]
    if is_missing(actual):
        return ""
    difference = planned - actual
    if abs(difference) <= ctx.tolerance:
        compared = "i nivå med"
    else:
        compared = f"{fmt_number(abs(difference))} tkr {'lägre' if difference > 0 else 'högre'} än"
    return (f"Enligt huvudboken är nettokostnaden {ctx.period.span_sv()} {ctx.period.year} "
            f"{fmt_number(actual)} tkr, {compared} den periodiserade budgeten "
            f"({fmt_number(planned)} tkr).")


def _reconciliation_sentence(ctx) -> str:
    """At year end: does the ledger's utfall agree with the typed utfall?"""
    year = ctx.period.year
    compared = [c for c in checks(ctx) if c.description.startswith(f"Utfall {ctx.period}")]
    if not compared:
        return f"Utfallet för {year} kommer från huvudboken."
    differing = sum(1 for c in compared if c.status == FAIL)
    if not differing:
        return f"Huvudbokens utfall för {year} stämmer med det inmatade utfallet."
    return (f"Huvudbokens utfall för {year} avviker från det inmatade utfallet på {differing} "
            f"{'rad' if differing == 1 else 'rader'}; rapporten visar huvudbokens belopp "
            "(se kontrollerna).")


def unmapped_sentence(ctx) -> str:
    """How many accounts the mapping leaves out (they are on the checks page)."""
    count = len(unmapped(ledger_for(ctx.dataset), ctx.period, "konto"))
    if not count:
        return ""
    return (f"{count} {'konto' if count == 1 else 'konton'} i huvudboken saknar kontogrupp och "
            "ingår inte i utfallet (se kontrollerna).")


def page_sentences(ctx) -> list[str]:
    """The sentences of notebook 01's year-to-date section."""
    return [line for line in (ytd_sentence(ctx), unmapped_sentence(ctx)) if line]


def summary(ctx) -> list[str]:
    """Nettokostnad year to date against the periodised budget (at year end: whether the
    ledger agrees with the typed utfall), and unmapped accounts."""
    first = _reconciliation_sentence(ctx) if ctx.period.is_year_end else ytd_sentence(ctx)
    return [line for line in (first, unmapped_sentence(ctx)) if line]


def key_figures(ctx) -> list[KeyFigure]:
    """Nettokostnad year to date and its avvikelse against the periodised budget (none at
    year end: the year's utfall is the operating statement's)."""
    if ctx.period.is_year_end:
        return []
    table = ytd_for(ctx)
    labels = ytd_columns(ctx.period)
    span = span_short(ctx.period)
    return [KeyFigure(f"Nettokostnad, utfall {span}", table.loc[budget.NETTOKOSTNAD, labels[2]],
                      "tkr"),
            KeyFigure(f"Avvikelse mot periodiserad budget {span}",
                      table.loc[budget.NETTOKOSTNAD, labels[3]], "tkr")]


def checks(ctx) -> list[Check]:
    """Unmapped konto and ansvar (with their totals), months without postings, and typed
    utfall vs the ledger's (a difference beyond tolerance fails: the ledger is shown)."""
    ds, period, tol = ctx.dataset, ctx.period, ctx.tolerance
    mapped = ledger_for(ds)
    if mapped.empty:
        return []
    rule = (ctx.params.get("huvudbok") or {}).get("omappat_status", FAIL)
    status = WARN if rule == WARN else FAIL
    result = []
    for by, what, fix in (("konto", "Konto {} saknar kontogrupp", "kontoplan.csv"),
                          ("ansvar", "Ansvar {} saknar kostnadsställe", "ansvar.csv")):
        for _, row in unmapped(mapped, period, by).iterrows():
            name = row[by] if str(row[by]) else "(tomt)"
            result.append(Check(AREA, f"{what.format(name)} ({span_short(period)})", 0.0,
                                float(row["belopp"]), 0.0, status,
                                f"ingår inte i utfallet; lägg till en rad i {fix} "
                                f"({row['filer']})"))
    months = months_with_rows(mapped, period.year)
    if any(m <= period.month for m in months):
        gaps = [m for m in range(1, period.month + 1) if m not in months]
        result.append(Check(AREA, f"Huvudboken har bokningar för varje månad {span_short(period)}",
                            period.month, period.month - len(gaps), 0.0,
                            WARN if gaps else PASS,
                            f"saknas: {', '.join(month_short(m) for m in gaps)}" if gaps else ""))
    for typed, by, covered in ((ds["driftredovisning"], "kontogrupp",
                                set(ds["kontoplan"]["kontogrupp"])),
                               (ds["kostnadsstalle_netto"], "kostnadsstalle",
                                set(ds["ansvar"]["kostnadsstalle"]))):
        pairs = typed_vs_ledger(typed, monthly_outcomes(mapped, by), covered, by, period)
        for _, row in pairs.iterrows():
            result.append(compare(AREA, f"Utfall {row['period']} {row[by]}: inmatat mot "
                                  "huvudboken", row["typed"], row["ledger"], tol,
                                  note="rapporten visar huvudbokens belopp"))
    return result


# ---------------------------------------------------------------- synthetic ledger

def _split_exact(totals: np.ndarray, groups: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Split each integer total over its rows in proportion to `weights`, in whole units,
    so that every group sums exactly to its total (largest remainder)."""
    totals = np.asarray(totals, dtype="int64")
    magnitude = np.abs(totals)
    weight_sums = np.bincount(groups, weights=weights, minlength=len(totals))
    raw = magnitude[groups] * weights / weight_sums[groups]
    base = np.floor(raw).astype("int64")
    short = magnitude - np.bincount(groups, weights=base, minlength=len(totals)).astype("int64")
    order = np.lexsort((-(raw - base), groups))
    starts = np.searchsorted(groups[order], np.arange(len(totals)))
    rank = np.arange(len(groups)) - starts[groups[order]]
    extra = np.zeros(len(groups), dtype="int64")
    extra[order] = (rank < short[groups[order]]).astype("int64")
    return (base + extra) * np.sign(totals)[groups]


def synthetic_targets(dataset, year: int) -> tuple[pd.Series, pd.Series]:
    """What a synthetic ledger reproduces (tkr): the year's utfall per mapped kontogrupp
    (its budget when there is no utfall), and per mapped kostnadsställe the typed net cost,
    its difference to the line items' net spread evenly so the two add up."""
    drift, netto = dataset["driftredovisning"], dataset["kostnadsstalle_netto"]
    groups = budget.outcome_amounts(drift, "kontogrupp", year)
    if groups.empty:
        groups = budget.budget_amounts(drift, "kontogrupp", year)
    groups = groups[groups.index.isin(set(dataset["kontoplan"]["kontogrupp"]))].fillna(0.0)
    kinds = dict(zip(dataset["kontogrupper"]["kontogrupp"], dataset["kontogrupper"]["typ"]))
    net = float(sum(v for k, v in groups.items() if kinds[k] != "kommunbidrag"))
    centres = budget.outcome_amounts(netto, "kostnadsstalle", year)
    if centres.empty:
        centres = budget.budget_amounts(netto, "kostnadsstalle", year)
    centres = centres[centres.index.isin(set(dataset["ansvar"]["kostnadsstalle"]))].fillna(0.0)
    active = centres[centres != 0].index if (centres != 0).any() else centres.index
    centres = centres.copy()
    centres[active] += (net - centres.sum()) / len(active)
    return groups.astype(float), centres.astype(float)


def synthetic_ledger(dataset, year: int = 2023, rows: int = 10_000, through_month: int = 12,
                     seed: int = 0) -> pd.DataFrame:
    """A SYNTHETIC transaction ledger (about `rows` rows, months 1..through_month) whose
    full-year totals per kontogrupp equal `synthetic_targets` exactly (to the öre) and per
    kostnadsställe to within a few kr; columns datum, konto, ansvar, ore, kontogrupp."""
    rng = np.random.default_rng(seed)
    groups, centres = synthetic_targets(dataset, year)
    kinds = dict(zip(dataset["kontogrupper"]["kontogrupp"], dataset["kontogrupper"]["typ"]))
    plan = dataset["kontoplan"]
    codes = dataset["ansvar"].groupby("kostnadsstalle")["ansvar"].first()
    shares = centres / centres.sum() if centres.sum() else pd.Series(1 / len(centres), centres.index)
    cells = []  # (kontogrupp, kostnadsställe, öre in the ledger's sign)
    for group, amount in groups.items():
        total = int(round(amount * ORE_PER_TKR)) * (-1 if kinds[group] == "kommunbidrag" else 1)
        parts = np.rint(total * shares.to_numpy()).astype("int64")
        parts[int(np.argmax(np.abs(shares.to_numpy())))] += total - int(parts.sum())
        if kinds[group] == "kommunbidrag":
            parts = np.zeros_like(parts)
            parts[0] = total
        cells += [(group, c, int(p)) for c, p in zip(shares.index, parts) if p]
    weights = rng.uniform(0.7, 1.3, size=(len(cells), 12))
    weights[:, 11] *= 1.4  # year-end postings
    cell_ids = np.repeat(np.arange(len(cells)), 12)
    monthly = _split_exact(np.array([c[2] for c in cells]), cell_ids, weights.ravel())
    month_of = np.tile(np.arange(1, 13), len(cells))
    keep = (month_of <= through_month) & (monthly != 0)
    monthly, month_of, cell_of = monthly[keep], month_of[keep], cell_ids[keep]
    magnitude = np.abs(monthly).astype("float64")
    counts = np.maximum(1, np.floor(rows * magnitude / magnitude.sum()).astype("int64"))
    counts[int(np.argmax(counts))] += max(0, rows - int(counts.sum()))
    line_group = np.repeat(np.arange(len(monthly)), counts)
    ore = _split_exact(monthly, line_group, rng.exponential(1.0, size=len(line_group)) + 0.05)
    month = month_of[line_group]
    days = np.array([calendar.monthrange(year, m)[1] for m in range(1, 13)])[month - 1]
    day = (rng.random(len(line_group)) * days).astype("int64") + 1
    datum = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": day}))
    group_of = np.array([cells[i][0] for i in range(len(cells))], dtype=object)[cell_of[line_group]]
    centre_of = np.array([cells[i][1] for i in range(len(cells))], dtype=object)[cell_of[line_group]]
    konto = np.empty(len(line_group), dtype="int64")
    for group in set(group_of):
        ranges = plan[plan["kontogrupp"] == group]
        accounts = np.unique(np.concatenate([np.linspace(r.konto_fran, r.konto_till, 4).round()
                                             for r in ranges.itertuples()])).astype("int64")
        where = group_of == group
        konto[where] = rng.choice(accounts, size=int(where.sum()))
    frame = pd.DataFrame({"datum": datum, "konto": konto,
                          "ansvar": pd.Series(centre_of).map(codes).to_numpy(),
                          "ore": ore, "kontogrupp": group_of})
    return frame.sort_values("datum", kind="stable").reset_index(drop=True)


def _kr_text(ore: pd.Series, decimal: str) -> pd.Series:
    magnitude = ore.abs()
    text = (magnitude // 100).astype(str) + decimal + (magnitude % 100).astype(str).str.zfill(2)
    return text.where(ore >= 0, "-" + text)


def write_synthetic_ledger(target_dir, dataset, year: int = 2023, rows: int = 10_000,
                           layout: str = "transaktion", through_month: int = 12, seed: int = 0,
                           delimiter: str = ";", decimal: str = ",") -> Path:
    """Write a clearly labelled SYNTHETIC ledger export (`SYNTETISK-<layout>-<year>.csv`,
    a `#` comment line and a Kalla column saying SYNTETISK) into `target_dir`, with the
    headings of the dataset's layout; refuses the project's own data folder."""
    target = Path(target_dir).resolve()
    real = DATA_DIR.resolve()
    if target == real or real in target.parents:
        raise ValueError(f"refusing to write a synthetic ledger into the project's data folder "
                         f"({display_path(real)}): choose another folder")
    layouts = {lay.name: lay for lay in load_layouts(dataset.data_dir)}
    chosen = layouts[layout]
    tx = synthetic_ledger(dataset, year, rows, through_month, seed)
    heading = chosen.columns
    if chosen.kind == "saldo":
        tx = tx.assign(period=tx["datum"].dt.strftime("%Y-%m"))
        tx = tx.groupby(["period", "konto", "ansvar"], as_index=False)["ore"].sum()
        out = pd.DataFrame({heading["period"]: tx["period"]})
    else:
        out = pd.DataFrame({heading["datum"]: tx["datum"].dt.strftime("%Y-%m-%d")})
        if "verifikation" in heading:
            out[heading["verifikation"]] = [f"S{i + 1:07d}" for i in range(len(tx))]
    out[heading["konto"]] = tx["konto"].to_numpy()
    out[heading["ansvar"]] = tx["ansvar"].to_numpy()
    if "projekt" in heading:
        out[heading["projekt"]] = ""
    if "belopp" in heading:
        out[heading["belopp"]] = _kr_text(tx["ore"], decimal).to_numpy()
    else:
        out[heading["debet"]] = _kr_text(tx["ore"].clip(lower=0), decimal).to_numpy()
        out[heading["kredit"]] = _kr_text((-tx["ore"]).clip(lower=0), decimal).to_numpy()
    if "text" in heading:
        out[heading["text"]] = f"{SYNTHETIC} bokning"
    out["Kalla"] = SYNTHETIC
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{SYNTHETIC}-{layout}-{year}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(f"# {SYNTHETIC} huvudbok {year}: påhittade bokningar för test och "
                     "prestandamätning, inte verkliga. Skapad av itvt_lib.ledger.\n")
        out.to_csv(handle, sep=delimiter, index=False, lineterminator="\n")
    return path
