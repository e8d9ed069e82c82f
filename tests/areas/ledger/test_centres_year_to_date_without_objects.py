"""A SIE type 2 file has no objects: the ledger carries no kostnadsställe (data/README.md).
Notebook 01's table "Kostnadsställe, hittills" still showed every kostnadsställe's utfall
year to date as 0 and its whole periodised budget as avvikelse. Rule: per kostnadsställe
the ledger's utfall year to date is missing ("uppgift saknas") for a year whose exports
carry no kostnadsställe, never 0."""

from __future__ import annotations

import math

import pytest
from ledger_exports import saldo_csv, sie_type_2

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset

UTFALL = "Utfall jan–feb 2024"


def centres(data_dir, name: str, content: bytes):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / name).write_bytes(content)
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    return ledger.centres_ytd_for(ctx)


def test_a_ledger_without_objects_has_no_utfall_per_kostnadsstalle(data_dir):
    table = centres(data_dir, "saldon-2024.se", sie_type_2())
    result = [math.isnan(v) for v in table[UTFALL]] + [math.isnan(v) for v in table["Avvikelse"]]
    assert all(result)


@pytest.mark.parametrize("centre, expected", [("IT Gemensamt", 2.0), ("Telefonväxel", 0.0)])
def test_a_ledger_with_ansvar_shows_each_kostnadsstalles_utfall(data_dir, centre, expected):
    table = centres(data_dir, "saldo-2024.csv", saldo_csv())
    result = table.loc[centre, UTFALL]
    assert result == expected
