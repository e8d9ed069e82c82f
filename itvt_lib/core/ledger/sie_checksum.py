"""The #KSUMMA check of a SIE file (SIE 4B, 10.4–10.14): a file changed or cut after its
export is refused, one Swedish line naming the line. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from .sie_text import BLANK, Lines, SieSyntaxError, checksum


def verify_checksum(lines: Lines, header) -> None:
    """With an opening #KSUMMA the file must end with `#KSUMMA sum` equal to the CRC-32 of
    the records between (SIE 4B, 10.4–10.14)."""
    if not header.ksumma:
        return
    (first, _), (last, fields) = header.ksumma[0], header.ksumma[-1]
    if len(header.ksumma) == 1 and fields:
        raise SieSyntaxError(last + 1, f"#KSUMMA {fields[0]} utan inledande #KSUMMA (efter "
                             "#FLAGGA): kontrollsumman kan inte prövas, exportera filen igen")
    after = next((r for r in range(last + 1, len(lines)) if lines.kind[r] != BLANK
                  and lines.text(r).strip(" \t\x1a")), None)   # Ctrl-Z: DOS end of file
    if after is not None and fields:
        raise SieSyntaxError(after + 1, f"en post efter filens avslutande #KSUMMA (rad {last + 1}) "
                             "ingår inte i kontrollsumman: filen har ändrats efter exporten")
    if len(header.ksumma) < 2 or not fields:
        raise SieSyntaxError(first + 1, "filen börjar med #KSUMMA men slutar utan #KSUMMA "
                             "med kontrollsumma: filen är avkortad, exportera den igen")
    try:
        declared = int(str(fields[0])) & 0xFFFFFFFF
    except ValueError:
        raise SieSyntaxError(last + 1, f'"#KSUMMA {fields[0]}": kontrollsumman ska vara ett '
                             "heltal") from None
    if declared == checksum(lines, first + 1, last) or \
            declared == checksum(lines, first + 1, last, with_hash=False):
        return
    raise SieSyntaxError(last + 1, f"#KSUMMA {fields[0]} stämmer inte med filens innehåll "
                         f"(beräknad {checksum(lines, first + 1, last)}): filen har ändrats "
                         "efter exporten eller skadats")
