"""SIE ledger files (data/huvudbok/*.se, *.si, *.sie): result accounts summed per year,
month, konto and kostnadsställe object, in whole öre, as the CSV exports are.

Written from SIE-gruppen's specification, edition 4B. Type 4 (and 4I): the verifikationer
(#VER with their #TRANS rows, booked in the month of the #VER's date, sie_dates; #RTRANS and
#BTRANS are ignored, as the standard allows; a #PSALDO account total must equal its
#TRANS). Types 2 and 3, or a file without #VER: the period balances #PSALDO of the
current year (årsnr 0; the balance of the period, not accumulated). #PBUDGET (årsnr 0, account totals) becomes the file's budget. The character
set is #FORMAT's (PC8 = code page 437, the default); #VALUTA, if any, must be SEK;
#KSUMMA is verified when present; unknown labels and extra fields are ignored (SIE 4B,
7.1–7.3).

Only result accounts are read: #KTYP I or K, or without #KTYP any account but a balance
account of class 1–2 (T, S, classes 1–2 are the other side of each verifikation and not
news for the report; an account of class 0 or 9 is read and mapped, or flagged, as in
CSV). The kostnadsställe is the object of one dimension (`sie: dimension:` in
huvudbok_layouts.yaml, 1 = Kostnadsställe/resultatenhet by default), mapped by ansvar.csv
like a CSV's ansvar code. A file with no objects at all (type 2) has no kostnadsställe.
Errors are one Swedish line naming file and line. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import DataError, unshowable
from ..paths import display_path
from .csv_export import adds_exactly
from .layouts import SieSettings
from .sie_checksum import verify_checksum
from .sie_dates import booked_months, parse_date
from .sie_object_parts import unplaced
from .sie_text import (
    BLANK,
    CLOSE,
    OPEN,
    OTHER,
    TRANS,
    VER,
    Lines,
    SieSyntaxError,
    by_value,
    is_period,
    kr_text,
    label_run_on,
    object_lists_added,
    object_pairs,
    parse_amounts,
    tokenize,
    trans_table,
    ver_table,
)

COLUMNS = ["year", "month", "konto", "ansvar", "ore"]
BALANCE_CLASSES = set("12")
HEADER_LABELS = {"#FORMAT", "#KSUMMA", "#RAR", "#KONTO", "#KTYP", "#DIM", "#UNDERDIM",
                 "#OBJEKT", "#PSALDO", "#PBUDGET", "#SIETYP", "#FNAMN", "#ORGNR",
                 "#PROGRAM", "#GEN", "#FLAGGA", "#VALUTA"}


def _in_kronor(fields: list, number: int) -> None:
    """#VALUTA, when the file has it, is SEK: amounts in another currency are no kronor."""
    if not fields or str(fields[0]).strip().upper() != "SEK":
        shown = f" {fields[0]}" if fields else ""
        raise SieSyntaxError(number, f"#VALUTA{shown}: beloppen är inte i kronor (SEK); "
                             "exportera filen i SEK")


KONTO_RULE = "ska vara numeriskt, högst tio siffror"


def _is_konto(konto: str) -> bool:
    """A konto is ASCII digits, at most ten of them besides leading zeros (as in the CSV)."""
    return konto.isascii() and konto.isdigit() and len(konto.lstrip("0")) <= 10


def konto_key(konto: str) -> str:
    """A konto as the file's accounts are compared: "04010" is 4010 (as a #TRANS reads it)."""
    return by_value(konto) if _is_konto(konto) else konto


def is_result_account(konto: str, ktyp: str | None) -> bool:
    """A result account: #KTYP I or K, or without #KTYP any class but 1–2 (first digit)."""
    if ktyp:
        return ktyp.upper() in ("I", "K")
    return konto[:1] not in BALANCE_CLASSES


class Header:
    """The records other than #VER/#TRANS: format, checksum, years, accounts, balances."""

    def __init__(self):
        self.ksumma: list[tuple[int, list]] = []  # (0-based row, fields)
        self.rar: dict[str, tuple[dt.date, dt.date, int]] = {}
        self.ktyp: dict[str, str] = {}
        self.ktyp_rows: dict[str, int] = {}   # the line of each account's #KTYP
        self.balances: list[tuple] = []  # (label, row, årsnr, period, konto, objects, öre)
        self.sietyp: str | None = None
        self.seen = False   # any SIE record besides #VER/#TRANS

    def read(self, lines: Lines, rows: np.ndarray) -> None:
        """Tokenize the header and balance records among `rows`; ignore unknown labels."""
        for row in rows:
            row = int(row)
            label = lines.label(row).upper()
            if label not in HEADER_LABELS:   # checked unless a plain label starts the line
                if not (label[1:].isalnum() and lines.bytes[lines.first[row]] == ord("#")):
                    word = re.split(r"[ \t]", lines.text(row).lstrip(" \t"))[0]
                    label_run_on(word, row + 1, HEADER_LABELS | {"#TRANS", "#VER"})
                continue
            self.seen = True
            number = row + 1
            fields = tokenize(lines.text(row).strip(), number)[1:]   # a trailing FF or NBSP
            if label == "#FORMAT" and (not fields or str(fields[0]).upper() != "PC8"):
                shown = fields[0] if fields else ""
                raise SieSyntaxError(number, f"#FORMAT {shown}: SIE-filer ska vara PC8 "
                                     "(teckentabell 437)")
            if label == "#VALUTA":
                _in_kronor(fields, number)
            elif label == "#KSUMMA":
                self.ksumma.append((row, fields))
            elif label == "#SIETYP" and fields:
                self.sietyp = str(fields[0])
            elif label == "#RAR":
                self._rar(fields, number)
            elif label == "#KTYP":   # one field: whether the account is read is a guess
                if len(fields) < 2 or any(isinstance(f, list) for f in fields[:2]):
                    raise SieSyntaxError(number, "#KTYP ska ha konto och kontotyp")
                self._ktyp(konto_key(str(fields[0])), str(fields[1]), number)
            elif label in ("#PSALDO", "#PBUDGET"):
                self._balance(label, fields, number)

    def _ktyp(self, konto: str, typ: str, number: int) -> None:
        """An account's type once, one of T, S, K, I: else counting its costs is a guess."""
        if typ.upper() not in ("T", "S", "K", "I"):
            raise SieSyntaxError(number, f'#KTYP {konto} "{typ}": kontotypen ska vara T, S, '
                                 "K eller I")
        if konto in self.ktyp and self.ktyp[konto].upper() != typ.upper():
            raise SieSyntaxError(number, f"#KTYP för konto {konto} står två gånger med olika "
                                 f"typ ({self.ktyp[konto]} på rad {self.ktyp_rows[konto]}, "
                                 f"{typ} på rad {number})")
        self.ktyp.setdefault(konto, typ)
        self.ktyp_rows.setdefault(konto, number)

    def result_account(self, konto: str, number: int) -> bool:
        """is_result_account as #KTYP types `konto` (line `number` has its amount); T or S
        on class 3–8 (result classes in BAS and Kommun-Bas) is bad input, not left out."""
        typ = self.ktyp.get(konto, "")
        if typ.upper() in ("T", "S") and konto[:1] in "345678":
            raise SieSyntaxError(number, f"konto {konto} är av klass {konto[0]} (ett "
                                 f"resultatkonto) men #KTYP på rad {self.ktyp_rows[konto]} "
                                 f"anger {typ} (balanskonto): rätta kontotypen och exportera igen")
        return is_result_account(konto, typ or None)

    def _rar(self, fields: list, number: int) -> None:
        if len(fields) < 3 or any(isinstance(f, list) for f in fields[:3]):
            raise SieSyntaxError(number, "#RAR ska ha årsnr, startdatum och slutdatum")
        start, end = parse_date(fields[1], number), parse_date(fields[2], number)
        if end < start:
            raise SieSyntaxError(number, "#RAR slutar före det börjar")
        earlier = self.rar.get(str(fields[0]))
        if earlier and earlier[:2] != (start, end):   # which year is meant would be a guess
            raise SieSyntaxError(number, f"#RAR {fields[0]} står två gånger (rad {earlier[2]} "
                                 f"och {number}) med olika datum")
        self.rar[str(fields[0])] = (start, end, number)

    def _balance(self, label: str, fields: list, number: int) -> None:
        if len(fields) < 5 or not isinstance(fields[3], list):
            raise SieSyntaxError(number, f"{label} ska ha årsnr, period, konto, "
                                 "{objektlista} och saldo")
        year_no, period, konto, objects, amount = fields[:5]
        if not is_period(period):
            raise SieSyntaxError(number, f'"{period}" är ingen period (ÅÅÅÅMM)')
        ore, bad = parse_amounts(pd.Series([amount]))
        if bad[0]:
            raise SieSyntaxError(number, f'"{amount}" är inget belopp (punkt som '
                                 "decimaltecken, högst två decimaler)")
        self.balances.append((label, number, str(year_no), period, str(konto),
                              object_pairs(objects, number), int(ore[0])))

    def check_date(self, when: dt.date, number: int) -> None:
        """A date must lie within a räkenskapsår of #RAR (when the file has #RAR)."""
        if self.rar and not any(s <= when <= e for s, e, _ in self.rar.values()):
            years = ", ".join(f"{s:%Y%m%d}–{e:%Y%m%d}" for s, e, _ in self.rar.values())
            raise SieSyntaxError(number, f"datumet {when:%Y%m%d} ligger utanför "
                                 f"räkenskapsåren i #RAR ({years})")


# ---------------------------------------------------------------- transactions

def _structure(lines: Lines) -> tuple[np.ndarray, np.ndarray]:
    """(block of each line, the #VER row of each block): every `{` follows a #VER and is
    closed by a `}` before the next; every #TRANS stands inside such a block."""
    kind = lines.kind
    depth = np.cumsum((kind == OPEN).astype(np.int32) - (kind == CLOSE).astype(np.int32))
    if (depth < 0).any():
        row = int(np.argmax(depth < 0))
        vers = np.flatnonzero(kind[:row] == VER)
        if len(vers) and lines.text(int(vers[-1])).rstrip().endswith("{"):
            raise SieSyntaxError(int(vers[-1]) + 1, "{ står sist på #VER-raden: i SIE står { "
                                 "på en egen rad efter #VER")
        raise SieSyntaxError(row + 1, "} utan föregående {")
    if (depth > 1).any():
        raise SieSyntaxError(int(np.argmax(depth > 1)) + 1, "{ inuti ett annat {}-block")
    if len(depth) and depth[-1] != 0:
        last_open = int(np.flatnonzero(kind == OPEN)[-1])
        raise SieSyntaxError(last_open + 1, "{ avslutas aldrig med }")
    trans = kind == TRANS
    outside = trans & (depth == 0)
    if outside.any():
        raise SieSyntaxError(int(np.argmax(outside)) + 1, "#TRANS utanför en verifikation "
                             "(ska stå inom { } efter en #VER)")
    rows = np.arange(len(kind))
    last_record = np.maximum.accumulate(np.where(kind != BLANK, rows, -1))
    opens = np.flatnonzero(kind == OPEN)
    before = np.where(opens > 0, last_record[np.maximum(opens - 1, 0)], -1)
    opener = np.where(before >= 0, kind[np.maximum(before, 0)], BLANK)
    block = np.cumsum(kind == OPEN) - 1
    not_ver = opener != VER
    if not_ver.any():  # a block after an unknown record is ignored, unless it holds #TRANS
        holds = np.zeros(len(opens), dtype=bool)
        holds[np.unique(block[trans])] = True
        wrong = not_ver & holds
        if wrong.any():
            first = int(np.flatnonzero(trans & (block == np.argmax(wrong)))[0])
            raise SieSyntaxError(first + 1, "#TRANS utanför en verifikation (blocket "
                                 "inleds inte av en #VER)")
    vers = np.flatnonzero(kind == VER)
    next_record = np.full(len(kind) + 1, len(kind))
    marks = np.where(kind != BLANK, rows, len(kind))
    next_record[:-1] = np.minimum.accumulate(marks[::-1])[::-1]
    after = next_record[np.minimum(vers + 1, len(kind))]
    lacking = (after >= len(kind)) | (kind[np.minimum(after, len(kind) - 1)] != OPEN)
    if lacking.any():
        raise SieSyntaxError(int(vers[np.argmax(lacking)]) + 1, "#VER utan sina #TRANS inom "
                             "{ } på raderna efter")
    return block, before


def _transactions(lines: Lines, header: Header, dimension: str) -> pd.DataFrame:
    """The #TRANS rows of result accounts as year, month, konto, objekt, öre (checked:
    amounts, dates within #RAR, every verifikation in balance)."""
    block, opener_row = _structure(lines)
    trans_rows = np.flatnonzero(lines.kind == TRANS)
    ver_rows = np.flatnonzero(lines.kind == VER)
    table = trans_table(lines, trans_rows)
    vers = ver_table(lines, ver_rows)
    ore, bad = parse_amounts(table["belopp"])
    if bad.any():
        i = int(np.argmax(bad))
        raw = table["belopp"].iloc[i]
        if isinstance(raw, float) and np.isfinite(raw) and abs(raw) > 1e12:
            raise SieSyntaxError(int(trans_rows[i]) + 1, f'"{raw:.2f}" ligger utanför det '
                                 "rimliga intervallet (|belopp| ≤ 10^12 kr)")
        value = str(raw) or "(tomt)"
        raise SieSyntaxError(int(trans_rows[i]) + 1, f'"{value}" är inget belopp (punkt som '
                             "decimaltecken, högst två decimaler)")
    _unique_numbers(vers, ver_rows)
    ver_of_trans = np.searchsorted(ver_rows, opener_row[block[trans_rows]])
    totals = np.zeros(len(ver_rows), dtype=np.int64)
    np.add.at(totals, ver_of_trans, ore)
    if totals.any():
        i = int(np.argmax(totals != 0))
        name = " ".join(x for x in (vers["serie"].iloc[i], vers["nummer"].iloc[i]) if x)
        raise SieSyntaxError(int(ver_rows[i]) + 1, f"verifikationen {name or '(utan nummer)'} "
                             f"är inte i balans: #TRANS summerar till {kr_text(int(totals[i]))} kr")
    years, months = booked_months(vers["datum"].to_numpy(), table["datum"].to_numpy(),
                                  ver_of_trans, ver_rows, trans_rows, header.check_date)
    keep, ansvar = _accounts_and_objects(table, trans_rows, header, dimension)
    kontos = table["konto"].cat
    konto = kontos.categories.to_numpy()[kontos.codes.to_numpy()[keep]].astype("int64")
    return pd.DataFrame({"year": years[keep], "month": months[keep],
                         "konto": konto, "ansvar": ansvar[keep], "ore": ore[keep]})


def _unique_numbers(vers: pd.DataFrame, rows: np.ndarray) -> None:
    """A verifikation's series and number occur once in a file (one numbered twice would
    be summed twice; the number by value, "01" is 1); one without a number (numbered on
    import) is not compared."""
    numbers = vers["nummer"].fillna("").astype(str).str.strip()
    numbered = numbers != ""
    numbers = numbers.map(by_value)
    keys = vers["serie"].fillna("").astype(str) + "\x1f" + numbers
    twice = numbered & keys.duplicated()
    if twice.any():
        i = int(np.argmax(twice.to_numpy()))
        first = int(np.argmax((keys == keys.iloc[i]).to_numpy()))
        name = " ".join(x for x in (vers["serie"].iloc[i], vers["nummer"].iloc[i]) if x)
        raise SieSyntaxError(int(rows[i]) + 1, f"verifikationen {name} finns två gånger "
                             f"(rad {int(rows[first]) + 1} och {int(rows[i]) + 1}); "
                             "exportera filen igen")


def _first_rows(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(code, the first row holding it) for each code present."""
    return np.unique(codes, return_index=True)


def _accounts_and_objects(table: pd.DataFrame, rows: np.ndarray, header: Header,
                          dimension: str) -> tuple[np.ndarray, np.ndarray]:
    """(result-account mask, the object of `dimension` per row, "" when the row has none)."""
    kontos = table["konto"].cat
    result = np.zeros(len(kontos.categories), dtype=bool)
    for i, first in zip(*_first_rows(kontos.codes.to_numpy())):
        konto = str(kontos.categories[i])
        if not _is_konto(konto):
            raise SieSyntaxError(int(rows[first]) + 1, f'"{konto}" är inget kontonummer '
                                 f"({KONTO_RULE})")
        konto = str(int(konto))  # "04010" is 4010, as #KTYP names it
        result[i] = header.result_account(konto, int(rows[first]) + 1)
    lists = table["objekt"].cat
    chosen = np.empty(len(lists.categories), dtype=object)
    for i, first in zip(*_first_rows(lists.codes.to_numpy())):
        line = int(rows[first]) + 1
        items = tokenize(str(lists.categories[i]).replace("\x1f", " "), line)
        pairs = object_pairs(items[0], line) if items and isinstance(items[0], list) else {}
        chosen[i] = pairs.get(dimension, "")
        if reason := unshowable(chosen[i]):  # an object is named on the checks page
            raise SieSyntaxError(line, f"objektet: {reason}")
    return result[kontos.codes.to_numpy()], chosen[lists.codes.to_numpy()]


# ---------------------------------------------------------------- balances

def _balances(header: Header, label: str, dimension: str) -> pd.DataFrame:
    """#PSALDO or #PBUDGET of the current year (årsnr 0) for result accounts: per period and
    account the objects of `dimension` and the rest of the account total (`{}`) as ansvar ""
    (no object anywhere, type 2: None); every konto is a konto number (bad input else)."""
    rows = [b for b in header.balances if b[0] == label and b[2] == "0"]
    for _, number, _, _, konto, _, _ in rows:
        if not _is_konto(konto):   # checked before its class is read, as in a #TRANS
            raise SieSyntaxError(number, f'"{konto}" är inget kontonummer ({KONTO_RULE})')
    rows = [b for b in rows if header.result_account(konto_key(b[4]), b[1])]
    for _, number, _, period, _, objects, _ in rows:
        if reason := unshowable(objects.get(dimension, "")):
            raise SieSyntaxError(number, f"objektet: {reason}")
        if "0" in header.rar:
            start, end, _ = header.rar["0"]
            first = dt.date(int(period[:4]), int(period[4:]), 1)
            if not (start.replace(day=1) <= first <= end):
                raise SieSyntaxError(number, f"perioden {period} ligger utanför räkenskapsåret "
                                     f"i #RAR ({start:%Y%m%d}–{end:%Y%m%d})")
    seen: dict = {}
    for _, number, _, period, konto, objects, _ in rows:   # a balance twice: summed twice
        key = (period, konto_key(konto), tuple(sorted(objects.items())))  # 05011 is 5011
        if key in seen:
            raise SieSyntaxError(number, f"{label} för {period} konto {konto} med samma objekt "
                                 f"finns två gånger (rad {seen[key]} och {number})")
        seen[key] = number
    with_objects = any(dimension in b[5] for b in rows)
    totals, parts = {}, {}   # (year, month, konto[, object]) → öre
    for _, _, _, period, konto, objects, ore in rows:
        key = (int(period[:4]), int(period[4:]), int(konto))
        if not objects:
            totals[key] = totals.get(key, 0) + ore
        elif dimension in objects and len(objects) == 1:
            part = key + (objects[dimension],)
            parts[part] = parts.get(part, 0) + ore
    unplaced(rows, totals, label, dimension)
    records = [(*k[:3], k[3], v) for k, v in parts.items()]
    for key, total in totals.items():
        rest = total - sum(v for k, v in parts.items() if k[:3] == key)
        if rest or not with_objects:
            records.append((*key, "" if with_objects else None, rest))
    return pd.DataFrame(records, columns=COLUMNS)


# ---------------------------------------------------------------- one file

def read_sie(path: Path, settings: SieSettings) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """One SIE file: (outcomes, budget, sha256); outcomes and budget summed per year,
    month, konto and ansvar (the kostnadsställe object) in whole öre."""
    shown = display_path(path)
    from ..loading import read_regular_bytes

    data = read_regular_bytes(path, shown)
    sha = hashlib.sha256(data).hexdigest()
    try:
        outcomes, budget = parse_sie(data, settings.dimension)
    except SieSyntaxError as exc:
        raise DataError(shown, exc.message, line=exc.line) from None
    return outcomes, budget, sha


def parse_sie(data: bytes, dimension: str = "1") -> tuple[pd.DataFrame, pd.DataFrame]:
    """SIE bytes → (outcomes, budget) frames of year, month, konto, ansvar, ore."""
    if not data.strip():
        raise SieSyntaxError(None, "filen är tom")
    if b"\x00" in data:
        raise SieSyntaxError(None, "filen innehåller NUL-tecken: den är ingen SIE-fil (text)")
    if data.count(b"\r") != data.count(b"\r\n"):   # a line ended by CR alone (an old Mac
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")   # export), if only one
    _not_utf8(data)
    lines = object_lists_added(Lines(data))
    header = Header()
    header.read(lines, np.flatnonzero(lines.kind == OTHER))
    if not (header.seen or (lines.kind == VER).any() or (lines.kind == TRANS).any()):
        raise SieSyntaxError(None, "ingen SIE-post (#FLAGGA, #SIETYP, #VER, …): filen är "
                             "ingen SIE-fil")
    with ThreadPoolExecutor(max_workers=1) as pool:  # the CRC on the second core
        verified = pool.submit(verify_checksum, lines, header)
        try:
            if (lines.kind == VER).any() or (lines.kind == TRANS).any():
                outcomes = _transactions(lines, header, dimension)
                _balances_agree(outcomes, header)
            elif header.sietyp == "1":   # year balances only: nothing to read per month
                raise SieSyntaxError(None, "#SIETYP 1 har bara årssaldon, inga "
                                     "periodsaldon: exportera SIE typ 2, 3 eller 4")
            else:
                outcomes = _balances(header, "#PSALDO", dimension)
            budget = _balances(header, "#PBUDGET", dimension)
            _not_without_periods(outcomes, budget, lines)
        except SieSyntaxError:
            verified.result()  # a file changed after the export: say that first
            raise
        verified.result()
    return _summed(outcomes), _summed(budget)


def _not_without_periods(outcomes: pd.DataFrame, budget: pd.DataFrame, lines: Lines) -> None:
    """A file without #VER must hold #PSALDO or #PBUDGET of the year's result accounts."""
    if outcomes.empty and budget.empty and not (lines.kind == VER).any():
        raise SieSyntaxError(None, "filen har varken verifikationer (#VER) eller periodsaldon "
                             "(#PSALDO årsnr 0) för resultatkonton: exportera SIE typ 2, 3 "
                             "eller 4 med periodsaldon")


def _balances_agree(outcomes: pd.DataFrame, header: Header) -> None:
    """A type 4 file's #PSALDO account total ({}) of a result account and period equals the
    sum of its #TRANS, in årsnr 0 and in each other #RAR year the file has #TRANS of (a file
    of some verifikationer alone would be read short)."""
    sums = outcomes.groupby(["year", "month", "konto"])["ore"].sum()
    read_months = outcomes[["year", "month"]].drop_duplicates().itertuples(index=False)
    months = [dt.date(int(y), int(m), 1) for y, m in read_months]
    read = {"0"} | {no for no, (start, end, _) in header.rar.items()
                    if any(start.replace(day=1) <= month <= end for month in months)}
    for label, number, year_no, period, konto, objects, ore in header.balances:
        if label != "#PSALDO" or year_no not in read or objects or not _is_konto(konto) or \
                not is_result_account(konto_key(konto), header.ktyp.get(konto_key(konto))):
            continue
        summed = int(sums.get((int(period[:4]), int(period[4:]), int(konto)), 0))
        if summed != ore:
            raise SieSyntaxError(number, f"#PSALDO för {period} konto {konto} är {kr_text(ore)} "
                                 f"kr men filens #TRANS summerar till {kr_text(summed)} kr: "
                                 "exportera filen med alla verifikationer")


def _not_utf8(data: bytes) -> None:
    """A file with letters beyond ASCII that is valid UTF-8 was not saved as PC8 (PC8's
    å, ä, ö are bytes UTF-8 never starts a character with): its codes would be misread."""
    if data.removeprefix(b"\xef\xbb\xbf").isascii():   # a BOM before ASCII: read alike
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    first = next(i for i in range(start, len(data)) if data[i] > 0x7F)
    raise SieSyntaxError(data.count(b"\n", 0, first) + 1, "filen är sparad som UTF-8, men "
                         "SIE-filer är PC8 (teckentabell 437): exportera den igen från "
                         "ekonomisystemet")


def _summed(frame: pd.DataFrame) -> pd.DataFrame:
    """Summed per year, month, konto and ansvar (a None ansvar kept), sorted."""
    frame = frame.astype({"year": "int64", "month": "int64", "konto": "int64", "ore": "int64"})
    if not adds_exactly(frame["ore"]):   # a wrapped int64 sum would turn its sign
        raise SieSyntaxError(None, "beloppen summerar till mer än som kan adderas exakt")
    frame["ansvar"] = frame["ansvar"].astype(object)
    return frame.groupby(["year", "month", "konto", "ansvar"], as_index=False, sort=True,
                         dropna=False)["ore"].sum()
