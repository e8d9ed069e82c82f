"""Ledger exports (huvudbok), read and mapped when the data is loaded: CSV layouts and SIE
files, account mapping, monthly outcomes, and the rule that the ledger's year-end utfall
wins.

The financial system's exports lie in `data/huvudbok/` (no folder, no ledger: everything
works as without this package): CSV files in a layout of `data/huvudbok_layouts.yaml`
(`csv_export`) and SIE files `*.se`, `*.si`, `*.sie` (`sie`). Every file becomes sums per
year, month, konto and ansvar in whole öre; `mapping` maps them to kontogrupper and
kostnadsställen. A month's rows come from one file only. See docs/ARCHITECTURE.md, "How
data flows" and "Layers".
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from ..caches import BoundedCache
from ..errors import C0_CONTROLS, DataError, unshowable
from ..loading import check_regular
from ..paths import display_path
from .csv_export import adds_exactly, parse_amounts_ore, read_export
from .layouts import (
    FOLDER,
    LAYOUTS_FILE,
    SIE_SUFFIXES,
    Layout,
    choose_layout,
    load_layouts,
    load_sie_settings,
)
from .mapping import (
    ORE_PER_TKR,
    TABLES,
    booked_months,
    map_accounts,
    monthly_outcomes,
    typed_vs_ledger,
    uncompared_outcomes,
    whole_years,
    with_centres,
    with_ledger,
    year_end_outcomes,
    year_to_date,
)
from .sie import read_sie

MAPPED, DRIFT, NETTO, BUDGET = "huvudbok", "reported_drift", "reported_netto", "huvudbok_budget"

__all__ = ["BUDGET", "DRIFT", "FOLDER", "LAYOUTS_FILE", "MAPPED", "NETTO", "ORE_PER_TKR",
           "TABLES", "Layout", "attach_ledger", "booked_months", "choose_layout", "ledger_files",
           "load_layouts", "map_accounts", "monthly_outcomes", "parse_amounts_ore",
           "read_ledger", "typed_vs_ledger", "uncompared_outcomes", "whole_years", "with_centres", "with_ledger",
           "year_end_outcomes", "year_to_date"]


def ledger_files(data_dir: Path) -> list[Path]:
    """The exports in data/huvudbok/ (CSV and SIE), in name order (hidden and Excel lock
    files and empty sub-folders skipped); any other file, or a sub-folder holding one, is
    refused, never skipped (an export saved as .txt would leave its months out unseen)."""
    folder = Path(data_dir) / FOLDER
    if folder.exists() and not folder.is_dir():   # an export saved without its suffix
        raise DataError(display_path(folder), "är en fil, men huvudboksexporterna ska ligga i "
                        "en mapp huvudbok/ (döp om filen och lägg den i mappen)")
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if not p.name.startswith((".", "~$")))
    for path in [p for p in files if p.is_dir() and not p.is_symlink()]:
        if any(not f.name.startswith(".") for f in path.rglob("*") if not f.is_dir()):
            raise DataError(display_path(path), "mappen huvudbok läser inga undermappar: "
                            "lägg exporterna direkt i huvudbok/ och flytta äldre ut ur den")
        files.remove(path)
    for path in files:
        check_regular(path)  # a FIFO, device, link loop or oversized file is refused
        if reason := unshowable(path.name):  # named on the checks page and in the workbook
            shown = "".join(f"\\u{ord(c):04x}" if c in C0_CONTROLS else c
                            for c in display_path(path))
            raise DataError(shown, f"filnamnet: {reason} (döp om filen)")
        if path.suffix.lower() in (".xlsx", ".xls"):
            raise DataError(display_path(path), "huvudboksexporter läses som CSV eller SIE: spara "
                            "exporten som CSV (komma eller semikolon) eller SIE 4")
        if path.suffix.lower() not in (".csv", *SIE_SUFFIXES):
            raise DataError(display_path(path), "mappen huvudbok läser bara CSV- och SIE-filer "
                            "(.csv, .se, .si, .sie): döp om exporten eller flytta filen")
    return files


_EXPORTS = BoundedCache("ledger exports read", 64)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_one(path: Path, data_dir: Path, settings) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """(outcomes, budget, sha256) of one export; a CSV has no budget."""
    if path.suffix.lower() in SIE_SUFFIXES:
        return read_sie(path, settings)
    found: dict = {}
    frame = read_export(path, load_layouts(data_dir), found)
    return frame, _empty_ledger().drop(columns="fil"), found[display_path(path)]


def read_ledger(data_dir: Path, budgets: list | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """Every export of data/huvudbok/ summed per file, year, month, konto and ansvar
    (columns fil, year, month, konto, ansvar, ore), and each file's sha256 (the SIE files'
    #PBUDGET go into `budgets` unless `sie: jamfor_budget: false`). A month found in two files is a DataError. Files already
    read in this process (the same content) are not read again (a bounded cache)."""
    files = ledger_files(data_dir)
    hashes: dict[str, str] = {}
    if not files:
        return _empty_ledger(), hashes
    layouts_path = Path(data_dir) / LAYOUTS_FILE
    if layouts_path.exists():
        check_regular(layouts_path)   # a folder or FIFO by that name: one line, as for an export
        hashes[display_path(layouts_path)] = _sha256(layouts_path)
    settings = load_sie_settings(data_dir)
    csv_layouts = repr(load_layouts(data_dir)) if any(
        p.suffix.lower() == ".csv" for p in files) else ""
    parts, seen, budget_seen = [], {}, {}
    for path in files:
        key = (str(path.resolve()), _sha256(path), csv_layouts, settings)  # by content
        shown = display_path(path)
        frame, budget, sha = _EXPORTS.get(
            key, lambda path=path: _read_one(path, data_dir, settings))
        hashes[shown] = sha
        for year, month in frame[["year", "month"]].drop_duplicates().itertuples(index=False):
            if (year, month) in seen:
                raise DataError(shown, f"månaden {year}-{month:02d} finns också i "
                                f"{seen[(year, month)]}: behåll en export per månad eller en "
                                "export för hela året hittills (ta bort den äldre)")
            seen[(year, month)] = shown
        parts.append(frame.assign(fil=shown))
        if budgets is not None and not budget.empty and settings.jamfor_budget:
            budgets.append(_budget_once(budget, shown, budget_seen).assign(fil=shown))
    frame = pd.concat(parts, ignore_index=True)
    if not adds_exactly(frame["ore"]):   # each file adds exactly, but not all of them
        raise DataError(display_path(Path(data_dir) / FOLDER), "filernas belopp summerar "
                        "till mer än som kan adderas exakt (kontrollera beloppen)")
    _centres_whole_years(frame)
    return frame, hashes


def _budget_once(budget: pd.DataFrame, shown: str, seen: dict) -> pd.DataFrame:
    """A month's #PBUDGET in several files (each monthly export carries the year's budget)
    counts once; two files giving one month different budgets is a DataError."""
    keep = []
    for (year, month), rows in budget.groupby(["year", "month"], sort=True):
        rows = rows[rows["ore"] != 0].reset_index(drop=True)   # a 0.00 line adds nothing
        first, earlier = seen.setdefault((year, month), (shown, rows))
        if first == shown:
            keep.append(rows)
        elif not rows.equals(earlier):
            raise DataError(shown, f"#PBUDGET för {year}-{month:02d} skiljer sig från den i "
                            f"{first}: exportera filerna igen med samma budget, eller sätt "
                            f"sie: jamfor_budget: false i {LAYOUTS_FILE}")
    return pd.concat(keep, ignore_index=True) if keep else budget.iloc[:0]


def _centres_whole_years(frame: pd.DataFrame) -> None:
    """A year's files all carry kostnadsställen or none does (a SIE file without objects
    beside one with them would make the kostnadsställen's utfall some months alone)."""
    carries = frame.assign(has=frame["ansvar"].notna()).groupby(["year", "fil"], sort=False)[
        "has"].any().reset_index()
    for year, files in carries.groupby("year", sort=True):
        if files["has"].any() and not files["has"].all():
            without = files.loc[~files["has"], "fil"].iloc[0]
            other = files.loc[files["has"], "fil"].iloc[0]
            raise DataError(without, f"filen har inga kostnadsställen men {other} har det för "
                            f"{year}: kostnadsställenas utfall vore bara den filens månader "
                            "(exportera årets alla filer med objekt, eller alla utan)")


def _empty_ledger() -> pd.DataFrame:
    return pd.DataFrame({"year": pd.Series(dtype="int64"), "month": pd.Series(dtype="int64"),
                         "konto": pd.Series(dtype="int64"), "ansvar": pd.Series(dtype="object"),
                         "ore": pd.Series(dtype="int64"), "fil": pd.Series(dtype="object")})


def attach_ledger(dataset) -> None:
    """Read and map data/huvudbok/ into `dataset` (table "huvudbok", empty without a
    ledger; "huvudbok_budget" the SIE files' #PBUDGET), with driftredovisning and
    kostnadsstalle_netto as reported: the ledger's year-end utfall in place of the typed
    one where the mapping covers it (kostnadsställen only from a ledger that has them)."""
    budgets: list = []
    balances, hashes = read_ledger(dataset.data_dir, budgets)
    if not balances.empty:
        for table, what in (("kontoplan", "konton till kontogrupper"),
                            ("ansvar", "ansvar till kostnadsställen")):
            if dataset[table].empty:
                raise DataError(display_path(Path(dataset.data_dir) / f"{table}.csv"),
                                f"filen saknas (behövs för att föra {what} i "
                                f"{display_path(Path(dataset.data_dir) / FOLDER)}/)")
    args = (dataset["kontoplan"], dataset["ansvar"], dataset["kontogrupper"])
    mapped = map_accounts(balances, *args)
    dataset.files.update(hashes)
    dataset.tables[MAPPED] = mapped
    dataset.tables[BUDGET] = map_accounts(pd.concat(budgets, ignore_index=True)
                                          if budgets else _empty_ledger(), *args)
    if mapped.empty:
        return
    years = whole_years(mapped)
    dataset.tables[DRIFT] = with_ledger(
        dataset["driftredovisning"], year_end_outcomes(monthly_outcomes(mapped), "kontogrupp",
                                                       years),
        set(dataset["kontoplan"]["kontogrupp"]), "kontogrupp")
    dataset.tables[NETTO] = with_ledger(
        dataset["kostnadsstalle_netto"],
        year_end_outcomes(monthly_outcomes(with_centres(mapped), "kostnadsstalle"),
                          "kostnadsstalle", years),
        set(dataset["ansvar"]["kostnadsstalle"]), "kostnadsstalle")
