"""Errors the suite reports to its users as one line (exit code 2, no traceback).
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import errno
import unicodedata


class InputError(Exception):
    """Bad input: a data file, a parameter or a period the suite cannot use."""

    exit_code = 2

    def __init__(self, *args):
        super().__init__(*(one_line(a) if isinstance(a, str) else a for a in args))


def one_line(text: str) -> str:
    """A message on one line: a line break inside a quoted value is shown as \\n, and an
    invisible character (a zero-width space, a soft hyphen: Unicode category Cf) as \\u200b,
    so "Vårgårda\\u200b" is not shown as the "Vårgårda" it looks like; the other line
    breaks (U+2028, U+2029, U+0085, a form feed) as \\u2028, so the message stays one line."""
    text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cf"
                   or c in OTHER_LINE_BREAKS else c for c in text)


# What str.splitlines also breaks at, besides \n and \r: a message holding one is two lines.
OTHER_LINE_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


# Invisible controls of the writing direction: in a name or a sentence they reverse the
# figures that follow on the page and in the PDF ("11 093 tkr" shown as "rkt 390 11").
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
# Control characters other than tab and line breaks: no page shows them and no workbook can
# hold them (a vertical tab pasted from Word would stop the run at tabeller.xlsx).
# C1 controls (U+0080–U+009F) likewise: text decoded twice arrives with them.
C0_CONTROLS = frozenset(chr(c) for c in (*range(32), *range(127, 160))) - set("\t\n\r")
# Noncharacters that XML 1.0 cannot hold: a workbook with one is cut short where it stands
# (LibreOffice drops the rest of the sheet; Excel calls the file damaged).
NONCHARACTERS = frozenset("\ufffe\uffff")


def unshowable(text: str) -> str | None:
    """Why `text` cannot stand in a report, as a Swedish phrase naming the character
    ("U+202E"): a writing-direction control, a control character, half a surrogate or a
    noncharacter no workbook holds (U+FFFE, U+FFFF); None when it can."""
    for char in text:
        if char in BIDI_CONTROLS:
            return (f"texten innehåller ett osynligt tecken för skrivriktning (U+{ord(char):04X}), "
                    "som vänder ordningen på tecknen och talen efter det; ta bort det")
        if char in C0_CONTROLS:
            return (f"texten innehåller styrtecknet U+{ord(char):04X}, som inte kan stå i en "
                    "rapport eller ett kalkylblad; ta bort det")
        if unicodedata.category(char) == "Cs":   # "\ud800" escaped in YAML: no UTF-8 holds it
            return (f"texten innehåller U+{ord(char):04X}, en halv surrogat som inte är "
                    "något tecken; ta bort den")
        if char in NONCHARACTERS:   # "\uFFFE" escaped in YAML: the workbook's XML breaks
            return (f"texten innehåller U+{ord(char):04X}, som inte är något tecken och inte "
                    "kan stå i ett kalkylblad; ta bort det")
    return None


BLANK_LOOKALIKES = "\u2800\u3164\uffa0\u115f\u1160"   # Braille blank, Hangul fillers


def blank(text: str) -> bool:
    """Whether `text` shows nothing: only spaces, invisible characters (a zero-width
    space, a soft hyphen: Unicode category Cf), blank lookalikes and combining marks with
    nothing to sit on."""
    shown = "".join(c for c in text if unicodedata.category(c) != "Cf"
                    and c not in BLANK_LOOKALIKES).strip()
    return all(unicodedata.category(c) in ("Mn", "Me") or c.isspace() for c in shown)


class DataError(InputError):
    """A problem in a data file, located as `file:line: column: message`."""

    def __init__(self, file, message: str, line: int | None = None, column: str | None = None):
        self.file, self.line, self.column, self.message = str(file), line, column, message
        where = self.file if line is None else f"{self.file}:{line}"
        text = f"{where}: {column}: {message}" if column else f"{where}: {message}"
        super().__init__(text)


class ParamError(InputError):
    """A problem in a parameter (a params YAML file, a CLI flag or a notebook parameter)."""


# The system's reasons a controller meets, in Swedish (os.strerror is English).
_REASONS = {
    errno.ENOENT: "finns inte", errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas", errno.ENOSPC: "disken är full",
    errno.EDQUOT: "diskkvoten är slut", errno.EROFS: "filsystemet är skrivskyddat",
    errno.EISDIR: "är en mapp", errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.ELOOP: "för många nivåer av symboliska länkar",
    errno.ENAMETOOLONG: "namnet är för långt", errno.EIO: "in- eller utmatningsfel",
    errno.EEXIST: "finns redan", errno.ENOTEMPTY: "mappen är inte tom",
    errno.EBUSY: "används av ett annat program",
}


def os_reason(exc: OSError) -> str:
    """The reason of a system error as a controller reads it: Swedish for the common errno
    values, else the system's own text."""
    return _REASONS.get(exc.errno, exc.strerror or type(exc).__name__)


# PyYAML's commonest problems (its texts are English), by how they begin.
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "ett kolon som inte hör hemma här (skriv texten inom "
                                       "citattecken)"),
    ("found character '\\t'", "ett tabbtecken (dra in med mellanslag)"),
    ("could not find expected ':'", "kolon saknas efter en nyckel"),
    ("found unexpected end of stream", "filen slutar mitt i en text inom citattecken"),
    ("found duplicate", "ett namn står två gånger"),
    ("expected <block end>", "indraget stämmer inte med raderna ovanför"),
    ("expected ',' or ']'", "en lista inom [ ] avslutas inte rätt"),
    ("expected ',' or '}'", "en mappning inom { } avslutas inte rätt"),
    ("expected the node content, but found '<stream end>'",
     "en lista eller mappning inom [ ] eller { } avslutas inte innan filen slutar"),
    ("expected the node content", "ett tecken (] } , -) står där ett värde ska stå"),
    ("found an anchor on a text that no alias uses", "ett & i början av en text läses som "
     "ett ankare (&namn) och stryks ur texten; skriv texten inom citattecken"),
    ("found undefined alias", "ett alias (*namn) utan sitt ankare (&namn)"),
    ("did not find expected", "indraget eller ett tecken stämmer inte med raderna ovanför"),
    ("but found another document", "fler än ett dokument (en rad med ---); en params-fil "
                                   "har ett"),
    ("could not determine a constructor for the tag", "en tagg (!…) som itvt inte läser; "
                                                      "ta bort den"),
    ("found unknown escape character", 'ett okänt tecken efter \\ inom "…" (skriv \\\\ '
                                       "eller texten inom enkla citattecken '…')"),
    ("expected escape sequence", 'ett okänt tecken efter \\ inom "…" (skriv \\\\ eller '
                                 "texten inom enkla citattecken '…')"),
    ("found character", "ett tecken som inte kan inleda ett värde (skriv texten inom "
                        "citattecken)"),
    ("expected alphabetic or numeric character", "ett & eller * utan namn (skriv texten inom "
                                                 "citattecken)"),
    ("expected chomping or indentation indicators", "ett tecken efter | eller > som inte hör "
                                                    "hemma där (texten börjar på nästa rad)"),
    ("second occurrence", "ett ankare (&namn) står två gånger; ge det ena ett annat namn"),
    ("sequence entries are not allowed here", "ett - (en listpunkt) där ingen lista kan "
     "börja; skriv punkterna på egna rader under nyckeln, eller texten inom citattecken"),
    ("found unhashable key", "en lista eller mappning står som nyckel (en nyckel är en text)"),
)


def yaml_problem(problem: str | None) -> str:
    """What is wrong in a YAML file, in Swedish: the commonest PyYAML problems translated,
    any other quoted after "ogiltig YAML"."""
    for start, swedish in _YAML_PROBLEMS:
        if problem and problem.startswith(start):
            return f"ogiltig YAML: {swedish}"
    return f"ogiltig YAML ({problem})" if problem else "ogiltig YAML"


def unexpected_line(exc: BaseException) -> str:
    """The one line for an error itvt did not foresee (a bug), naming its kind and text."""
    text = " ".join(str(exc).split())[:300]
    return (f"oväntat internt fel i itvt ({type(exc).__name__}{': ' + text if text else ''}); "
            "ITVT_DEBUG=1 visar hela förloppet")
