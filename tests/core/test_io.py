"""Loading and validation: formats, encodings and the one-line error for each bad file."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError
from itvt_lib.core.loading import parse_duration, parse_number


def test_embedded_data_loads():
    dataset = load_dataset()
    result = set(dataset.tables)
    expected = {"kommuner", "kontogrupper", "kostnadsstallen", "published",
                "driftredovisning", "kostnadsstalle_netto", "bokslut_totaler"}
    assert expected <= result
    assert all(len(h) == 64 for h in dataset.files.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("-17 750", -17750.0), ("−24", -24.0), ("-", 0.0), ("–", 0.0), ("14\u00a0929", 14929.0),
    ("1,5", 1.5), ("1.5", 1.5), ("0", 0.0), (" 8 ", 8.0),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["tolv", "1,2,3", "1.2.3", "12a", "--"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("02:59", 179), ("00:21", 21), ("0:30:00", 1800), ("1:02:03", 3723)])
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["2:75", "1:60:00", "abc", "12", ""])
def test_parse_duration_rejects(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def _rewrite(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("driftredovisning.csv", "2023,2023-12,utfall,Personalkostnader,14225",
     "2023,2023-12,utfall,Personalkostnader,tolv",
     r'driftredovisning\.csv:\d+: belopp: "tolv" är inte ett tal$'),
    ("driftredovisning.csv", "year,period,measure,kontogrupp,belopp",
     "year,period,measure,kontogrupp,belop",
     r"driftredovisning\.csv:1: belop: okänd kolumn"),
    ("driftredovisning.csv", "year,period,measure,kontogrupp,belopp",
     "year,period,measure,kontogrupp",
     r"driftredovisning\.csv:1: belopp: kolumnen saknas$"),
    ("driftredovisning.csv", "2024,2024-02,prognos,Intäkter", "2024,2024-13,prognos,Intäkter",
     r'driftredovisning\.csv:\d+: period: "2024-13" är ingen period: månad 13 finns inte$'),
    ("driftredovisning.csv", "2023,2023-12,utfall,Övriga kostnader",
     "2023,2023-12,utfall,Övrigt",
     r'driftredovisning\.csv:\d+: kontogrupp: "Övrigt" finns inte i kontogrupper$'),
    ("kostnadsstallen.csv", "Kommunspecifikt Vårgårda,Vårgårda",
     "Kommunspecifikt Vårgårda,Alingsås",
     r'kostnadsstallen\.csv:3: kommun: "Alingsås" finns inte i kommuner$'),
    ("driftredovisning.csv", "2023,2023-12,utfall,Personalkostnader",
     "2023,2023-12,utfall,Intäkter",
     r"driftredovisning\.csv:\d+: year, period, measure, kontogrupp: nyckeln "
     r"\(2023, 2023-12, utfall, Intäkter\) finns redan på rad \d+$"),
    ("driftredovisning.csv", "2024,2024-02,prognos", "2024,,prognos",
     r"driftredovisning\.csv:\d+: period: prognos behöver perioden då den gjordes$"),
])
def test_bad_file_gives_one_line(data_dir, file, old, new, message):
    _rewrite(data_dir / file, old, new)
    with pytest.raises(DataError, match=message) as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)


def test_line_number_is_the_editors(data_dir):
    path = data_dir / "driftredovisning.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    line_no = next(i for i, line in enumerate(lines, start=1) if "2022,2022-12,utfall,Intäkter" in line)
    lines[line_no - 1] = lines[line_no - 1].replace("-6996", "x")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"driftredovisning\.csv:{line_no}: belopp:"):
        load_dataset(data_dir)


def test_missing_file(data_dir):
    (data_dir / "kontogrupper.csv").unlink()
    with pytest.raises(DataError, match=r"kontogrupper\.csv: filen saknas$"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("content", "message"), [
    (b"", r"kontogrupper\.csv: filen är tom$"),
    (b"kontogrupp,ordning,typ\n", r"kontogrupper\.csv: inga rader under rubrikraden$"),
    (b"kontogrupp|ordning|typ\nIntakter|1|intakt\n", r"kontogrupper\.csv:1: inget komma eller semikolon"),
    (b"kontogrupp,ordning,typ\n\x81\x8d\x90,1,intakt\n", r"kontogrupper\.csv:2: byten 0x81 är varken UTF-8 eller cp1252"),
])
def test_unusable_files(data_dir, content, message):
    (data_dir / "kontogrupper.csv").write_bytes(content)
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


def test_semicolon_decimal_comma_cp1252_reads_the_same(data_dir):
    expected = load_dataset(data_dir)["driftredovisning"]
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8")
    converted = []
    for line in text.splitlines():
        cells = next(iter(__import__("csv").reader([line])))
        if cells[-1] not in ("belopp", "", "-"):
            value = float(cells[-1])
            cells[-1] = f"{value:,.1f}".replace(",", " ").replace(".", ",")
        converted.append(";".join(cells))
    path.write_bytes("\r\n".join(converted).encode("cp1252"))
    result = load_dataset(data_dir)["driftredovisning"]
    pd.testing.assert_frame_equal(result, expected)


def test_utf8_bom_reads_the_same(data_dir):
    expected = load_dataset(data_dir)["kontogrupper"]
    path = data_dir / "kontogrupper.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    pd.testing.assert_frame_equal(load_dataset(data_dir)["kontogrupper"], expected)


def test_xlsx_written_by_openpyxl_reads_the_same(data_dir):
    import csv

    import openpyxl

    expected = load_dataset(data_dir)["kostnadsstalle_netto"]
    source = data_dir / "kostnadsstalle_netto.csv"
    book = openpyxl.Workbook()
    sheet = book.active
    with open(source, encoding="utf-8") as handle:
        for i, row in enumerate(csv.reader(handle)):
            if i == 0:
                sheet.append(row)
                continue
            year, period, measure, centre, amount = row
            value = None if amount == "" else (0 if amount == "-" else float(amount))
            sheet.append([int(year), period or None, measure, centre, value])
    book.save(data_dir / "kostnadsstalle_netto.xlsx")
    source.unlink()
    result = load_dataset(data_dir)["kostnadsstalle_netto"]
    pd.testing.assert_frame_equal(result, expected)


def test_unreadable_xlsx(data_dir):
    (data_dir / "kontogrupper.csv").unlink()
    (data_dir / "kontogrupper.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(DataError, match=r"kontogrupper\.xlsx: ingen läsbar \.xlsx-fil"):
        load_dataset(data_dir)


def test_empty_cell_is_missing_and_dash_is_zero():
    frame = load_dataset()["kostnadsstalle_netto"]
    row_2021 = frame[(frame["year"] == 2021) & (frame["kostnadsstalle"] == "IT Gemensamt")]
    assert row_2021["belopp"].isna().all()  # the source gives no 2021 IT/Växel split
    row_2023 = frame[(frame["year"] == 2023) & (frame["measure"] == "utfall")
                     & (frame["kostnadsstalle"] == "Kommunspecifikt Herrljunga")]
    assert row_2023["belopp"].tolist() == [0.0]  # printed "-"


def test_fingerprint_changes_with_any_input(data_dir):
    before = load_dataset(data_dir).fingerprint()
    path = data_dir / "kommuner.csv"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_dataset(data_dir).fingerprint() != before


def test_duplicate_key_with_an_empty_key_cell(data_dir):
    # budgets have an empty period: duplicates must still be found and located
    path = data_dir / "driftredovisning.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, x in enumerate(lines, start=1) if x.startswith("2023,,budget,Intäkter"))
    path.write_text("\n".join(lines + [lines[first - 1]]) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"nyckeln \(2023, , budget, Intäkter\) finns redan på rad {first}$"):
        load_dataset(data_dir)
