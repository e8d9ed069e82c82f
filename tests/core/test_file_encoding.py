"""A file's encoding is decided once for the whole file: UTF-8 (BOM or not), UTF-16/32
with a BOM, cp1252 only when no byte sequence is UTF-8; a mix is bad input naming its line."""

from __future__ import annotations

import codecs

import pytest
from pandas.testing import assert_frame_equal

from itvt_lib.areas import load_dataset
from itvt_lib.core.encoding import decode_text, detect_encoding
from itvt_lib.core.errors import DataError

TEXT = "kommun,namn,huvudman,ordning\nHerrljunga,Herrljunga kommun,ja,1\nVårgårda,Vårgårda kommun,nej,2\n"


@pytest.mark.parametrize(("raw", "expected"), [
    (TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("cp1252"), "cp1252"),
    (TEXT.encode("utf-16"), "utf-16"),                      # BOM, native order
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (TEXT.encode("utf-32"), "utf-32"),
    (b"kommun\nAlings\xe5s\n", "cp1252"),
])
def test_each_encoding_is_recognised_and_read_whole(raw, expected):
    assert detect_encoding(raw, "k.csv") == expected
    assert decode_text(raw, "k.csv").replace("\ufeff", "") == raw.decode(expected).lstrip("\ufeff")


@pytest.mark.parametrize(("raw", "message"), [
    # valid UTF-8 "å" on line 2, one cp1252 "ö" (0xF6) on line 3
    ("a\nVårgårda\n".encode() + b"f\xf6r\n", r"^k\.csv:3: filen är UTF-8 \(se rad 2\), men raden "
     r"har byten 0xF6, som inte är UTF-8 \(blandad kodning; spara filen som UTF-8\)$"),
    (b"a\nb\np\xe5\n" + "Vårgårda\n".encode(), r"^k\.csv:3: filen är UTF-8 \(se rad 4\)"),
    (codecs.BOM_UTF8 + b"a\nb\xe5\n",
     r"^k\.csv:2: filen är UTF-8 \(den börjar med UTF-8:s BOM\), men raden har byten 0xE5"),
    (b"a\nb\n\x81\n", r"^k\.csv:3: byten 0x81 är varken UTF-8 eller cp1252"),
    (codecs.BOM_UTF16_LE + b"a\x00b", r"^k\.csv: filen börjar som UTF-16 \(BOM\) men går inte att "
     r"läsa som UTF-16; spara den som UTF-8$"),
])
def test_a_file_that_fits_no_one_encoding_is_one_line(raw, message):
    with pytest.raises(DataError, match=message):
        detect_encoding(raw, "k.csv")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-be-bom"])
def test_a_table_reads_the_same_in_every_accepted_encoding(data_dir, encoding):
    path = data_dir / "kommuner.csv"
    expected = load_dataset(data_dir)["kommuner"]
    text = path.read_text(encoding="utf-8")
    raw = (codecs.BOM_UTF16_BE + text.encode("utf-16-be") if encoding == "utf-16-be-bom"
           else text.encode(encoding))
    path.write_bytes(raw)
    result = load_dataset(data_dir)["kommuner"]
    assert_frame_equal(result, expected)


def test_one_stray_cp1252_byte_in_a_utf8_table_is_bad_input_naming_its_line(data_dir):
    path = data_dir / "arsrapport_text.csv"
    lines = path.read_bytes().split(b"\n")
    line = next(i for i, text in enumerate(lines) if "å".encode() in text) + 1
    lines[line - 1] = lines[line - 1].replace("å".encode(), b"\xe5", 1)  # the editor's cp1252 "å"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(DataError, match=rf"arsrapport_text\.csv:{line}: filen är UTF-8 .*men "
                       r"raden har byten 0xE5, som inte är UTF-8"):
        load_dataset(data_dir)
