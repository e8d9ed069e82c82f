"""SYNTETISK ledger exports for benchmarks and tests: never real data, never in data/.

A generated ledger's utfall per kontogrupp and kostnadsställe equals the year's figures in
the embedded data exactly, so it can be reconciled like a real export.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import numpy as np
import pandas as pd

from itvt_lib.areas import budget
from itvt_lib.core.ledger import ORE_PER_TKR, load_layouts
from itvt_lib.core.paths import DATA_DIR, display_path

SYNTHETIC = "SYNTETISK"


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
