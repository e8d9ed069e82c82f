"""Page 01's year-to-date tables (UTFALL HITTILLS and per kostnadsställe) say under them
where their rows, each shown in whole tkr, do not add up to a sum row they show: a
periodised budget is fractions of a tkr (2 488,33 + 2 726,17 + 906,17 = 6 120,67 shows
6 121 beside rows of 6 120), and a =SUMMA of the sheet's column found another total
without a word, as it did on the resultaträkning before its note."""

from __future__ import annotations

import json
import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, ledger_notes, load_dataset
from itvt_lib.core.paths import DATA_DIR, ROOT

BUDGET_2024 = {"Personalkostnader": (14929, 14930), "Övriga kostnader": (16356, 16357),
               "Kapitalkostnader": (5460, 5461)}


@pytest.fixture(scope="module")
def ctx_fractions(tmp_path_factory):
    """2024-02 with budget lines of 14 930, 16 357, 5 437 tkr (sixths of a tkr for two
    months) and a TEST ledger of 1 000 tkr salaries a month."""
    data_dir = tmp_path_factory.mktemp("ytd") / "data"
    shutil.copytree(DATA_DIR, data_dir)
    drift = data_dir / "driftredovisning.csv"
    text = drift.read_text(encoding="utf-8")
    for group, (old, new) in BUDGET_2024.items():
        text = text.replace(f"2024,,ursprunglig_budget,{group},{old}\n",
                            f"2024,,ursprunglig_budget,{group},{new}\n")
    drift.write_text(text, encoding="utf-8")
    (data_dir / "huvudbok").mkdir(exist_ok=True)
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
        "2024-01-15;1;5011;9100;;1000000,00;lön\n2024-02-15;2;5011;9100;;1000000,00;lön\n",
        encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


def test_the_year_to_date_statement_says_so(ctx_fractions):
    result = ledger_notes.ytd_notes(ctx_fractions, ledger.ytd_for(ctx_fractions))
    expected = ["Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
                "Budget jan–feb 2024: raderna summerar till 6\u00a0120 tkr, Summa kostnader "
                "visar 6\u00a0121 tkr; Avvikelse: raderna summerar till 4\u00a0120 tkr, Summa "
                "kostnader visar 4\u00a0121 tkr; Budget jan–feb 2024: summa intäkter och summa "
                "kostnader summerar till 3\u00a0163 tkr, Summa nettokostnader visar "
                "3\u00a0162 tkr; Avvikelse: summa intäkter och summa kostnader summerar till "
                "1\u00a0163 tkr, Summa nettokostnader visar 1\u00a0162 tkr (en "
                "avrundningsdifferens)."]
    assert result == expected


def test_tables_that_add_up_get_no_note(ctx_2024):
    result = ledger_notes.centres_ytd_notes(ctx_2024, ledger.centres_ytd_for(ctx_2024))
    assert result == []


@pytest.mark.parametrize("call", ["ledger_notes.ytd_notes(ctx, ytd)",
                                  "ledger_notes.centres_ytd_notes(ctx, centres_ytd)"])
def test_page_01_shows_the_note_under_each_table(call):
    notebook = json.loads((ROOT / "notebooks" / "01-driftredovisning.ipynb")
                          .read_text(encoding="utf-8"))
    result = "".join("".join(cell["source"]) for cell in notebook["cells"])
    assert f"for note in {call}" in result
