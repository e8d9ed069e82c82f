"""Typed utfall is compared with the ledger only for months the ledger has postings in: a
balance export's 0,00 rows for a month not yet booked (December before the closing) are no
month, so the typed year-end utfall is not compared with January–November alone.

The ledger is TEST data written here (kr); the typed 2023 utfall is the data's. Fast: no
notebook, no CLI.
"""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR

HEADER = "Period;Konto;Ansvar;Belopp"


def _saldo(december: str) -> str:
    """Personalkostnader 1 000 kr in each of January–November; December as given."""
    rows = [f"2023-{m:02d};5011;9100;1000,00" for m in range(1, 12)]
    return "\n".join([HEADER, *rows, f"2023-12;5011;9100;{december}"]) + "\n"


@pytest.mark.parametrize(("december", "expected"), [
    ("0,00", False),                     # December not booked: nothing to compare
    ("-0,00", False),
    ("1000,00", True),                   # booked: the year's utfall is compared
])
def test_typed_utfall_is_compared_only_for_booked_months(tmp_path, december, expected):
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2023.csv").write_text(_saldo(december), encoding="utf-8")
    ctx = report.open_report("2023-12", dataset=load_dataset(data_dir))
    compared = [c for c in ledger.checks(ctx)
                if c.description == "Utfall 2023-12 Personalkostnader: inmatat mot huvudboken"]
    result = bool(compared)
    assert result == expected
