"""SYNTETISK SIE files for tests and the benchmark: never real data, never in data/.

`sie_bytes` writes transactions (datum, konto, ansvar, ore) as SIE type 4 — verifikationer
of `per_ver` result rows each, balanced by one #TRANS on a class-1 account (1930) — or
as SIE type 2 (#PSALDO per month and account, no objects), in PC8 with a #KSUMMA computed
here from the records as written (SIE 4B, 10.14: labels and field contents, without the
blanks between fields, delimiting quotes or braces). `monthly_transactions` is the stated
rule the tests use: a year's utfall spread evenly over twelve monthly verifikationer.
"""

from __future__ import annotations

import zlib

import numpy as np
import pandas as pd

from itvt_lib.core.ledger import ORE_PER_TKR

SYNTHETIC = "SYNTETISK"
BALANCING_ACCOUNT = 1930  # bank (class 1): the other side of every verifikation


def monthly_transactions(amounts: pd.DataFrame, kontoplan: pd.DataFrame, ansvar: pd.DataFrame,
                         kinds: dict, year: int) -> pd.DataFrame:
    """Each (kontogrupp, kostnadsställe) amount in tkr (columns kontogrupp, kostnadsstalle,
    belopp, report sign) booked in twelve equal monthly parts (whole öre, the remainder in
    December) on the first account of its kontogrupp and the first ansvar code of its
    kostnadsställe, dated the last day of each month: columns datum, konto, ansvar, ore."""
    first_account = kontoplan.sort_values("konto_fran").groupby("kontogrupp")["konto_fran"].first()
    first_code = ansvar.groupby("kostnadsstalle")["ansvar"].first()
    rows = []
    for cell in amounts.itertuples(index=False):
        sign = -1 if kinds[cell.kontogrupp] == "kommunbidrag" else 1
        total = int(round(cell.belopp * ORE_PER_TKR)) * sign
        part = int(np.fix(total / 12))
        for month in range(1, 13):
            ore = part if month < 12 else total - 11 * part
            datum = pd.Timestamp(year, month, 1) + pd.offsets.MonthEnd(0)
            rows.append((datum, int(first_account[cell.kontogrupp]),
                         str(first_code[cell.kostnadsstalle]), ore))
    return pd.DataFrame(rows, columns=["datum", "konto", "ansvar", "ore"])


def _amount(ore: pd.Series) -> pd.Series:
    magnitude = ore.abs()
    text = (magnitude // 100).astype(str) + "." + (magnitude % 100).astype(str).str.zfill(2)
    return text.where(ore >= 0, "-" + text)


def _checksum_text(lines: list[str]) -> bytes:
    """What #KSUMMA sums for records written by this module (no quote inside a field)."""
    import re

    parts = []
    for line in lines:
        for quoted, bare in re.findall(r'"([^"]*)"|([^\s"{}]+)', line):
            parts.append(quoted or bare)
    return "".join(parts).encode("cp437")


def sie_bytes(transactions: pd.DataFrame, year: int, sie_type: int = 4, per_ver: int = 9,
              ksumma: bool = True, with_dates: bool = True, budget: pd.DataFrame | None = None,
              dimension: int = 1) -> bytes:
    """A SYNTETISK SIE file (type 4 or 2) of `transactions` (datum, konto, ansvar, ore;
    `budget`: period YYYYMM, konto, ore as #PBUDGET), PC8, CRLF line ends."""
    head = ["#FLAGGA 0"] + (["#KSUMMA"] if ksumma else [])
    body = [f'#PROGRAM "{SYNTHETIC} itvt-test" 1.0', "#FORMAT PC8", f"#GEN {year + 1}0115",
            f"#SIETYP {sie_type}", f'#FNAMN "{SYNTHETIC} Servicenämnd IT/Växel/Telefoni"',
            f"#RAR 0 {year}0101 {year}1231", f"#RAR -1 {year - 1}0101 {year - 1}1231"]
    if sie_type >= 3:
        body.append(f'#DIM {dimension} "Resultatenhet"')
        for code in sorted(transactions["ansvar"].unique()):
            body.append(f'#OBJEKT {dimension} "{code}" "{SYNTHETIC} objekt {code}"')
    for konto in sorted({*transactions["konto"].unique(), BALANCING_ACCOUNT}):
        body.append(f'#KONTO {konto} "{SYNTHETIC} konto {konto}"')
    if budget is not None:
        body += [f"#PBUDGET 0 {r.period} {r.konto} {{}} {a}" for r, a in
                 zip(budget.itertuples(), _amount(budget["ore"]))]
    tx = transactions.reset_index(drop=True)
    if sie_type == 2:
        tx = tx.assign(period=tx["datum"].dt.strftime("%Y%m"))
        sums = tx.groupby(["period", "konto"], as_index=False)["ore"].sum()
        bank = sums.groupby("period", as_index=False)["ore"].sum()
        bank = bank.assign(konto=BALANCING_ACCOUNT, ore=-bank["ore"])
        sums = pd.concat([sums, bank], ignore_index=True)
        body += [f"#PSALDO 0 {p} {k} {{}} {a}" for p, k, a in
                 zip(sums["period"], sums["konto"], _amount(sums["ore"]))]
    else:
        body += _verifikationer(tx, per_ver, with_dates, dimension)
    lines = head + body
    if ksumma:
        lines.append(f"#KSUMMA {zlib.crc32(_checksum_text(body))}")
    return ("\r\n".join(lines) + "\r\n").encode("cp437")


def _verifikationer(tx: pd.DataFrame, per_ver: int, with_dates: bool, dimension: int) -> list[str]:
    """#VER blocks of `per_ver` rows of one month each (or one per value of a column `ver`),
    each closed by a balancing #TRANS on 1930; the #VER's date is its first row's (it
    decides the month of all its rows, so a block never spans two months)."""
    if "ver" in tx:
        group = tx["ver"].to_numpy()
    else:
        month = tx["datum"].dt.year * 100 + tx["datum"].dt.month
        group = (month * 10**9 + month.groupby(month).cumcount() // per_ver).to_numpy()
    order = np.argsort(group, kind="stable")
    tx, group = tx.iloc[order].reset_index(drop=True), group[order]
    dates = tx["datum"].dt.strftime("%Y%m%d")
    objects = ("{" + str(dimension) + ' "' + tx["ansvar"].astype(str) + '"}').where(
        tx["ansvar"].astype(str) != "", "{}")
    rows = "   #TRANS " + tx["konto"].astype(str) + " " + objects + " " + _amount(tx["ore"])
    if with_dates:
        rows = rows + " " + dates + f' "{SYNTHETIC} rad"'
    bank = (f"   #TRANS {BALANCING_ACCOUNT} {{}} " + _amount(-tx["ore"].groupby(group).sum())).tolist()
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    stops = np.r_[starts[1:], len(tx)]
    text_rows, first_dates = rows.tolist(), dates.iloc[starts].tolist()
    out: list[str] = []
    for number, (begin, end) in enumerate(zip(starts, stops), 1):
        out += [f'#VER A {number} {first_dates[number - 1]} "{SYNTHETIC} verifikation {number}"',
                "{", *text_rows[begin:end], bank[number - 1], "}"]
    return out
