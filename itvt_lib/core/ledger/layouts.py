"""Ledger export layouts (huvudbok_layouts.yaml): the CSV layouts and the `sie:` settings.

Each CSV layout maps the suite's fields to an export's column headings; the `sie:` section
says which SIE dimension holds the kostnadsställe and whether #PBUDGET is compared with the
adopted budget. See data/README.md, "Ledger exports", and docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..encoding import nfc
from ..errors import DataError, yaml_problem
from ..loading import decode_text, read_regular_bytes
from ..paths import display_path
from ..yaml_files import KeyTwice, load_one_way
from .debet_kredit import SIGN_KEYS, minus_rule

FOLDER = "huvudbok"
LAYOUTS_FILE = "huvudbok_layouts.yaml"
FIELDS = ("period", "datum", "verifikation", "konto", "ansvar", "projekt", "belopp",
          "debet", "kredit", "text")
READ_FIELDS = ("period", "datum", "konto", "ansvar", "belopp", "debet", "kredit")
SIE_SUFFIXES = (".se", ".si", ".sie")


# ---------------------------------------------------------------- layouts

@dataclass(frozen=True)
class Layout:
    """One export layout: suite field → the export's column heading."""

    name: str
    columns: dict
    optional: tuple = ()
    minus: str = ""   # debet/kredit: "kredit" (credits negative), "rattelse" or "" (none)

    @property
    def kind(self) -> str:
        return "saldo" if "period" in self.columns else "transaktion"

    def required(self) -> list[str]:
        return [f for f in self.columns if f not in self.optional]


def read_layouts_file(data_dir: Path) -> dict | None:
    """The parsed `huvudbok_layouts.yaml` (None when the file does not exist)."""
    import yaml

    path = Path(data_dir) / LAYOUTS_FILE
    shown = display_path(path)
    if not path.exists():
        return None
    try:
        content = load_one_way(decode_text(read_regular_bytes(path, shown), shown))
    except KeyTwice as exc:   # YAML keeps the last silently: which one was meant is a guess
        where = "står i två mappningar som slås samman med <<" if exc.merged else \
            "står två gånger i samma mappning"
        raise DataError(shown, f"{exc.key}: nyckeln {where}; ta bort den ena",
                        line=exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(shown, yaml_problem(getattr(exc, "problem", None)),
                        line=mark.line + 1 if mark else None) from None
    return content if isinstance(content, dict) else {}


@dataclass(frozen=True)
class SieSettings:
    """The `sie:` section: the dimension whose objects are kostnadsställen (mapped by
    ansvar.csv, object = ansvar code) and whether #PBUDGET is compared with the budget."""

    dimension: str = "1"
    jamfor_budget: bool = True


def load_sie_settings(data_dir: Path) -> SieSettings:
    """The `sie:` section of huvudbok_layouts.yaml (defaults: dimension 1, compare budgets)."""
    content = read_layouts_file(data_dir) or {}
    spec = content.get("sie") or {}
    shown = display_path(Path(data_dir) / LAYOUTS_FILE)
    if not isinstance(spec, dict):
        raise DataError(shown, "sie: ska vara en mappning (dimension, jamfor_budget)")
    unknown = [k for k in spec if k not in ("dimension", "jamfor_budget")]
    if unknown:
        raise DataError(shown, f"sie: okänd nyckel {unknown[0]} (kända: dimension, jamfor_budget)")
    dimension = spec.get("dimension", 1)
    if isinstance(dimension, bool) or not isinstance(dimension, int) or dimension < 1:
        raise DataError(shown, f"sie: dimension ska vara ett dimensionsnummer (1, 2, …), inte {dimension!r}")
    compare = spec.get("jamfor_budget", True)
    if not isinstance(compare, bool):
        raise DataError(shown, f"sie: jamfor_budget ska vara true eller false, inte {compare!r}")
    return SieSettings(str(dimension), compare)


def load_layouts(data_dir: Path) -> list[Layout]:
    """Read the CSV layouts of `huvudbok_layouts.yaml`: each layout maps konto, ansvar,
    belopp or (never and) debet and kredit, and exactly one of period (balance) or datum
    (transaction)."""
    path = Path(data_dir) / LAYOUTS_FILE
    shown = display_path(path)
    content = read_layouts_file(data_dir)
    if content is None:
        raise DataError(shown, f"filen saknas (behövs för att läsa {display_path(Path(data_dir) / FOLDER)}/)")
    layouts = content.get("layouts")
    if not isinstance(layouts, dict) or not layouts:
        raise DataError(shown, "ska ha en mappning layouts: med layouternas namn")
    result = []
    for name, spec in layouts.items():
        columns = spec.get("columns") if isinstance(spec, dict) else None
        if not isinstance(columns, dict):
            raise DataError(shown, f'layout {name}: ska ha "columns:" med fält: rubrik')
        unknown_keys = [k for k in spec if k not in ("columns", "optional", *SIGN_KEYS)]
        if unknown_keys:   # a misspelt key would be ignored silently
            known = ", ".join(f'"{k}:"' for k in ("columns", "optional", *SIGN_KEYS))
            raise DataError(shown, f"layout {name}: okänd nyckel {unknown_keys[0]} (kända: "
                            f"{known})")
        unknown = [f for f in columns if f not in FIELDS]
        if unknown:
            raise DataError(shown, f"layout {name}: okänt fält {unknown[0]} "
                            f"(kända: {', '.join(FIELDS)})")
        if "belopp" in columns and {"debet", "kredit"} & set(columns):  # which is a guess
            raise DataError(shown, f"layout {name}: belopp eller debet och kredit, inte båda "
                            "(ange beloppet på ett sätt)")
        has_amount = "belopp" in columns or {"debet", "kredit"} <= set(columns)
        if not has_amount or "konto" not in columns or "ansvar" not in columns or \
                ("period" in columns) == ("datum" in columns):
            raise DataError(shown, f"layout {name}: behöver konto, ansvar, belopp (eller debet "
                            "och kredit) och antingen period (saldon) eller datum (transaktioner)")
        _read_headings_once(str(name), columns, shown)
        _amounts_in_kronor(str(name), columns, shown)
        optional = _optional_fields(str(name), spec.get("optional"), shown)
        if any(f in optional for f in ("period", "datum", "konto", "ansvar", "belopp")):
            raise DataError(shown, f"layout {name}: period, datum, konto, ansvar och belopp "
                            "kan inte vara valfria")
        result.append(Layout(str(name), {k: str(v) for k, v in columns.items()}, optional,
                             minus_rule(str(name), spec, columns, shown)))
    return result


def _read_headings_once(name: str, columns: dict, shown: str) -> None:
    """Each field the suite reads has a heading of its own (two fields read from one
    column would be a guess at what the column holds)."""
    seen: dict[str, str] = {}
    for field in (f for f in READ_FIELDS if f in columns):
        heading = _norm(columns[field])
        if heading in seen:
            raise DataError(shown, f"layout {name}: {seen[heading]} och {field} har samma "
                            f"rubrik {str(columns[field]).strip()} (varje fält läses ur en "
                            "egen kolumn)")
        seen[heading] = field


# A unit beside an amount's heading other than kr: "Belopp (tkr)", "Utfall, Mkr", "KSEK",
# "t kr", "Belopp i 1 000-tal kr", "(1000 kr)".
_OTHER_UNIT = re.compile(r"(?<![^\W\d_])(?:tkr|mkr|mnkr|kkr|ksek|tsek|msek|tusen(?:tal)?|"
                         r"tusentals\s+kr(?:onor)?|miljoner|öre|[tm]\s(?:kr|sek)|"
                         r"1[\s\u00a0.]?000(?:-?tal)?(?:\s*(?:kr|kronor|sek))?)"
                         r"(?![^\W\d_])", re.IGNORECASE)


# An amount's heading saying it is accumulated: "Ack. belopp", "Utfall hittills", "YTD",
# "Belopp t.o.m.", or an opening or closing balance: "UB", "Utgående saldo", "IB".
_ACCUMULATED = re.compile(r"(?<![^\W\d_])(?:ack|ackum|ackumulera[dt]|hittills|ytd|t\.o\.m|"
                          r"accumulated|cumulative|ib|ub|ingående|utgående|opening|closing)"
                          r"(?![^\W\d_])", re.IGNORECASE)


# A word before a unit or an accumulation that says the amount is not in it: "ej tkr",
# "exkl. IB", "utan ack." (the period's own amount in kr).
_NEGATED = re.compile(r"(?<![^\W\d_])(?:ej|inte|utan|exkl|exklusive|excl|excluding|not)"
                      r"\.?\s*\(?\s*$", re.IGNORECASE)
_KRONOR = re.compile(r"(?<![^\W\d_])(?:kr|kronor|sek)(?![^\W\d_])", re.IGNORECASE)


def named_in(pattern: re.Pattern, heading: str) -> str | None:
    """The first word of `pattern` in an amount heading not negated before it ("ej tkr",
    "exkl. IB"), and öre only without kr beside it ("Belopp kr och öre" is in kr); else None."""
    for found in pattern.finditer(heading):
        if _NEGATED.search(heading[:found.start()]):
            continue
        if found.group(0).lower() == "öre" and _KRONOR.search(heading):
            continue
        return found.group(0)
    return None


def _amounts_in_kronor(name: str, columns: dict, shown: str) -> None:
    """An amount heading naming another unit than kr (tkr, Mkr, KSEK, öre) or an
    accumulated amount (Ack., hittills, YTD, IB, UB) is bad input (`named_in`): the amounts
    are read as the period's own kr, so 12,5 tkr would count as 12,50 kr and February's ack.
    as February."""
    for field in ("belopp", "debet", "kredit"):
        heading = str(columns.get(field, "")).strip()
        if unit := named_in(_OTHER_UNIT, heading):
            raise DataError(shown, f"layout {name}: {field} har rubriken \"{heading}\" i "
                            f"{unit}, men beloppen läses i kr: exportera beloppen i "
                            "kr (med öre)")
        if named_in(_ACCUMULATED, heading):
            raise DataError(shown, f"layout {name}: {field} har rubriken \"{heading}\", ett "
                            "ackumulerat belopp, men beloppen läses som periodens eget: "
                            "exportera periodens belopp (inte ackumulerat)")


def _optional_fields(name: str, optional, shown: str) -> tuple:
    """`optional:` of a layout: a list of the layout's field names (none when absent)."""
    if optional is None:
        return ()
    if not isinstance(optional, list) or not all(isinstance(f, str) for f in optional):
        raise DataError(shown, f"layout {name}: optional ska vara en lista av fält, t.ex. "
                        "[verifikation, projekt, text]")
    unknown = [f for f in optional if f not in FIELDS]
    if unknown:
        raise DataError(shown, f"layout {name}: optional: okänt fält {unknown[0]} "
                        f"(kända: {', '.join(FIELDS)})")
    return tuple(optional)


def _norm(heading: str) -> str:
    """A heading as compared: NFC, blanks as one space, no BOM, trimmed, lower case."""
    return re.sub(r"\s+", " ", nfc(str(heading)).replace("\ufeff", "")).strip().lower()


def choose_layout(file_name: str, header: list[str], layouts: list[Layout]) -> Layout | None:
    """The layout a file's name contains (the longest such name), else the first layout
    whose required headings are all in the header."""
    lowered = file_name.lower()
    named = [lay for lay in layouts if lay.name.lower() in lowered]
    if named:
        return max(named, key=lambda lay: len(lay.name))
    return next(iter(fitting_layouts(header, layouts)), None)


def fitting_layouts(header: list[str], layouts: list[Layout]) -> list[Layout]:
    """The layouts whose required headings are all in the header, in their order."""
    present = {_norm(h) for h in header}
    return [lay for lay in layouts if all(_norm(lay.columns[f]) in present
                                          for f in lay.required())]


