"""What an Excel cell's number format shows of its value, where that differs from what
itvt reads: nothing (";;;", white on white), a text instead of the number, a percent of a
stored share, a number divided by thousands, or a time in hours and minutes that reads
as mm:ss. `input_files.read_xlsx_rows` refuses each, naming both readings where there are
two (docs/ARCHITECTURE.md, "Data conventions").
"""

from __future__ import annotations

import re

from .errors import DataError

_QUOTED = re.compile(r'"[^"]*"|\\.')  # literal text and escaped characters of a format


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


DASHES = "-\u2013\u2014\u2212"   # a zero shown as a dash (with a currency: "kr -")
_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)\s*(-?[0-9.]+)\]")


def _holds(condition: re.Match, value) -> bool:
    """Whether a section's condition ("[<1000]") holds for `value`."""
    limit = float(condition.group(2))
    return {"<": value < limit, ">": value > limit, "=": value == limit, "<>": value != limit,
            "<=": value <= limit, ">=": value >= limit}[condition.group(1)]


def _sections(form: str) -> list[str]:
    """A number format's sections, split at each ";" outside quoted text and escapes."""
    masked = _QUOTED.sub(lambda m: "x" * len(m.group(0)), form)
    cuts = [-1, *(i for i, c in enumerate(masked) if c == ";"), len(form)]
    return [form[a + 1:b] for a, b in zip(cuts, cuts[1:])]


def _bare(section: str) -> str:
    """A format section without its quoted text, escapes, colours and conditions."""
    return re.sub(r"\[[^\]]*\]", "", _QUOTED.sub("", section))


def _section(form: str, value) -> str:
    """The section of a number format that shows `value`: Excel's positive;negative;zero,
    or the first whose condition holds, else the first without one."""
    sections = _sections(form)[:3]
    conditions = [_CONDITION.search(section) for section in sections]
    if any(conditions):
        for section, condition in zip(sections, conditions):
            if condition is None or _holds(condition, value):
                return section
        return sections[-1]
    if len(sections) == 1 or (value >= 0 and len(sections) == 2) or value > 0:
        return sections[0]
    return sections[1] if value < 0 or len(sections) == 2 else sections[2]


_PLACEHOLDER = re.compile(r"[0#?@]|general", re.IGNORECASE)


def _visible(section: str) -> str:
    """What a section shows besides digits: its literal text, a padding "_x" as a blank
    and a fill "*x" as its character x."""
    literal = "".join(q[1:-1] if q.startswith('"') else q[1:] for q in _QUOTED.findall(section))
    return literal + re.sub(r"_.", " ", re.sub(r"\*(.)", r"\1", _bare(section)))


def shows_nothing(cell) -> bool:
    """A cell with a value whose number format's section for it shows nothing (";;;",
    Excel's idiom for hiding a value, or "0;;" for negatives): itvt would read a figure
    the controller does not see."""
    form = getattr(cell, "number_format", None) or ""
    if cell.value is None or not form.strip():
        return False
    if _is_number(cell.value):   # also a section of blanks alone ('0;" "', "0;_-")
        section = _section(form, cell.value)
        return not _PLACEHOLDER.search(_bare(section)) and not _visible(section).strip()
    else:
        sections = _sections(form)   # the fourth section is the texts'
        section = sections[3] if len(sections) > 3 else "@"
    return not re.sub(r"\[[^\]]*\]", "", section).strip()


def _rgb(color) -> str | None:
    """A colour's RRGGBB when the file states it (theme colours 0 and 1: white and black)."""
    if color is None or getattr(color, "tint", 0):
        return None
    if color.type == "rgb" and isinstance(color.rgb, str):
        return color.rgb[-6:].upper()
    if color.type == "indexed" and 0 <= color.indexed < 64:   # the legacy palette (.xls)
        from openpyxl.styles.colors import COLOR_INDEX
        return COLOR_INDEX[color.indexed][-6:].upper()
    return {0: "FFFFFF", 1: "000000"}.get(color.theme) if color.type == "theme" else None


def in_background(cell) -> bool:
    """A value whose font has its cell's background colour (white on no fill): unseen."""
    if cell.value is None or not str(cell.value).strip() or getattr(cell, "font", None) is None:
        return False
    fill = getattr(cell.fill, "patternType", "gradient")   # a gradient has no pattern
    ground = "FFFFFF" if fill is None else _rgb(cell.fill.fgColor) if fill == "solid" else None
    return ground is not None and _rgb(cell.font.color) == ground


def text_instead(cell) -> str | None:
    """The text a number's format section shows instead of it ('0;"–"' shows a negative
    as a dash): a section with text but no place for a digit; None when it shows the number
    (a zero shown as a dash is zero, as Excel's accounting format shows it)."""
    if not _is_number(cell.value) or not (getattr(cell, "number_format", None) or "").strip():
        return None
    section = _section(cell.number_format, cell.value)
    bare = _bare(section)
    if _PLACEHOLDER.search(bare):
        return None
    literal = "".join(q[1:-1] if q.startswith('"') else q[1:] for q in _QUOTED.findall(section))
    text = (literal + re.sub(r"[_*].", "", bare)).strip()
    dash = any(d in text for d in DASHES) and not any(c.isdigit() for c in text)
    return None if not text or (cell.value == 0 and dash) else text


_CLOCK_PARTS = re.compile(r"\[([hms])\1*\]|[a-z]", re.IGNORECASE)
_NOT_ELAPSED = re.compile(r"\[(?![hms]+\])[^\]]*\]", re.IGNORECASE)  # [$-41D], [Red]


def shown_seconds(value) -> int:
    """A workbook's time or duration in whole seconds as Excel shows it without fractions
    of a second: rounded half away from zero (02:59,5 shows 03:00, is 180 s)."""
    from .formatting import round_half_away

    if hasattr(value, "total_seconds"):
        return int(round_half_away(value.total_seconds()))
    return int(round_half_away(value.hour * 3600 + value.minute * 60 + value.second
                                + value.microsecond / 1e6))


def hours_minutes(cell) -> tuple[str, str, str] | None:
    """A time under a format of hours and minutes without seconds ("00:21" under hh:mm)
    reads as mm:ss, itvt's form of a duration, too: what it shows and both readings."""
    from datetime import time, timedelta

    value, form = cell.value, getattr(cell, "number_format", None) or ""
    if not isinstance(value, (time, timedelta)):
        return None
    seconds = shown_seconds(value)
    parts = {m.group(1) or m.group(0) for m in _CLOCK_PARTS.finditer(
        _NOT_ELAPSED.sub("", _QUOTED.sub("", form)))}
    parts = {p.lower() for p in parts}
    if not {"h", "m"} <= parts or parts & {"s", "y", "d"} or seconds < 0:
        return None
    hours, minutes = seconds // 3600, seconds // 60 % 60
    shown = f"{hours:02d}:{minutes:02d}" if "hh" in form.lower() else f"{hours}:{minutes:02d}"
    return (shown, f"{hours}:{minutes:02d}:{seconds % 60:02d} ({hours} h {minutes} min)",
            f"0:{hours:02d}:{minutes:02d} ({hours} min {minutes} s)")


def as_percent(cell) -> bool:
    """A number under a percent format: Excel stores 0.022 for "2,2 %" typed."""
    value, form = cell.value, getattr(cell, "number_format", None) or ""
    return _is_number(value) and "%" in _bare(_section(form, value))


_SCALING = re.compile(r"[0#?](,+)(?![0#?,])")   # "#,##0," shows 8 271 000 as 8 271


def scaling(cell) -> int:
    """How many thousands a number's format divides it by before showing it (Excel's
    trailing comma: "#,##0," shows a stored 8 271 000 as 8 271); 0 when it does not."""
    value, form = cell.value, getattr(cell, "number_format", None) or ""
    if not _is_number(value):
        return 0
    match = _SCALING.search(_bare(_section(form, value)))
    return len(match.group(1)) if match else 0


def refuse_scaled(shown: str, line: int, column: str | None, value, commas: int) -> None:
    """A cell whose format divides it by thousands shows one number and stores another:
    which of the two she meant would be a guess, so it is bad input naming both."""
    from decimal import Decimal

    stored = Decimal(repr(float(value))).normalize()
    as_shown = (stored / Decimal(1000) ** commas).normalize()

    def text(number: Decimal) -> str:
        return f"{number:f}".replace(".", ",").replace("-", "\u2212")

    divisor = f"{1000 ** commas:,}".replace(",", " ")
    raise DataError(shown, f"cellen visar {text(as_shown)} men lagrar {text(stored)} (ett "
                    f"talformat i Excel som delar med {divisor}); skriv talet som det ska "
                    "läsas, utan det formatet", line=line, column=column)


def refuse_percent(shown: str, line: int, column: str | None, value) -> None:
    """A cell shown as a percent stores a hundredth of what it shows: which of the two
    she meant would be a guess, so it is bad input naming both."""
    from decimal import Decimal

    stored = Decimal(repr(float(value)))
    as_shown = (stored * 100).normalize()

    def text(number: Decimal) -> str:
        return f"{number:f}".replace(".", ",").replace("-", "\u2212")

    raise DataError(shown, f"cellen visar {text(as_shown)} % men lagrar {text(stored)} "
                    "(procentformat i Excel); skriv talet utan procentformat, som "
                    f"{text(as_shown)}", line=line, column=column)
