"""The one Swedish number parser: data-file cells, parameters and what a person types.

One function family, one rule set (docs/ARCHITECTURE.md, "Data conventions"):

- `parse_number(text, decimal=",")`: a number whose decimal mark is known (a file's, see
  `file_decimal_mark`). Grouping is by spaces only: ASCII space, NBSP (U+00A0), narrow
  NBSP (U+202F) or thin space (U+2009), between groups of exactly three digits of the
  whole part ("1 150", "14 929"; "11 50" is refused). A point or comma is never a
  thousands separator: the mark that is not the decimal mark is refused, and when the
  text could be either reading ("16,356" with a decimal point: 16,356 or 16 356) the
  refusal names both readings. Sign: a leading "+", "-" (U+002D) or "−" (U+2212), no
  space after it. A lone "-", "–", "—" or "−" is zero (as the committee's papers print
  it). A trailing "%" (a space before it allowed) only with `percent_sign=True`; the
  value is the figure as written ("2,5 %" → 2.5), the caller knows its kind. An exponent
  ("1e30", "1,5E+3") only with `exponent=True` (spreadsheet exports write them).
  Anything else ("tolv", "1,2,3", "1.234,5", "(907)", "inf") is refused.
- `parse_typed(text)`: what a person types in Sweden: the comma is always the decimal
  mark ("43,6", "1 150,0", "−5", "2,5 %" with `percent_sign=True`); a point is read as a
  decimal point only when it cannot be a thousands separator: "43.6" is 43,6, "43.600"
  is refused (43,6 or 43 600) and "1.234,5" is refused.
- `file_decimal_mark(default, cells)`: a file's decimal mark, decided once from its
  separator (the default) and all its numeric cells.

Refusals are `NumberError` (a `ValueError`) with a one-line Swedish reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

GROUPING = " \u00a0\u202f\u2009"  # space, NBSP, narrow NBSP, thin space
SIGNS = {"+": "", "-": "-", "\u2212": "-"}
ZERO_MARKS = frozenset({"-", "–", "—", "−"})
MARK_NAMES = {",": "komma", ".": "punkt"}
_GROUPED = re.compile(r"\d{1,3}(?:[" + GROUPING + r"]\d{3})+")
_EXPONENT = re.compile(r"[eE]([+-]?[0-9]{1,6})$")
_AMBIGUOUS = re.compile(r"[+\-\u2212]?[1-9]\d{0,2}([.,])\d{3}")  # "16,356", "−1.250"


class NumberError(ValueError):
    """A text that is not a number here; `mark` is the decimal mark it contradicts."""

    def __init__(self, text: str, reason: str, mark: str | None = None,
                 readings: tuple[Decimal, ...] = ()):
        self.text, self.reason, self.mark, self.readings = text, reason, mark, readings
        tail = f"; decimaltecknet är {MARK_NAMES[mark]}" if mark else ""
        super().__init__(f'"{text}" {reason}{tail}')

    def in_file(self) -> str:
        """The message for a cell of a file: the mark is the file's."""
        tail = f"; filen använder decimal{MARK_NAMES[self.mark]}" if self.mark else ""
        return f'"{self.text}" {self.reason}{tail}'


def show_exact(value: Decimal) -> str:
    """A reading in Swedish form, every digit kept: 16356 → "16 356", 16.356 → "16,356"."""
    sign = "\u2212" if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    return sign + grouped + ("," + frac if frac else "")


def decimals_of(value: Decimal) -> int:
    """The decimals a number is written with (57.562 → 3, 57.50 → 2, 57 → 0)."""
    return max(0, -value.as_tuple().exponent)


def _readings(body: str, other: str) -> tuple[Decimal, Decimal] | None:
    """Both readings of "16,356" when `other` could be a decimal mark or a grouping."""
    match = _AMBIGUOUS.fullmatch(body)
    if not match or match.group(1) != other:
        return None
    sign = "-" if body[0] in "-\u2212" else ""
    digits = body.lstrip("+-\u2212")
    return Decimal(sign + digits.replace(other, ".")), Decimal(sign + digits.replace(other, ""))


def invisible(text: str) -> str | None:
    """The first character of `text` that shows nothing (Unicode category Cf: a zero-width
    space pasted from the web, a soft hyphen, a BOM) named as a message says it, "tecknet
    U+200B (nollbrett mellanslag)"; None when every character shows."""
    char = next((c for c in text if unicodedata.category(c) == "Cf"), None)
    if char is None:
        return None
    name = _INVISIBLE_NAMES.get(char)
    return f"tecknet U+{ord(char):04X}" + (f" ({name})" if name else "")


_INVISIBLE_NAMES = {"\u200b": "nollbrett mellanslag", "\u00ad": "mjukt bindestreck",
                    "\ufeff": "byte order mark", "\u2060": "ordfogare",
                    "\u200c": "nollbrett icke-sammanfogande tecken",
                    "\u200d": "nollbrett sammanfogande tecken"}


def parse_number(text, *, decimal: str = ",", percent_sign: bool = False,
                 exponent: bool = False) -> Decimal:
    """A number written with decimal mark `decimal`, under the module's rules, exactly."""
    if decimal not in MARK_NAMES:
        raise AssertionError(f"decimal mark {decimal!r}")
    if isinstance(text, bool) or not isinstance(text, (str, int, float, Decimal)):
        raise NumberError(str(text), "är inte ett tal")
    if not isinstance(text, str):
        value = Decimal(repr(text)) if isinstance(text, float) else Decimal(text)
        if not value.is_finite():
            raise NumberError(str(text), "är inte ett ändligt tal")
        return value
    original = text.strip()
    body = original
    if not body:
        raise NumberError(original, "är tomt, inte ett tal")
    if body in ZERO_MARKS:
        return Decimal(0)
    if body.endswith("%"):
        if not percent_sign:
            raise NumberError(original, 'har ett procenttecken, som inte hör hemma här')
        body = body[:-1].rstrip(GROUPING)
    sign = ""
    if body[:1] in SIGNS:
        sign, body = SIGNS[body[0]], body[1:]
    power = ""
    found = _EXPONENT.search(body) if exponent else None
    if found:
        power, body = "E" + found.group(1), body[: found.start()]
    other = "." if decimal == "," else ","
    if not body or body[0] in GROUPING or re.search(r"[^0-9.," + GROUPING + "]", body):
        hidden = invisible(original)
        if hidden:
            raise NumberError(original, f"innehåller {hidden}, som inte syns; ta bort det")
        raise NumberError(original, "är inte ett tal")
    if other in body:
        readings = _readings(sign + body, other) if not power else None
        if readings:
            shown = " eller ".join(show_exact(r) for r in readings)
            raise NumberError(original, f"kan läsas som {shown}", decimal, readings)
        if decimal in body or body.count(other) > 1:
            raise NumberError(original, f'har "{other}" som tusentalsavgränsare, som inte '
                              "godtas (skriv tusental med mellanslag)", decimal)
        raise NumberError(original, f"har decimal{MARK_NAMES[other]}", decimal)
    whole, _, frac = body.partition(decimal)
    if decimal in frac:
        raise NumberError(original, "har flera decimaltecken")
    if decimal in body and not frac.isdigit():
        raise NumberError(original, "saknar siffror efter decimaltecknet"
                          if not frac else "har mellanslag bland decimalerna")
    if any(c in GROUPING for c in whole) and not _GROUPED.fullmatch(whole):
        raise NumberError(original, "har mellanslag som inte skiljer tusental (skriv till "
                          "exempel 1 150 eller 1150)")
    digits = "".join(c for c in whole if c.isdigit())
    if not digits and not frac:
        raise NumberError(original, "är inte ett tal")
    return Decimal(f"{sign}{digits or '0'}.{frac or '0'}{power}")


def parse_typed(text, *, percent_sign: bool = False) -> Decimal:
    """What a person types: decimal comma; a point only where it cannot group thousands."""
    try:
        return parse_number(text, decimal=",", percent_sign=percent_sign)
    except NumberError as error:
        if error.readings or error.mark != "," or "," in str(text):
            raise NumberError(error.text, error.reason) from None
        return parse_number(text, decimal=".", percent_sign=percent_sign)


def two_readings(text: str) -> bool:
    """Whether a number text has one point or comma before exactly three digits ("1.000",
    "−16,356"): a decimal mark or a thousands separator, two readings."""
    return bool(_AMBIGUOUS.fullmatch(text.strip()))


def unambiguous_mark(text) -> str | None:
    """The decimal mark a cell shows beyond doubt ("16,5" → ","; "16,356", "12" → None)."""
    if not isinstance(text, str):
        return None
    body = text.strip().rstrip("%").rstrip(GROUPING)
    body = _EXPONENT.sub("", body)
    marks = [c for c in body if c in MARK_NAMES]
    if len(marks) != 1 or _AMBIGUOUS.fullmatch(body):
        return None
    return marks[0]


def file_decimal_mark(default: str, cells: Iterable) -> str:
    """A file's decimal mark: its separator's `default`, unless every numeric cell that
    shows a mark beyond doubt shows the other one (and at least one does)."""
    shown = {unambiguous_mark(cell) for cell in cells} - {None}
    return shown.pop() if len(shown) == 1 else default


def tab_file_readings(text) -> str | None:
    """Why a cell of a tab-separated file none of whose cells shows its decimal mark may not
    be read: "6,635" is 6,635 in Swedish Excel's "Unicode text" but 6 635 in English Excel's
    or a Google Sheets TSV (both readings named), None when it reads one way."""
    body = text.strip() if isinstance(text, str) else ""
    readings = _readings(body, ",") if _AMBIGUOUS.fullmatch(body) else None
    if not readings:
        return None
    shown = " eller ".join(show_exact(r) for r in readings)
    return (f'"{body}" kan läsas som {shown} (en tabbavgränsad fil utan en cell som visar '
            "decimaltecknet); skriv talet utan tusentalsavgränsare")
