"""The start page's key figure "Avvikelse mot periodiserad budget jan–feb" compares the
ledger's utfall with the budget of every month 1..P: when a month before P has no postings (or an
account is unmapped) it carries the same footnote as the nettokostnad beside it, and the
start page lists that footnote once."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.publishing import pages

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"

FEBRUARY_ONLY = "2024-02-15;2;5011;9100;;1000,00;lön\n"

MISSING_JANUARY = ("Huvudboken har inga bokningar för januari 2024: utfallet är utan den "
                   "månaden (se kontrollerna).")


def _ctx(tmp_path, rows: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + rows,
                                                                 encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


@pytest.mark.parametrize("rows, expected", [
    ("2024-01-15;1;5011;9100;;1000,00;lön\n" + FEBRUARY_ONLY, ""),
    (FEBRUARY_ONLY, MISSING_JANUARY),
])
def test_avvikelse_key_figure_notes_what_the_utfall_leaves_out(tmp_path, rows, expected):
    figure = ledger.key_figures(_ctx(tmp_path, rows))[1]
    result = figure.note
    assert figure.name == "Avvikelse mot periodiserad budget jan–feb 2024"
    assert result == expected


def test_the_start_page_lists_a_shared_footnote_once(tmp_path):
    context = pages.start_page_context(_ctx(tmp_path, FEBRUARY_ONLY), {}, [])
    marked = [f for f in context["key_figures"] if "jan–feb 2024" in f["name"]]
    result = (context["figure_notes"].count(MISSING_JANUARY), {f["mark"] for f in marked},
              len(marked))
    expected = (1, {context["figure_notes"].index(MISSING_JANUARY) + 1}, 2)
    assert result == expected
