"""Ledger area with a TEST ledger: notebook 01's year-to-date tables, statement, sentences,
key figures and checks (unmapped ansvar, month coverage), exact for both report periods.

Budgets come from the committee's papers; the ledger rows are TEST data written here (kr,
as an export books them; 1 000 kr = 1 tkr); every utfall below is their sum by the rule
stated beside it. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import pandas as pd
import pytest

from itvt_lib import areas as report
from itvt_lib.areas import budget, ledger, load_dataset
from itvt_lib.core.checks import Check, KeyFigure
from itvt_lib.core.formatting import round_half_away
from itvt_lib.core.paths import DATA_DIR, display_path
from itvt_lib.core.periods import Period

NAN = float("nan")


NB = "\u00a0"


YEAR_END, MONTH = Period(2023, 12), Period(2024, 2)


MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


CENTRES = ["IT Gemensamt", "Kommunspecifikt Vårgårda", "Kommunspecifikt Herrljunga",
           "Telefonväxel"]


TOTAL = "Summa SeN IT"  # params/defaults.yaml namnd_kort


STATEMENT_ROWS = ["Intäkter", budget.SUMMA_INTAKTER, "Personalkostnader",
                  "Lokalkostnader, energi, VA", "Övriga kostnader", "Kapitalkostnader",
                  budget.SUMMA_KOSTNADER, budget.NETTOKOSTNAD]


HEADER_TX = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text"


# TEST ledger. Kontoplan: 3xxx Intäkter, 4xxx Övriga, 5xxx Personal, 60–62 Lokal,
# 78 Kapital; ansvar 9100 IT Gemensamt, 9110 Herrljunga, 9200 Telefonväxel.
LEDGER_2023 = [
    "2023-03-01;1;5011;9100;;2000000,00;lön",           # Personal 2 000, IT Gemensamt
    "2023-12-15;2;6010;9200;;8000,00;el",               # Lokal 8, Telefonväxel
    "2023-12-20;3;3100;9100;;-500000,00;avgift",        # Intäkter −500, IT Gemensamt
]


LEDGER_2024 = [
    "2024-01-15;1;5011;9100;;1200000,00;lön",           # Personal 1 200, IT Gemensamt
    "2024-01-20;2;3100;9200;;-300000,00;avgift",        # Intäkter −300, Telefonväxel
    "2024-02-10;3;4010;9100;;450000,00;licenser",       # Övriga 450, IT Gemensamt
    "2024-02-12;4;7810;9110;;60000,00;avskrivning",     # Kapital 60, Herrljunga
    "2024-02-20;5;9999;9100;;1000,00;okänt konto",      # konto without kontogrupp
    "2024-02-21;6;9999;7777;;2000,00;okänt konto och ansvar",
    "2024-02-22;8;5011;;;3000,00;utan ansvar",          # Personal 3, no kostnadsställe
    "2024-03-05;7;5011;9100;;999000,00;efter perioden",  # after 2024-02: never counted
]


@pytest.fixture(scope="module")
def with_ledger(tmp_path_factory):
    """A copy of data/ with the TEST ledger exports of 2023 and 2024: (ctx 2023-12, ctx 2024-02)."""
    data_dir = tmp_path_factory.mktemp("ledger") / "data"
    shutil.copytree(DATA_DIR, data_dir)
    folder = data_dir / "huvudbok"
    folder.mkdir()
    for year, lines in ((2023, LEDGER_2023), (2024, LEDGER_2024)):
        (folder / f"transaktion-{year}.csv").write_text(
            "\n".join([HEADER_TX, *lines]) + "\n", encoding="utf-8")
    dataset = load_dataset(data_dir)
    return (report.open_report("2023-12", dataset=dataset),
            report.open_report("2024-02", dataset=dataset))


def ctx_of(with_ledger, period: str):
    return with_ledger[0] if period == "2023-12" else with_ledger[1]


def _profile(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "kontogrupp", "month", "andel_procent"])


def _groups() -> pd.DataFrame:
    return pd.DataFrame({"kontogrupp": ["Intäkter", "Personal", "Kommunbidrag"],
                         "ordning": [1, 2, 3], "typ": ["intakt", "kostnad", "kommunbidrag"]})


def _drift() -> pd.DataFrame:
    """TEST budgets: 2024 Intäkter −1 200, Personal 3 000 + tillägg 600, Kommunbidrag 2 400;
    2023 other figures (never used for 2024)."""
    rows = [(2024, None, "ursprunglig_budget", "Intäkter", -1200.0),
            (2024, None, "ursprunglig_budget", "Personal", 3000.0),
            (2024, None, "ursprunglig_budget", "Kommunbidrag", 2400.0),
            (2024, None, "tillagg", "Personal", 600.0),
            (2023, None, "budget", "Intäkter", -5.0), (2023, None, "budget", "Personal", 7.0)]
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kontogrupp", "belopp"])


def _ytd_expected(ctx, budget_year, months, utfall, index) -> pd.DataFrame:
    """Rule: Budget 1..P = the year's budget × P / 12 (no profile); avvikelse = budget 1..P
    − utfall, each as shown in whole tkr (3 161,8 − 1 412,9 is 3 162 − 1 413 = 1 749)."""
    year, span = str(ctx.period.year), ledger.span_short(ctx.period)
    spread = [value * months / 12 for value in budget_year]
    return pd.DataFrame(
        {f"Budget {year}": budget_year, f"Budget {span}": spread, f"Utfall {span}": utfall,
         "Avvikelse": [round_half_away(b) - round_half_away(u)
                       for b, u in zip(spread, utfall, strict=True)]}, index=index)


CENTRES_WITH_LEDGER = {
    # Utfall jan–dec 2023: IT 2 000 − 500 = 1 500, Växel 8; sum 1 508
    "2023-12": ([25930.0, 0.0, 0.0, 280.0, 26210.0], 12, [1500.0, 0.0, 0.0, 8.0, 1508.0]),
    # Utfall jan–feb 2024: IT 1 200 + 450 = 1 650, Herrljunga 60, Växel −300; sum 1 410
    # (konto 9999 and the row without ansvar are in no kostnadsställe; March is after P)
    "2024-02": ([18347.0, 0.0, 0.0, 624.0, 18971.0], 2, [1650.0, 0.0, 60.0, -300.0, 1410.0]),
}


# ---------------------------------------------------------------- with the TEST ledger


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_centres_ytd_with_a_ledger(with_ledger, period):
    ctx = ctx_of(with_ledger, period)
    expected = _ytd_expected(ctx, *CENTRES_WITH_LEDGER[period],
                             pd.Index(CENTRES + [TOTAL], name="kostnadsstalle"))
    pd.testing.assert_frame_equal(ledger.centres_ytd_for(ctx), expected)


@pytest.mark.parametrize(("period", "nettokostnad", "utfall"), [
    # 2023: March 2 000, December 8 − 500 → cumulative 0, 0, 2 000 … 2 000, 1 508
    ("2023-12", 26210.0, [0.0, 0.0] + [2000.0] * 9 + [1508.0]),
    # 2024: January 1 200 − 300 = 900, February + 450 + 60 + 3 (no ansvar) = 1 413;
    # konto 9999 has no kontogrupp; empty after February
    ("2024-02", 18971.0, [900.0, 1413.0] + [NAN] * 10),
])
def test_cumulative_with_a_ledger(with_ledger, period, nettokostnad, utfall):
    ctx = ctx_of(with_ledger, period)
    year = period[:4]
    expected = pd.DataFrame(
        {f"Budget {year} (periodiserad)": [nettokostnad * m / 12 for m in range(1, 13)],
         f"Utfall {year}": utfall}, index=MONTHS)
    pd.testing.assert_frame_equal(ledger.cumulative_for(ctx), expected)


# The papers' budgets by line item (Lokalkostnader 2023 "-": 0); Utfall from the TEST ledger.
YTD = {
    "2023-12": ([-8013.0, -8013.0, 12881.0, 0.0, 15530.0, 5812.0, 34223.0, 26210.0], 12,
                [-500.0, -500.0, 2000.0, 8.0, 0.0, 0.0, 2008.0, 1508.0]),
    "2024-02": ([-17750.0, -17750.0, 14929.0, 0.0, 16356.0, 5436.0, 36721.0, 18971.0], 2,
                [-300.0, -300.0, 1203.0, 0.0, 450.0, 60.0, 1713.0, 1413.0]),
}


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_ytd_statement_with_a_ledger_stops_at_nettokostnad(with_ledger, period):
    """Rule: the kontoplan does not cover Kommunbidrag, so the table ends at Summa
    nettokostnader (no Kommunbidrag, no Resultat); avvikelse = budget 1..P − utfall."""
    ctx = ctx_of(with_ledger, period)
    expected = _ytd_expected(ctx, *YTD[period], pd.Index(STATEMENT_ROWS, name="post"))
    pd.testing.assert_frame_equal(ledger.ytd_for(ctx), expected)


def test_ytd_statement_keeps_kommunbidrag_when_the_kontoplan_covers_it():
    """Rule: with kommunbidrag in the kontoplan the table runs to Resultat; its avvikelse is
    utfall − budget. TEST: Intäkter −1 200, Personal 3 600, Kommunbidrag 2 400 a year
    (× 2/12: −200, 600, 400); utfall jan–feb Intäkter −50, Personal 550, Kommunbidrag 400."""
    groups = _groups()
    plan = pd.DataFrame({"konto_fran": [3000, 5000, 8900], "konto_till": [3999, 5999, 8999],
                         "kontogrupp": ["Intäkter", "Personal", "Kommunbidrag"]})
    monthly = pd.DataFrame(
        [(2024, 1, "Intäkter", -50.0), (2024, 1, "Personal", 300.0), (2024, 2, "Personal", 250.0),
         (2024, 2, "Kommunbidrag", 400.0)], columns=["year", "month", "kontogrupp", "belopp"])
    result = ledger.ytd_statement(monthly, _drift(), groups, plan, _profile([]), MONTH)
    rows = ["Intäkter", budget.SUMMA_INTAKTER, "Personal", budget.SUMMA_KOSTNADER,
            budget.NETTOKOSTNAD, "Kommunbidrag", budget.RESULTAT]
    expected = pd.DataFrame(
        {"Budget 2024": [-1200.0, -1200.0, 3600.0, 3600.0, 2400.0, 2400.0, 0.0],
         "Budget jan–feb 2024": [-200.0, -200.0, 600.0, 600.0, 400.0, 400.0, 0.0],
         "Utfall jan–feb 2024": [-50.0, -50.0, 550.0, 550.0, 500.0, 400.0, -100.0],
         "Avvikelse": [-150.0, -150.0, 50.0, 50.0, -100.0, 0.0, -100.0]},
        index=pd.Index(rows, name="post"))
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(("period", "expected"), [
    # nettokostnad jan–dec 2023 1 508 against 26 210: 24 702 lower; no unmapped konto;
    # postings in March and December only: the other ten months named
    ("2023-12", [f"Enligt huvudboken är nettokostnaden januari till december 2023 1{NB}508 tkr, "
                 f"24{NB}702 tkr lägre än den periodiserade budgeten (26{NB}210 tkr).",
                 "Huvudboken har inga bokningar för januari, februari, april, maj, juni, juli, "
                 "augusti, september, oktober och november 2023: utfallet är utan de "
                 "månaderna (se kontrollerna)."]),
    # jan–feb 2024 1 413 against 18 971 × 2/12 = 3 161,8: 1 748,8 lower; konto 9999 and
    # the empty ansvar (row 8) unmapped
    ("2024-02", [f"Enligt huvudboken är nettokostnaden januari till februari 2024 1{NB}413 tkr, "
                 f"1{NB}749 tkr lägre än den periodiserade budgeten (3{NB}162 tkr).",
                 "1 konto i huvudboken saknar kontogrupp och ingår inte i utfallet "
                 "(se kontrollerna).",
                 "1 ansvar i huvudboken saknar kostnadsställe och ingår inte i "
                 "kostnadsställenas utfall (se kontrollerna)."]),
])
def test_page_sentences(with_ledger, period, expected):
    assert ledger.page_sentences(ctx_of(with_ledger, period)) == expected


def test_key_figures_with_a_ledger(with_ledger):
    """Nettokostnad jan–feb 2024 1 413, footnoted with konto 9999 left out; avvikelse
    18 971 × 2/12 = 3 161,83… shown 3 162, − 1 413 = 1 749, footnoted likewise (it is that
    utfall's)"""
    left_out = ("1 konto i huvudboken saknar kontogrupp och ingår inte i utfallet "
                "(se kontrollerna).")
    result = ledger.key_figures(with_ledger[1])
    expected = [KeyFigure("Nettokostnad, utfall jan–feb 2024", 1413.0, "tkr", note=left_out),
                KeyFigure("Avvikelse mot periodiserad budget jan–feb 2024",
                          3162.0 - 1413.0, "tkr", rule="positiv = under budget",
                          note=left_out)]
    assert [dict(k.as_dict(), value=pytest.approx(k.value)) for k in expected] == \
        [k.as_dict() for k in result]


def test_unmapped_ansvar_counts_only_intakter_and_kostnader(with_ledger):
    """Rule: an unmapped ansvar is listed with its intäkter and kostnader only (the row
    without ansvar: 3 000 kr = 3 tkr); a row whose konto has no kontogrupp (konto 9999 on
    ansvar 7777) is an unmapped konto instead (1 000 + 2 000 kr = 3 tkr)."""
    mapped = ledger.ledger_for(with_ledger[1].dataset)
    result = ledger.unmapped(mapped, MONTH, "ansvar")
    assert result[["ansvar", "belopp"]].values.tolist() == [["", 3.0]]
    result = ledger.unmapped(mapped, MONTH, "konto")
    assert result[["konto", "belopp"]].values.tolist() == [[9999, 3.0]]


def _export_path(ctx, year: int) -> str:
    return display_path(ctx.data_dir / "huvudbok" / f"transaktion-{year}.csv")


def test_unmapped_checks(with_ledger):
    """Each unmapped konto and ansvar is a check (fail by default) with its amount; an empty
    ansvar is named "(tomt)", and its note says its amount is in the kontogrupper's utfall
    (it said "not in the utfall", which the statement shows it in)."""
    ctx = with_ledger[1]
    files = _export_path(ctx, 2024)
    result = [c for c in ledger.checks(ctx) if "saknar" in c.description]
    expected = [
        Check("Huvudbok", "Konto 9999 saknar kontogrupp (jan–feb 2024)", 0.0, 3.0, 0.0, "fail",
              f"ingår inte i utfallet; lägg till en rad i kontoplan.csv ({files})"),
        Check("Huvudbok", "Ansvar (tomt) saknar kostnadsställe (jan–feb 2024)", 0.0, 3.0, 0.0,
              "fail", "ingår inte i kostnadsställenas utfall (men i kontogruppernas); lägg "
              f"till en rad i ansvar.csv ({files})")]
    assert result == expected


@pytest.mark.parametrize(("period", "expected"), [
    # 2023: postings in March and December only: 2 of 12 months, a warning naming the rest
    ("2023-12", Check("Huvudbok", "Huvudboken har bokningar för varje månad jan–dec 2023", 12,
                      2, 0.0, "warn", "saknas: jan, feb, apr, maj, jun, jul, aug, sep, okt, nov")),
    # 2024: January and February both have postings
    ("2024-02", Check("Huvudbok", "Huvudboken har bokningar för varje månad jan–feb 2024", 2, 2,
                      0.0, "pass", "")),
])
def test_month_coverage_check(with_ledger, period, expected):
    result = [c for c in ledger.checks(ctx_of(with_ledger, period))
              if c.description.startswith("Huvudboken har")]
    assert result == [expected]


def test_ledger_for_a_dataset_without_the_table():
    """Rule: a dataset without the mapped table (not loaded by load_dataset) has an empty
    ledger with the mapped ledger's columns, so has_data and checks still work."""
    bare = SimpleNamespace(tables={})
    result = ledger.ledger_for(bare)
    assert result.empty
    assert list(result.columns) == ["year", "month", "konto", "ansvar", "ore", "fil",
                                    "kontogrupp", "typ", "kostnadsstalle", "belopp"]
    assert not ledger.has_data(bare, MONTH)
    assert ledger.unmapped(result, MONTH, "konto").empty
