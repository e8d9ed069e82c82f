"""A text file's encoding, decided once for the whole file (docs/ARCHITECTURE.md, "Data
conventions").

- A UTF-8 BOM: UTF-8; every byte after it must be UTF-8.
- A UTF-16 or UTF-32 BOM (what "Unicode text" from Excel is): read as that encoding.
- No BOM: UTF-8 when the whole file decodes as UTF-8; cp1252 (Swedish Excel, Windows)
  only when it does not AND holds no valid UTF-8 multi-byte sequence. A file that holds
  both (valid UTF-8 "å" plus one stray cp1252 byte, say after an edit in another program)
  is bad input naming the first line that is not UTF-8: read either way, some of its
  text would be wrong. (A cp1252 file whose letters happen to form a UTF-8 sequence,
  such as "Ã¥", is read as that mix too: Swedish text has none.)

Every problem is a one-line `DataError` in Swedish.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import DataError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_UTF8_MULTIBYTE = re.compile(  # one well-formed UTF-8 sequence of two to four bytes
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _line_of(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def detect_encoding(raw: bytes, shown: str) -> str:
    """The codec that reads all of `raw` under the module's rules (or a DataError)."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            if codec == "utf-8-sig":
                break
            try:
                raw.decode(codec)
            except UnicodeDecodeError:
                raise DataError(shown, f"filen börjar som {name} (BOM) men går inte att "
                                f"läsa som {name}; spara den som UTF-8") from None
            return codec
    try:
        raw.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        first_bad = exc.start + (3 if raw.startswith(codecs.BOM_UTF8) else 0)
    bom = raw.startswith(codecs.BOM_UTF8)
    utf8 = _UTF8_MULTIBYTE.search(raw, 3 if bom else 0)
    if utf8 is not None or bom:
        where = (" (den börjar med UTF-8:s BOM)" if bom
                 else f" (se rad {_line_of(raw, utf8.start())})")
        raise DataError(shown, f"filen är UTF-8{where}, men raden har byten "
                        f"0x{raw[first_bad]:02X}, som inte är UTF-8 (blandad kodning; "
                        "spara filen som UTF-8)", line=_line_of(raw, first_bad))
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DataError(shown, f"byten 0x{raw[exc.start]:02X} är varken UTF-8 eller cp1252 "
                        "(spara filen som UTF-8)", line=_line_of(raw, exc.start)) from None
    return "cp1252"


def decode_text(raw: bytes, shown: str) -> str:
    """The text of a file's bytes, its encoding decided once (`detect_encoding`)."""
    return raw.decode(detect_encoding(raw, shown))


def nfc(text: str) -> str:
    """Text in NFC: "Vårgårda" typed on a Mac (a + combining ring) equals "Vårgårda"."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
