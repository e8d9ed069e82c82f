"""A SIE file's closing `#KSUMMA sum` ends the file (SIE 4B, 10.4): a verifikation
appended after it was read and summed although the checksum does not cover it, and a
closing sum without the opening #KSUMMA was called a file cut short. Both are bad input
naming their line; blank lines and a DOS end-of-file mark (Ctrl-Z) after it are read."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks import synthetic_sie
from itvt_lib.core.ledger.sie import SieSyntaxError, parse_sie

TX = pd.DataFrame({"datum": pd.to_datetime(["2024-01-31"]), "konto": [5011],
                   "ansvar": ["9100"], "ore": [10000], "ver": [1]})
APPENDED = b'#VER B 9 20240120\r\n{\r\n#TRANS 5011 {1 "9100"} 999.00\r\n#TRANS 1930 {} -999.00\r\n}\r\n'


def test_a_record_after_the_closing_checksum_is_bad_input():
    data = synthetic_sie.sie_bytes(TX, 2024)
    at = data.count(b"\n") + 1
    with pytest.raises(SieSyntaxError, match=rf"efter filens avslutande #KSUMMA \(rad {at - 1}\)"
                                             ) as info:
        parse_sie(data + APPENDED)
    assert info.value.line == at


@pytest.mark.parametrize("tail", [b"", b"\r\n\r\n", b"\x1a", b"\r\n\x1a"])
def test_blank_lines_or_an_end_of_file_mark_after_the_checksum_are_read(tail):
    result = parse_sie(synthetic_sie.sie_bytes(TX, 2024) + tail)[0]
    assert result["ore"].tolist() == [10000]


def test_a_closing_checksum_without_the_opening_one_is_bad_input():
    data = synthetic_sie.sie_bytes(TX, 2024, ksumma=False) + b"#KSUMMA 12345\r\n"
    with pytest.raises(SieSyntaxError, match=r"#KSUMMA 12345 utan inledande #KSUMMA"):
        parse_sie(data)
