"""SIE ledger files (SIE 4B): the papers' 2023 utfall through SIE 4 and SIE 2, the same
frame as the CSV path, the format's details, #PBUDGET on the checks page, and bad input as
one line naming file and line. Files are written by the rule in sie_rule.py."""

from __future__ import annotations

import zlib

import pandas as pd
import pytest
from sie_rule import YEAR, papers_transactions, write_sie

from benchmarks import synthetic_ledger, synthetic_sie
from itvt_lib import areas as report
from itvt_lib.areas import budget, ledger, load_dataset
from itvt_lib.core import ledger as core_ledger
from itvt_lib.core.checks import PASS, WARN
from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import Lines, checksum

# The annual report 2023, "Driftredovisning", utfall per kontogrupp (tkr).
UTFALL_2023 = {"Intäkter": -9115.0, "Personalkostnader": 14225.0,
               "Lokalkostnader, energi, VA": 8.0, "Övriga kostnader": 15499.0,
               "Kapitalkostnader": 5814.0}
HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20230101 20231231"]


def sie(*records: str, encoding: str = "cp437") -> bytes:
    return ("\r\n".join([*HEAD, *records]) + "\r\n").encode(encoding)


def year_to_date(data_dir) -> pd.Series:
    ctx = report.open_report("2023-12", data_dir)
    return ledger.year_to_date(ledger.monthly_outcomes(ledger.ledger_for(ctx.dataset)),
                               ctx.period)


# ---------------------------------------------------------------- the papers' figures

@pytest.mark.parametrize("options", [{"sie_type": 4, "with_dates": False},
                                     {"sie_type": 4, "with_dates": True},
                                     {"sie_type": 2}], ids=["sie4", "sie4-transdat", "sie2"])
def test_sie_file_reproduces_page_01_year_end_utfall_2023(data_dir, options):
    path = write_sie(data_dir, load_dataset(data_dir), **options)
    assert path.read_bytes().startswith(b"#FLAGGA 0\r\n#KSUMMA\r\n")
    assert "Servicenämnd".encode("cp437") in path.read_bytes()  # PC8: ä is 0x84
    ctx = report.open_report("2023-12", data_dir)
    result = budget.statement_for(ctx)
    expected = budget.statement_for(report.open_report("2023-12"))  # the typed papers
    pd.testing.assert_frame_equal(result, expected)
    assert budget.drift_for(ctx.dataset) is not ctx.dataset["driftredovisning"]  # ledger won
    pd.testing.assert_series_equal(year_to_date(data_dir).sort_index(),
                                   pd.Series(UTFALL_2023, name="belopp").sort_index(),
                                   check_index_type=False, check_names=False, rtol=0, atol=0)


def test_sie2_has_no_kostnadsstallen_and_keeps_the_typed_ones(data_dir):
    write_sie(data_dir, load_dataset(data_dir), sie_type=2)
    ctx = report.open_report("2023-12", data_dir)
    assert ctx.dataset["huvudbok"]["ansvar"].isna().all()
    assert budget.netto_for(ctx.dataset).equals(ctx.dataset["kostnadsstalle_netto"])
    assert not [c for c in ledger.checks(ctx) if "saknar kostnadsställe" in c.description]


def test_sie_and_csv_paths_give_the_same_frame(data_dir, tmp_path):
    tx = synthetic_ledger.synthetic_ledger(load_dataset(data_dir), YEAR, rows=3_000, seed=5)
    folder = data_dir / "huvudbok"
    folder.mkdir()
    path = folder / "SYNTETISK-transaktion-2023.csv"
    lines = ["Datum;Konto;Ansvar;Belopp"] + [
        f"{d:%Y-%m-%d};{k};{a};{o / 100:.2f}" for d, k, a, o in
        zip(tx["datum"], tx["konto"], tx["ansvar"], tx["ore"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from_csv, _ = core_ledger.read_ledger(data_dir)
    path.unlink()
    (folder / "SYNTETISK-2023.se").write_bytes(synthetic_sie.sie_bytes(tx, YEAR, per_ver=7))
    from_sie, _ = core_ledger.read_ledger(data_dir)
    pd.testing.assert_frame_equal(from_sie.drop(columns="fil"), from_csv.drop(columns="fil"))
    assert from_sie["ore"].sum() == tx["ore"].sum()


# ---------------------------------------------------------------- the format

def test_quotes_objects_dates_and_labels_as_the_standard_says():
    data = sie('#KONTO 3010 "Intäkt \\"special\\""', "#KTYP 2990 K", "#KTYP 9999 T",
               '#DIM 1 "Resultatenhet"', "#OKÄND 1 2 3", "",
               '#VER "" "" 20230115 "Text med \\"citat\\" och {klammer}"',
               "{",
               '\t#TRANS 3010 {"1" "A 1" 6 "P1"} -100.50 "" "text" 1 sign extra',
               "   #TRANS  5011   {6 \"P1\"}   40.25   20230220",
               "   #BTRANS 5011 {} 99.00",
               "   #RTRANS 2990 {1 \"B\"} 60.25",
               "   #TRANS 2990 {1 \"B\"} 60.25",
               "   #TRANS 9999 {} 1.00",
               "   #TRANS 1930 {} -1.00",
               "}")
    result, budget_rows = parse_sie(data)
    expected = pd.DataFrame({"year": [2023, 2023, 2023], "month": [1, 1, 1],
                             "konto": [2990, 3010, 5011], "ansvar": ["B", "A 1", ""],
                             "ore": [6025, -10050, 4025]})
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)
    assert budget_rows.empty


def test_psaldo_of_type_3_splits_by_object_with_the_rest_unassigned():
    data = sie("#PSALDO 0 202301 5011 {} 100.00", '#PSALDO 0 202301 5011 {1 "9100"} 70.00',
               '#PSALDO 0 202301 5011 {6 "P"} 100.00', "#PSALDO -1 202201 5011 {} 5.00",
               "#PSALDO 0 202301 1930 {} -100.00", "#PBUDGET 0 202302 5011 {} 12.00")
    result, planned = parse_sie(data)
    assert result.values.tolist() == [[2023, 1, 5011, "", 3000], [2023, 1, 5011, "9100", 7000]]
    # no #PBUDGET has an object: the budget carries no kostnadsställe (None)
    assert planned["ansvar"].isna().all()
    assert planned[["year", "month", "konto", "ore"]].values.tolist() == [[2023, 2, 5011, 1200]]


def test_ksumma_is_the_crc32_of_labels_and_field_contents():
    # SIE 4B 10.14-10.15: no blanks between fields, no delimiting quotes or braces; \" is "
    lines = Lines(b'#KONTO 1915 "Kassa \\"special\\""\r\n#TRANS 7010 {1 "456"} 13200.00\r\n')
    assert checksum(lines, 0, 2) == zlib.crc32(b'#KONTO1915Kassa "special"#TRANS70101456'
                                               b"13200.00")


def test_sie_dimension_is_configurable(data_dir):
    (data_dir / "huvudbok_layouts.yaml").write_text("sie:\n  dimension: 6\n", encoding="utf-8")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "a.se").write_bytes(sie(
        '#VER A 1 20230105 ""', "{", '#TRANS 5011 {1 "X" 6 "9200"} 10.00',
        "#TRANS 1930 {} -10.00", "}"))
    mapped = load_dataset(data_dir)["huvudbok"]
    assert mapped[["konto", "ansvar", "kostnadsstalle"]].values.tolist() == [
        [5011, "9200", "Telefonväxel"]]


# ---------------------------------------------------------------- #PBUDGET

def test_pbudget_differing_from_the_adopted_budget_is_a_warning_naming_the_group(data_dir):
    months = [f"2023{m:02d}" for m in range(1, 13)]
    planned = pd.DataFrame({"period": months * 2, "konto": [5000] * 12 + [3000] * 12,
                            "ore": [107_341_667] * 11 + [107_341_663] + [-6_677_500] * 12})
    tx = papers_transactions(load_dataset(data_dir))
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "b.se").write_bytes(
        synthetic_sie.sie_bytes(tx, YEAR, per_ver=5, budget=planned))
    ctx = report.open_report("2023-12", data_dir)
    result = {c.description: (c.status, c.expected, round(c.actual, 5))
              for c in ledger.checks(ctx) if "#PBUDGET" in c.description}
    # adopted budget 2023: personalkostnader 12 881 tkr (the file: 11 × 1 073 416,67 kr +
    # 1 073 416,63 kr, the same) and intäkter −8 013 tkr (the file: 12 × −66 775 kr = −801,3)
    assert result == {
        "Budget 2023 Personalkostnader: SIE-filens #PBUDGET mot antagen budget":
            (PASS, 12881.0, 12881.0),
        "Budget 2023 Intäkter: SIE-filens #PBUDGET mot antagen budget":
            (WARN, -8013.0, -8013.0 / 10)}


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize(("records", "line", "message"), [
    (["#TRANS 5011 {} 1.00"], 5, r"#TRANS utanför en verifikation"),
    (['#VER A 7 20230105 ""', "{", "#TRANS 5011 {} 1.00", "#TRANS 1930 {} -0.99", "}"], 5,
     r"verifikationen A 7 är inte i balans: #TRANS summerar till 0,01 kr"),
    (['#VER A 1 20230105 ""', "{", "#TRANS 5011 {} 1,00", "#TRANS 1930 {} -1.00", "}"], 7,
     r'"1,00" är inget belopp'),
    (['#VER A 1 20240105 ""', "{", "#TRANS 5011 {} 1.00", "#TRANS 1930 {} -1.00", "}"], 5,
     r"datumet 20240105 ligger utanför räkenskapsåren i #RAR \(20230101–20231231\)"),
    (['#VER A 1 20230105 ""', "{", "#TRANS 5011 {} 1.005", "#TRANS 1930 {} -1.00", "}"], 7,
     r'"1.005" är inget belopp'),
    (['#VER A 1 20230105 ""', "{", "#TRANS 5011 {} 1.00", "#TRANS 1930 {} -1.00"], 6,
     r"\{ avslutas aldrig med \}"),
    (["#FORMAT UTF8"], 5, r"#FORMAT UTF8: SIE-filer ska vara PC8"),
    (['#VER A 1 20230105 "utan slut', "{", "}"], 5, r"ett citattecken avslutas aldrig på raden"),
    (["#PSALDO 0 202313 5011 {} 1.00"], 5, r'"202313" är ingen period'),
])
def test_bad_sie_is_one_line_naming_file_and_line(data_dir, records, line, message):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "x.se").write_bytes(sie(*records))
    with pytest.raises(DataError, match=rf"huvudbok/x\.se:{line}: {message}") as info:
        load_dataset(data_dir)
    assert "\n" not in str(info.value)


def test_wrong_or_missing_ksumma_is_bad_input(data_dir):
    path = write_sie(data_dir, load_dataset(data_dir))
    good = path.read_bytes()
    path.write_bytes(good.replace(b"-746535.13", b"-746535.31", 1).replace(
        b"-2202583.31", b"-2202583.49", 1))  # still in balance, but not what was summed
    last = good.count(b"\n")
    with pytest.raises(DataError, match=rf"SYNTETISK-2023\.se:{last}: #KSUMMA \d+ stämmer "
                                        r"inte med filens innehåll"):
        load_dataset(data_dir)
    path.write_bytes(good[:good.rindex(b"#KSUMMA ")])
    with pytest.raises(DataError, match=r"SYNTETISK-2023\.se:2: filen börjar med #KSUMMA men "
                                        r"slutar utan"):
        load_dataset(data_dir)


def test_a_month_in_a_sie_file_and_a_csv_file_is_bad_input(data_dir):
    write_sie(data_dir, load_dataset(data_dir), sie_type=2)
    (data_dir / "huvudbok" / "transaktion-2023-03.csv").write_text(
        "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n2023-03-01;1;5011;9100;;1;\n",
        encoding="utf-8")
    with pytest.raises(DataError, match=r"transaktion-2023-03\.csv: månaden 2023-03 finns också i "
                                        r".*SYNTETISK-2023\.se"):
        load_dataset(data_dir)
