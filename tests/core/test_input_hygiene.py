"""Input-file hygiene (issue 23, case 14): Excel's `sep=;` line, trailing empty columns,
macOS NFD names, a NUL byte, a file name in the wrong case, one table in two files."""

from __future__ import annotations

import shutil
import unicodedata

import openpyxl
import pytest
from pandas.testing import assert_frame_equal

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _edit(name: str, change):
    """A writer that rewrites data/<name> through `change(text)`."""
    def write(data_dir):
        path = data_dir / name
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    return write


def _trailing_columns(text: str) -> str:
    return "".join(line + ",,\n" for line in text.splitlines())


def _nfd_everywhere(data_dir) -> None:
    """Every CSV saved as a Mac would: decomposed letters ("a" + combining ring)."""
    for path in data_dir.rglob("vaxel*.csv"):
        path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")),
                        encoding="utf-8")


@pytest.mark.parametrize(("table", "write"), [
    ("kommuner", _edit("kommuner.csv", lambda t: "sep=;\n" + t.replace(",", ";"))),
    ("kommuner", _edit("kommuner.csv", lambda t: '"sep=,"\n' + t)),
    ("kommuner", _edit("kommuner.csv", lambda t: "SEP=,\r\n" + t)),
    ("personal", _edit("personal.csv", lambda t: "sep=;\n" + t.replace(",", ";"))),
    ("kommuner", _edit("kommuner.csv", _trailing_columns)),
    ("personal", _edit("personal.csv", _trailing_columns)),
    ("vaxel", _nfd_everywhere),
])
def test_excel_and_mac_shapes_read_like_the_original(data_dir, table, write):
    expected = load_dataset(data_dir)[table]
    write(data_dir)
    result = load_dataset(data_dir)[table]
    assert_frame_equal(result, expected)


def test_an_nfd_name_matches_the_kommun_it_looks_like(data_dir):
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    assert "Vårgårda" in text
    path.write_text(text.replace("Vårgårda", unicodedata.normalize("NFD", "Vårgårda")),
                    encoding="utf-8")
    result = set(load_dataset(data_dir)["vaxel"]["kommun"].dropna())
    assert "Vårgårda" in result and all(unicodedata.is_normalized("NFC", k) for k in result)


def _xlsx_and_csv(data_dir) -> None:
    book = openpyxl.Workbook()
    book.active.append(["kommun", "namn", "huvudman", "ordning"])
    book.save(data_dir / "kommuner.xlsx")


def _rename(old: str, new: str):
    return lambda data_dir: (data_dir / old).rename(data_dir / new)


def _folder_and_file(data_dir) -> None:
    shutil.copy(data_dir / "projekttid" / "2024-02.csv", data_dir / "projekttid.csv")


def _one_period_twice(data_dir) -> None:
    book = openpyxl.Workbook()
    book.active.append(["period", "projektnummer", "projekt", "timmar", "belopp_kr"])
    book.save(data_dir / "projekttid" / "2024-02.xlsx")


@pytest.mark.parametrize(("write", "message"), [
    (_edit("kommuner.csv", lambda t: t.replace("Herrljunga kommun", "Herrljunga\x00kommun")),
     r"kommuner\.csv:2: namn: cellen innehåller en NUL-byte \(tecken 0\)"),
    (_edit("kommuner.csv", lambda t: t.replace("kommun,namn", "kom\x00mun,namn")),
     r"kommuner\.csv:1: cellen innehåller en NUL-byte"),
    (_rename("kommuner.csv", "Kommuner.csv"),
     r"data/kommuner\.csv: filen saknas, men .*data/Kommuner\.csv finns: namnet ska vara "
     r"kommuner\.csv \(stora och små bokstäver räknas\)$"),
    (_rename("projekttid", "Projekttid"),
     r"data/projekttid\.csv: filen saknas, men .*data/Projekttid finns: namnet ska vara projekttid/"),
    (_xlsx_and_csv, r"data/kommuner\.csv: både .*data/kommuner\.csv och .*data/kommuner\.xlsx "
     r"finns; tabellen får bara ligga i den ena"),
    (_folder_and_file, r"data/projekttid\.csv: både .*data/projekttid\.csv och .*data/projekttid finns"),
    (_one_period_twice, r"2024-02\.csv: både .*projekttid/2024-02\.csv och .*projekttid/2024-02\.xlsx"),
    (_edit("kommuner.csv", lambda t: "sep=\t\n" + t), r"kommuner\.csv:1: raden sep= anger "
     r"avgränsaren '\\t'; spara filen med komma eller semikolon$"),
])
def test_bad_file_shapes_are_one_line(data_dir, write, message):
    write(data_dir)
    with pytest.raises(DataError, match=message) as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)
