"""The start page's key figure "Nettokostnad, utfall jan–feb" is footnoted with what the
ledger's nettokostnad leaves out (an account no kontoplan row covers, a month without
postings), so the figure is never shown bare as if it were the whole utfall (with
`omappat_status: warn` there is no banner to say so)."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"


def _ctx(tmp_path, rows: str):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(HEADER + rows,
                                                                 encoding="utf-8")
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


@pytest.mark.parametrize("rows, expected", [
    ("2024-01-15;1;5011;9100;;1000,00;lön\n2024-02-15;2;5011;9100;;1000,00;lön\n", ""),
    ("2024-01-15;1;5011;9100;;1000,00;lön\n2024-02-15;2;5011;9100;;1000,00;lön\n"
     "2024-02-20;3;9999;9100;;5000000,00;okänt konto\n",
     "1 konto i huvudboken saknar kontogrupp och ingår inte i utfallet (se kontrollerna)."),
    ("2024-02-15;2;5011;9100;;1000,00;lön\n",
     "Huvudboken har inga bokningar för januari 2024: utfallet är utan den månaden "
     "(se kontrollerna)."),
])
def test_nettokostnad_key_figure_notes_what_it_leaves_out(tmp_path, rows, expected):
    figure = ledger.key_figures(_ctx(tmp_path, rows))[0]
    result = figure.note
    assert figure.name == "Nettokostnad, utfall jan–feb 2024"
    assert result == expected
