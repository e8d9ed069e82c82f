"""Ledger exports (huvudbok): layouts, account mapping, year to date, the ledger winning
over typed utfall, unmapped accounts on the checks page, the forecast history, and the
synthetic ledger."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import execute_notebook, notebook_text, run_cli

from benchmarks import synthetic_ledger
from itvt_lib import areas as report
from itvt_lib.areas import budget, ledger, load_dataset
from itvt_lib.core import ledger as core_ledger
from itvt_lib.core.errors import DataError
from itvt_lib.core.formatting import fmt_number
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.core.periods import Period

NB, MINUS = "\u00a0", "\u2212"
# The embedded 2023 utfall line items (annual report 2023, "Driftredovisning"), tkr.
UTFALL_2023 = {"Intäkter": -9115.0, "Personalkostnader": 14225.0,
               "Lokalkostnader, energi, VA": 8.0, "Övriga kostnader": 15499.0,
               "Kapitalkostnader": 5814.0}
HEADER_TX = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text"


def synthetic(data_dir: Path, year: int = 2023, **kwargs) -> Path:
    """Write a synthetic ledger into the test's copy of data/ (never into data/)."""
    return synthetic_ledger.write_synthetic_ledger(data_dir / "huvudbok", load_dataset(data_dir), year,
                                         **kwargs)


def write_export(data_dir: Path, name: str, lines: list[str], encoding="utf-8") -> Path:
    folder = data_dir / "huvudbok"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def recomputed_by_hand(path: Path, data_dir: Path, through: Period) -> dict[str, Decimal]:
    """Oracle: the export read with the csv module, kontoplan ranges applied one by one,
    amounts summed as Decimal kr for dates in months 1..P of P's year, shown in tkr."""
    with open(data_dir / "kontoplan.csv", encoding="utf-8") as handle:
        plan = [(int(r["konto_fran"]), int(r["konto_till"]), r["kontogrupp"])
                for r in csv.DictReader(handle)]
    sums: dict[str, Decimal] = {}
    with open(path, encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")),
                              delimiter=";")
        for row in rows:
            year, month = int(row["Datum"][:4]), int(row["Datum"][5:7])
            if year != through.year or month > through.month:
                continue
            group = next(g for low, high, g in plan if low <= int(row["Konto"]) <= high)
            sums[group] = sums.get(group, Decimal(0)) + Decimal(row["Belopp"].replace(",", "."))
    return {group: total / 1000 for group, total in sums.items()}


# ---------------------------------------------------------------- pure functions

def _plan():
    return pd.DataFrame({"konto_fran": [3000, 5000, 8900], "konto_till": [3999, 5999, 8999],
                         "kontogrupp": ["Intäkter", "Personal", "Kommunbidrag"]})


def _groups():
    return pd.DataFrame({"kontogrupp": ["Intäkter", "Personal", "Kommunbidrag"],
                         "ordning": [1, 2, 3], "typ": ["intakt", "kostnad", "kommunbidrag"]})


def test_map_accounts_by_inclusive_ranges_and_the_report_sign():
    balances = pd.DataFrame({"year": [2024] * 5, "month": [1] * 5,
                             "konto": [3000, 3999, 4000, 5999, 8910],
                             "ansvar": ["100", "100", "100", "200", "100"],
                             "ore": [-150_000, -50, 70_000, 1_234_567, -2_000_000]})
    ansvar = pd.DataFrame({"ansvar": ["100"], "kostnadsstalle": ["IT"]})
    result = core_ledger.map_accounts(balances, _plan(), ansvar, _groups())
    assert result["kontogrupp"].fillna("(ingen)").tolist() == [
        "Intäkter", "Intäkter", "(ingen)", "Personal", "Kommunbidrag"]
    assert result["kostnadsstalle"].fillna("(ingen)").tolist() == ["IT", "IT", "IT", "(ingen)", "IT"]
    # tkr = öre / 100 000; kommunbidrag (credit, negative in the ledger) turns positive
    expected = pd.Series([-1.5, -0.0005, 0.7, 12.34567, 20.0], name="belopp")
    pd.testing.assert_series_equal(result["belopp"], expected)


def test_year_to_date_sums_months_one_to_p():
    monthly = pd.DataFrame({"year": [2024, 2024, 2024, 2023], "month": [1, 2, 3, 2],
                            "kontogrupp": ["A", "A", "A", "A"], "belopp": [1.0, 2.0, 4.0, 8.0]})
    assert ledger.year_to_date(monthly, Period(2024, 2))["A"] == 3.0
    assert ledger.year_to_date(monthly, Period(2024, 12))["A"] == 7.0
    result = ledger.cumulative_by_month(monthly, 2024, 3)["A"]
    pd.testing.assert_series_equal(result, pd.Series([1.0, 3.0, 7.0], index=range(1, 4), name="A"),
                                   check_names=False, check_index_type=False)


def _profile(rows):
    return pd.DataFrame(rows, columns=["year", "kontogrupp", "month", "andel_procent"])


def test_budget_is_spread_evenly_without_a_profile():
    items = pd.Series({"A": 1200.0, "B": -600.0})
    result = ledger.periodised_budget(items, _profile([]), Period(2024, 2))
    pd.testing.assert_series_equal(result, pd.Series({"A": 200.0, "B": -100.0}))  # × 2/12


def test_budget_follows_the_most_specific_profile():
    # 2024 for A: 20 % in January, then 80/11 % a month; every year, all groups: 10 % in Jan
    rows = [(2024, "A", 1, 20.0)] + [(2024, "A", m, 80 / 11) for m in range(2, 13)]
    rows += [(None, None, 1, 10.0)] + [(None, None, m, 90 / 11) for m in range(2, 13)]
    profile = _profile(rows)
    result = ledger.periodised_budget(pd.Series({"A": 1000.0, "B": 1000.0}), profile,
                                      Period(2024, 1))
    pd.testing.assert_series_equal(result, pd.Series({"A": 200.0, "B": 100.0}))


@pytest.mark.parametrize(("text", "ore"), [
    ("1234,50", 123450), ("1234.5", 123450), ("-24", -2400), ("\u221224", -2400),
    ("1 234,50", 123450), ("-", 0), ("0", 0), (" 7 ", 700), ("0,01", 1),
])
def test_parse_amounts_in_kr_to_ore(text, ore):
    result = core_ledger.parse_amounts_ore(pd.Series([text]), "x.csv", "Belopp", 2)
    assert result.tolist() == [ore]


@pytest.mark.parametrize(("text", "message"), [
    ("tolv", r'^x\.csv:2: Belopp: "tolv" är inget belopp$'),
    ("1,2,3", r'^x\.csv:2: Belopp: "1,2,3" är inget belopp$'),
    ("12,345", r'^x\.csv:2: Belopp: "12,345" kan läsas som decimaltal eller som tusental; '),
    ("1,005", r'^x\.csv:2: Belopp: "1,005" kan läsas som decimaltal eller som tusental; '),
    ("", r"^x\.csv:2: Belopp: värde saknas$"),
])
def test_parse_amounts_rejects(text, message):
    with pytest.raises(DataError, match=message):
        core_ledger.parse_amounts_ore(pd.Series([text]), "x.csv", "Belopp", 2)


@pytest.mark.parametrize(("cells", "message"), [
    # decimal point decided by "3.50": "1,250" is 1,25 or 1 250 kr
    (["3.50", "1,250"], r'^x\.csv:3: Belopp: "1,250" kan läsas som 1,250 eller 1\u00a0250; '
                        r'filen använder decimalpunkt$'),
    # decimal comma decided by "3,50": "1.5" contradicts it
    (["3,50", "1.5"], r'^x\.csv:3: Belopp: "1\.5" .*; filen använder decimalkomma$'),
])
def test_an_amount_against_the_files_decimal_mark_is_bad_input(cells, message):
    """Rule: the file's decimal mark is decided once, by the amounts that show it beyond
    doubt (one or two decimals); a cell with the other mark reads two ways."""
    with pytest.raises(DataError, match=message):
        core_ledger.parse_amounts_ore(pd.Series(cells), "x.csv", "Belopp", 2)


def test_the_files_decimal_mark_holds_across_chunks():
    marks: dict = {}
    first = core_ledger.parse_amounts_ore(pd.Series(["3,50"]), "x.csv", "Belopp", 2, marks=marks)
    assert (first.tolist(), marks) == ([350], {"mark": ","})
    with pytest.raises(DataError, match=r'"2\.5" .*; filen använder decimalkomma$'):
        core_ledger.parse_amounts_ore(pd.Series(["2.5"]), "x.csv", "Belopp", 3, marks=marks)


def test_split_exact_keeps_every_total():
    rng = np.random.default_rng(3)
    totals = np.array([-911_500_000, 800, 7, 0, 1])
    groups = np.repeat(np.arange(5), [1000, 3, 50, 4, 9])
    parts = synthetic_ledger._split_exact(totals, groups, rng.exponential(size=len(groups)))
    np.testing.assert_array_equal(np.bincount(groups, weights=parts).astype("int64"), totals)


def test_layout_chosen_by_file_name_else_by_header():
    layouts = core_ledger.load_layouts(DATA_DIR)
    by_name = core_ledger.choose_layout("Saldo_2024-02.csv", ["Foo"], layouts)
    by_header = core_ledger.choose_layout("export.csv", ["period", " KONTO", "Ansvar", "Belopp", "X"],
                                     layouts)
    assert (by_name.name, by_header.name) == ("saldo", "saldo")
    assert core_ledger.choose_layout("export.csv", ["Konto", "Belopp"], layouts) is None


def test_ledger_wins_only_for_covered_rows_of_a_closed_year():
    typed = pd.DataFrame({"year": [2023, 2023, 2023], "period": ["2023-12", "2023-12", None],
                          "measure": ["utfall", "utfall", "budget"],
                          "kontogrupp": ["A", "K", "A"], "belopp": [10.0, 50.0, 9.0]})
    rows = pd.DataFrame({"year": [2023], "period": ["2023-12"], "measure": ["utfall"],
                         "kontogrupp": ["A"], "belopp": [10.4]})
    result = core_ledger.with_ledger(typed, rows, {"A", "B"}, "kontogrupp")
    utfall = result[result["measure"] == "utfall"].set_index("kontogrupp")["belopp"].sort_index()
    # A from the ledger, B covered without postings = 0, K not covered keeps the typed 50
    pd.testing.assert_series_equal(utfall, pd.Series({"A": 10.4, "B": 0.0, "K": 50.0}),
                                   check_names=False)
    assert result[result["measure"] == "budget"]["belopp"].tolist() == [9.0]


def test_forecast_history_month_by_month():
    groups = _groups().replace({"Personal": "Kostnad"})
    drift = pd.DataFrame({
        "year": [2024] * 9,
        "period": [None, None, None, "2024-02", "2024-02", "2024-02", "2024-05", "2024-05",
                   "2024-05"],
        "measure": ["budget"] * 3 + ["prognos"] * 6,
        "kontogrupp": ["Intäkter", "Kostnad", "Kommunbidrag"] * 3,
        "belopp": [-100.0, 300.0, 200.0, -100.0, 300.0, 200.0, -100.0, 330.0, 200.0]})
    totals = pd.DataFrame({"year": [], "post": [], "kommun": [], "belopp": []})
    result = budget.forecast_history(drift, groups, totals, Period(2024, 5))
    # resultat = kommunbidrag − (intäkter + kostnader): 200 − 200 = 0, then 200 − 230 = −30
    expected = pd.DataFrame({"period": ["2024-02", "2024-05"], "kind": ["prognos", "prognos"],
                             "nettokostnad": [200.0, 230.0], "resultat": [0.0, -30.0],
                             "change": [np.nan, -30.0]})
    pd.testing.assert_frame_equal(result, expected)
    earlier = budget.forecast_history(drift, groups, totals, Period(2024, 3))
    assert earlier["period"].tolist() == ["2024-02"]  # a later prognos is not yet known
    assert budget.forecast_sentence(result, Period(2024, 5)) == (
        f"Prognosen för 2024 har gjorts 2 gånger. Det prognostiserade resultatet har "
        f"försämrats med 30 tkr sedan februari, till {MINUS}30 tkr.")


def test_forecast_history_of_the_embedded_data():
    feb = budget.forecast_history_for(report.open_report("2024-02"))
    assert feb[["period", "kind", "nettokostnad", "resultat"]].values.tolist() == [
        ["2024-02", "prognos", 18971.0, 0.0]]
    dec = budget.forecast_history_for(report.open_report("2023-12"))
    # no 2023 prognos in the data; the year's utfall (of record: −219) is the last point
    assert dec[["period", "kind", "nettokostnad", "resultat"]].values.tolist() == [
        ["2023-12", "utfall", 26430.0, -219.0]]


# ---------------------------------------------------------------- without a ledger

def test_without_a_ledger_nothing_changes():
    ctx = report.open_report("2023-12")
    assert budget.drift_for(ctx.dataset) is ctx.dataset["driftredovisning"]
    assert not ledger.has_data(ctx.dataset, ctx.period)
    assert ledger.checks(ctx) == []
    assert not any(name.startswith("data/huvudbok") for name in ctx.dataset.files)


# ---------------------------------------------------------------- the synthetic ledger

def test_synthetic_2023_ledger_gives_the_embedded_utfall_exactly(data_dir):
    path = synthetic(data_dir, rows=20_000)
    ctx = report.open_report("2023-12", data_dir)
    monthly = ledger.monthly_outcomes(ledger.ledger_for(ctx.dataset))
    result = ledger.year_to_date(monthly, ctx.period).sort_index()
    expected = pd.Series(UTFALL_2023, name="belopp").sort_index()
    expected.index.name = "kontogrupp"
    pd.testing.assert_series_equal(result, expected, rtol=0, atol=0)
    assert display_shown(path) in ctx.dataset.files  # the export is an input of record


def display_shown(path: Path) -> str:
    from itvt_lib.core.paths import display_path

    return display_path(path)


@pytest.mark.parametrize("month", [1, 6, 11])
def test_intermediate_months_show_year_to_date_utfall(data_dir, month):
    path = synthetic(data_dir, rows=5_000, seed=month)
    ctx = report.open_report("2023-12", data_dir)
    monthly = ledger.monthly_outcomes(ledger.ledger_for(ctx.dataset))
    result = ledger.year_to_date(monthly, Period(2023, month))
    expected = recomputed_by_hand(path, data_dir, Period(2023, month))
    assert set(result.index) == set(expected)
    for group, value in expected.items():
        assert result[group] == float(value), group
    table = ledger.ytd_statement(monthly, ctx.dataset["driftredovisning"],
                                 ctx.dataset["kontogrupper"], ctx.dataset["kontoplan"],
                                 ctx.dataset["budgetprofil"], Period(2023, month))
    label = "Utfall jan 2023" if month == 1 else f"Utfall jan–{ledger.month_short(month)} 2023"
    assert table.loc["Personalkostnader", label] == float(expected["Personalkostnader"])
    # budget for the same months: 12 881 × month / 12 (spread evenly)
    assert table.loc["Personalkostnader", ledger.ytd_columns(Period(2023, month))[1]] == \
        pytest.approx(12881 * month / 12)


def test_synthetic_ledger_is_labelled_and_never_goes_into_data(tmp_path):
    with pytest.raises(ValueError, match="refusing"):
        synthetic_ledger.write_synthetic_ledger(DATA_DIR / "huvudbok", load_dataset(), 2023, rows=10)
    assert not (DATA_DIR / "huvudbok").exists()
    path = synthetic_ledger.write_synthetic_ledger(tmp_path, load_dataset(), 2023, rows=50)
    first, header = path.read_text(encoding="utf-8").splitlines()[:2]
    assert path.name == "SYNTETISK-transaktion-2023.csv"
    assert first.startswith("# SYNTETISK") and header.endswith(";Kalla")


@pytest.mark.parametrize(("delimiter", "decimal"), [(";", ","), (",", "."), (",", ",")])
def test_delimiters_and_decimal_marks_read_the_same(data_dir, delimiter, decimal):
    synthetic(data_dir, rows=2_000, delimiter=delimiter, decimal=decimal)
    ctx = report.open_report("2023-12", data_dir)
    result = ledger.year_to_date(ledger.monthly_outcomes(ledger.ledger_for(ctx.dataset)),
                                 ctx.period)
    assert result.to_dict() == UTFALL_2023


def test_both_layouts_give_the_same_monthly_outcomes(data_dir, tmp_path):
    synthetic(data_dir, rows=3_000, seed=7)
    transactions = ledger.monthly_outcomes(ledger.ledger_for(load_dataset(data_dir)))
    for path in (data_dir / "huvudbok").iterdir():
        path.unlink()
    path = synthetic(data_dir, rows=3_000, seed=7, layout="saldo")
    assert path.name == "SYNTETISK-saldo-2023.csv"
    assert path.read_text(encoding="utf-8").splitlines()[1] == "Period;Konto;Ansvar;Belopp;Kalla"
    balances = ledger.monthly_outcomes(ledger.ledger_for(load_dataset(data_dir)))
    pd.testing.assert_frame_equal(balances, transactions)
    assert len(transactions) == 12 * len(UTFALL_2023)


def test_extra_columns_headings_in_any_case_and_order_cp1252(data_dir):
    write_export(data_dir, "export-mars.csv", [
        "# exported by the financial system",
        "Motpart;belopp;ANSVAR;Text;Konto;Datum;Kommentar",
        "Leverantör AB;1 500,25;9100;Lön;5011;2024-03-05;å",
        "Kund;-200;9200;Avgift;3100;2024-03-31;",
        "",
        "Kund;-0,25;9200;Avgift;3100;20240320;",
    ], encoding="cp1252")
    ds = load_dataset(data_dir)
    result = ledger.monthly_outcomes(ledger.ledger_for(ds))
    expected = pd.DataFrame({"year": [2024, 2024], "month": [3, 3],
                             "kontogrupp": ["Intäkter", "Personalkostnader"],
                             "belopp": [-0.20025, 1.50025]})
    pd.testing.assert_frame_equal(result, expected)


def test_debet_and_kredit_columns(data_dir):
    (data_dir / "huvudbok_layouts.yaml").write_text(
        "layouts:\n  dk:\n    columns: {period: Period, konto: Konto, ansvar: Ansvar, "
        "debet: Debet, kredit: Kredit}\n", encoding="utf-8")
    write_export(data_dir, "dk-2024.csv", ["Period;Konto;Ansvar;Debet;Kredit",
                                           "202401;5011;9100;1000,00;",
                                           "202401;5011;9100;;250,50",
                                           "2024-02;3000;9100;;99"])
    result = ledger.monthly_outcomes(ledger.ledger_for(load_dataset(data_dir)))
    assert result.values.tolist() == [[2024, 1, "Personalkostnader", 0.7495],
                                      [2024, 2, "Intäkter", -0.099]]


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize(("column", "value", "message"), [
    (5, "12,3,4", r'Belopp: "12,3,4" är inget belopp$'),
    (5, "", r"Belopp: värde saknas$"),
    (0, "2023-02-30", r'Datum: "2023-02-30" är inget datum \(ÅÅÅÅ-MM-DD\)$'),
    (0, "5 mars", r'Datum: "5 mars" är inget datum \(ÅÅÅÅ-MM-DD\)$'),
    (2, "51x", r'Konto: "51x" är inget kontonummer$'),
])
def test_unparseable_transaction_is_one_line_naming_file_and_line(data_dir, column, value,
                                                                   message):
    path = synthetic(data_dir, rows=500)
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[300].split(";")  # line 301 as an editor counts (line 1 is the comment)
    cells[column] = value
    lines[300] = ";".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"SYNTETISK-transaktion-2023\.csv:301: " + message) \
            as info:
        report.open_report("2023-12", data_dir)
    assert "\n" not in str(info.value)


@pytest.mark.slow  # runs the itvt command in a subprocess
def test_bad_export_stops_check_and_run_with_exit_2(data_dir, tmp_path):
    write_export(data_dir, "transaktion-2024-01.csv",
                 [HEADER_TX, "2024-01-10;1;5011;9100;;100,00;ok", "2024-01-11;2;5011;9100;;tolv;"])
    for command in (["check"], ["run", "--output-dir", tmp_path / "out"]):
        result = run_cli(*command, "--period", "2024-02", "--data-dir", data_dir)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines()[-1].endswith(
            'transaktion-2024-01.csv:3: Belopp: "tolv" är inget belopp')
    assert not (tmp_path / "out" / "2024-02").exists()


@pytest.mark.parametrize(("name", "lines", "message"), [
    ("a.csv", ["Konto;Belopp", "5011;1"], r"a\.csv:1: rubrikraden passar ingen layout"),
    ("saldo-x.csv", ["Period;Konto;Belopp", "2024-01;5011;1"],
     r"saldo-x\.csv:1: Ansvar: kolumnen saknas \(layout saldo\)$"),
    ("b.csv", [HEADER_TX], r"b\.csv: inga rader under rubrikraden$"),
    ("c.xlsx", ["x"], r"c\.xlsx: huvudboksexporter läses som CSV"),
    ("d.csv", [HEADER_TX, "2024-01-10;1;5011;9100;;100;ok", '2024-01-11;1;5011;9100;;"100;a'],
     r"d\.csv:3: raden passar inte rubrikraden \(kontrollera avgränsare och citattecken\)$"),
])
def test_unusable_exports(data_dir, name, lines, message):
    write_export(data_dir, name, lines)
    with pytest.raises(DataError, match=message):
        report.open_report("2024-02", data_dir)


def test_a_month_in_two_exports_is_bad_input(data_dir):
    write_export(data_dir, "transaktion-1.csv", [HEADER_TX, "2024-01-10;1;5011;9100;;100;"])
    write_export(data_dir, "transaktion-2.csv", [HEADER_TX, "2024-01-31;2;5011;9100;;100;"])
    with pytest.raises(DataError, match=r"transaktion-2\.csv: månaden 2024-01 finns också i "
                                        r".*transaktion-1\.csv"):
        report.open_report("2024-02", data_dir)


def test_overlapping_konto_ranges_are_bad_input(data_dir):
    path = data_dir / "kontoplan.csv"
    path.write_text(path.read_text(encoding="utf-8") + "5900,6099,Övriga kostnader,\n",
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"kontoplan\.csv:9: konto_fran: 5900–6099 överlappar "
                                        r"5000–5999 på rad 4$"):
        load_dataset(data_dir)


def test_ledger_without_a_mapping_is_bad_input(data_dir):
    (data_dir / "ansvar.csv").unlink()
    write_export(data_dir, "transaktion-1.csv", [HEADER_TX, "2024-01-10;1;5011;9100;;100;"])
    with pytest.raises(DataError, match=r"ansvar\.csv: filen saknas \(behövs för att föra "
                                        r"ansvar till kostnadsställen i .*huvudbok/\)$"):
        report.open_report("2024-02", data_dir)


# ---------------------------------------------------------------- checks

def test_unmapped_konto_and_ansvar_reach_the_checks_page_with_their_amount(data_dir):
    write_export(data_dir, "transaktion-2024.csv", [
        HEADER_TX,
        "2024-01-15;1;5011;9100;;10000,00;lön",
        "2024-02-03;2;9999;9100;;1234,50;okänt konto",
        "2024-02-04;3;9999;9100;;-234,50;okänt konto",
        "2024-02-05;4;5011;7777;;500,00;okänt ansvar",
        "2024-03-01;5;9998;9100;;1,00;efter perioden",
    ])
    ctx = report.open_report("2024-02", data_dir)
    failed = {c.description: c for c in report.gather(ctx)["checks"] if c.status == "fail"}
    konto = failed["Konto 9999 saknar kontogrupp (jan–feb 2024)"]
    assert (konto.area, konto.expected, konto.actual) == ("Huvudbok", 0.0, 1.0)  # 1 000 kr
    ansvar = failed["Ansvar 7777 saknar kostnadsställe (jan–feb 2024)"]
    assert ansvar.actual == 0.5
    assert not any("9998" in d for d in failed)  # booked after the period
    assert ledger.summary(ctx)[-1] == ("1 konto i huvudboken saknar kontogrupp och ingår inte "
                                       "i utfallet (se kontrollerna).")
    # jan–feb nettokostnad: 10 000 + 500 kr mapped (the unmapped 1 000 kr is left out)
    assert [k.value for k in ledger.key_figures(ctx)][0] == 10.5
    warned = report.open_report("2024-02", data_dir, None, {"huvudbok": {"omappat_status": "warn"}})
    statuses = {c.status for c in ledger.checks(warned) if "saknar" in c.description}
    assert statuses == {"warn"}


def test_typed_utfall_and_the_ledger_differ_the_ledger_wins_and_fails(data_dir):
    path = synthetic(data_dir, rows=2_000)
    with open(path, "a", encoding="utf-8") as handle:  # 5 000 kr more personnel in December
        handle.write("2023-12-31;S9999999;5011;9100;;5000,00;SYNTETISK tillägg;SYNTETISK\n")
    ctx = report.open_report("2023-12", data_dir)
    statement = budget.statement_for(ctx)
    assert statement.loc["Personalkostnader", "Utfall 2023"] == 14230.0  # the ledger's figure
    check = next(c for c in ledger.checks(ctx)
                 if c.description == "Utfall 2023-12 Personalkostnader: inmatat mot huvudboken")
    assert (check.expected, check.actual, check.status) == (14225.0, 14230.0, "fail")
    centre = next(c for c in ledger.checks(ctx) if "IT Gemensamt" in c.description)
    assert centre.status == "fail" and centre.actual - centre.expected == pytest.approx(6.0)
    assert budget.kostnadsstallen_for(ctx).loc["– varav IT Gemensamt", "Utfall 2023"] == \
        pytest.approx(25981.0)
    assert ledger.summary(ctx) == [
        "Huvudbokens utfall för 2023 avviker från det inmatade utfallet på 2 rader; rapporten "
        "visar huvudbokens belopp (se kontrollerna)."]


def test_synthetic_ledger_agrees_with_typed_utfall_within_tolerance(data_dir):
    synthetic(data_dir, rows=2_000)
    ctx = report.open_report("2023-12", data_dir)
    checks = ledger.checks(ctx)
    assert checks and all(c.status == "pass" for c in checks)
    # kostnadsställen: typed 25 975 + 454 = 26 429, the line items' net 26 431: the
    # generator spreads the 2 tkr evenly, an avrundningsdifferens of 1 tkr each
    assert {c.note for c in checks if "IT Gemensamt" in c.description or
            "Telefonväxel" in c.description} == {"avrundningsdifferens; rapporten visar "
                                                 "huvudbokens belopp"}
    assert not [c for c in budget.checks(ctx) if c.status == "fail"]
    # at year end the start page says whether the ledger agrees; the key figures are the
    # operating statement's (of record), not a second nettokostnad
    assert ledger.summary(ctx) == ["Huvudbokens utfall för 2023 stämmer med det inmatade utfallet."]
    assert ledger.key_figures(ctx) == []


def test_a_month_without_postings_is_a_warning(data_dir):
    write_export(data_dir, "transaktion-2024.csv", [HEADER_TX, "2024-02-10;1;5011;9100;;100;"])
    ctx = report.open_report("2024-02", data_dir)
    gap = next(c for c in ledger.checks(ctx) if c.description.startswith("Huvudboken har"))
    assert (gap.status, gap.note) == ("warn", "saknas: jan")


# ---------------------------------------------------------------- notebook 01

@pytest.mark.slow
def test_notebook_shows_year_to_date_with_a_ledger(data_dir):
    synthetic(data_dir, rows=5_000)
    path = synthetic(data_dir, 2024, rows=2_000, through_month=2, seed=2)
    for period, span, figures in (
            ("2023-12", "jan–dec 2023", [f"{MINUS}9{NB}115", f"14{NB}225", f"15{NB}499",
                                         f"5{NB}814", f"26{NB}431"]),
            ("2024-02", "jan–feb 2024", None)):
        nb = execute_notebook("01-driftredovisning.ipynb",
                              {"period": period, "data_dir": str(data_dir)})
        text = notebook_text(nb)
        assert "UTFALL HITTILLS (tkr)" in text and f"Utfall {span}" in text
        if figures is None:  # 2024: the oracle's nettokostnad jan–feb
            by_hand = recomputed_by_hand(path, data_dir, Period(2024, 2))
            figures = [fmt_number(float(sum(by_hand.values()))),
                       fmt_number(float(by_hand["Personalkostnader"]))]
        for figure in figures:
            assert figure in text, (period, figure)
        assert "Enligt huvudboken är nettokostnaden" in text
        assert "Ingen export från huvudboken" not in text
        images = [c.id for c in nb.cells for o in c.get("outputs", [])
                  if "image/png" in o.get("data", {})]
        assert "c18" in images  # the cumulative chart
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]


@pytest.mark.slow
@pytest.mark.parametrize(("period", "sentence", "charts"), [
    # 2024-02: every avvikelse per kontogrupp is 0 (budget in balance): no chart of zeros
    ("2024-02", "Prognosen för 2024 har gjorts en gång (februari) och visar ett resultat på 0 tkr.",
     ["c09"]),
    # 2023-12: the annual report's last forecast −719 and the outcome −219 (+500 tkr)
    ("2023-12", f"Sista budgetprognosen för 2023 visade ett resultat på {MINUS}719 tkr "
     f"(enligt förvaltningsberättelsen). Utfallet blev {MINUS}219 tkr, 500 tkr bättre än "
     "sista prognosen.", ["c09", "c10"]),
])
def test_notebook_without_a_ledger_shows_the_forecast_history(period, sentence, charts, published_notebook):
    nb = published_notebook(period, "01-driftredovisning.ipynb")
    text = notebook_text(nb)
    assert "Ingen export från huvudboken finns för perioden." in text
    assert sentence in text
    assert "Uppgifter saknas för perioden" not in text  # the page is not marked as empty
    images = [c.id for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images == charts


def test_a_december_with_only_the_ledger_is_reportable(data_dir):
    synthetic(data_dir)
    path = data_dir / "driftredovisning.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith("2023,2023-12,utfall")) + "\n",
                    encoding="utf-8")
    result = [str(p) for p in report.reportable_periods(load_dataset(data_dir))]
    assert result == ["2023-12", "2024-02"]


def test_an_absent_ledger_is_not_listed_as_missing_data():
    gathered = report.gather(report.open_report("2024-02"))
    assert ledger.AREA not in gathered["no_data"]
    assert ledger.AREA not in gathered["summaries"]
