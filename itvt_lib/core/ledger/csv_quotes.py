"""A quoted amount in a CSV export followed by more of a number before the delimiter
(`"100"5`, `"100",50` in a semicolon file): the C reader joins them into one number
(1 005, 100,50), a value the file does not show. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from ..errors import DataError

# At a field's start: a quote, a number (digits, blanks, `.` `,`, a sign or U+2212 in UTF-8),
# the closing quote and then more of a number (a digit, or `.` or `,` when it is no
# delimiter): text after it ("12" tum) is no other amount.
_NUMBER = rb'"(?:[-+]|\xe2\x88\x92)?[0-9 .,\xa0\xc2]*[0-9]"'


def refuse_text_after_quoted_amount(path: Path, encoding: str, delimiter: str,
                                    shown: str) -> None:
    """A quoted number followed by text in its field ("100"5, read as 1005) is bad input
    naming its line: the amount the file shows and the one read would differ."""
    sep = re.escape(delimiter.encode("ascii"))
    more = rb"0-9" + b"".join(re.escape(c) for c in (b".", b",") if c != delimiter.encode())
    pattern = re.compile(rb"(?:^|(?<=" + sep + rb"))(" + _NUMBER + rb")([" + more
                         + rb"])", re.MULTILINE)
    data = path.read_bytes()
    for at in _closing_quotes_before_more(data, delimiter):   # (few: numpy finds them)
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        found = pattern.search(data, start, len(data) if end < 0 else end)
        if found is not None:
            cell = (found.group(1) + found.group(2)).decode(encoding, errors="replace")
            raise DataError(shown, f"{cell}…: tecken efter citattecknet kring ett tal i samma "
                            "kolumn (läses som ett annat belopp); sätt hela värdet inom "
                            "citattecken", line=data.count(b"\n", 0, found.start()) + 1)


def _closing_quotes_before_more(data: bytes, delimiter: str) -> list[int]:
    """Positions of a quote after a digit and before a digit, `.` or `,` (not the
    delimiter): the places where a quoted number may go on in its cell."""
    found = []
    for at in range(0, max(len(data) - 2, 0), _WINDOW):   # (bounded memory)
        arr = np.frombuffer(data, dtype=np.uint8, count=min(_WINDOW + 2, len(data) - at),
                            offset=at)
        digit = (arr >= ord("0")) & (arr <= ord("9"))
        after = digit[2:].copy()
        for mark in (".", ","):
            if mark != delimiter:
                after |= arr[2:] == ord(mark)
        hits = np.flatnonzero((arr[1:-1] == ord('"')) & digit[:-2] & after)
        found.extend((hits + at + 1).tolist())
    return found


_WINDOW = 1 << 23
