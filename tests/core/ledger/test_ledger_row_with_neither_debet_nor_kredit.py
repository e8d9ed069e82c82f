"""An empty cell is missing, not 0 (data/README.md; a Belopp cell left empty is refused).
A layout with `debet` and `kredit` read a row whose two cells were both empty as 0 kr: the
posting's amount was lost, the utfall summed the other rows as if whole and `itvt check`
said ok. Rule: a row needs a debet or a kredit; neither is bad input ("värde saknas")."""

from __future__ import annotations

import pytest

from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.errors import DataError

LAYOUT = ("layouts:\n  dk:\n    columns: {period: Period, konto: Konto, ansvar: Ansvar, "
          "debet: Debet, kredit: Kredit}\n")


def outcomes(data_dir, rows: list[str]):
    (data_dir / "huvudbok_layouts.yaml").write_text(LAYOUT, encoding="utf-8")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "dk-2024.csv").write_text(
        "\n".join(["Period;Konto;Ansvar;Debet;Kredit", *rows]) + "\n", encoding="utf-8")
    return ledger.monthly_outcomes(ledger.ledger_for(load_dataset(data_dir)))


@pytest.mark.parametrize("empty", ["", "  "], ids=["empty", "spaces"])
def test_a_row_with_neither_debet_nor_kredit_is_refused(data_dir, empty):
    rows = ["2024-01;5011;9100;1000,00;", f"2024-02;5011;9100;{empty};{empty}"]
    with pytest.raises(DataError, match=r"dk-2024\.csv:3: Debet: värde saknas$"):
        outcomes(data_dir, rows)


def test_one_side_empty_is_still_zero_there(data_dir):
    rows = ["2024-01;5011;9100;1000,00;", "2024-01;5011;9100;;250,50"]
    result = outcomes(data_dir, rows).values.tolist()
    expected = [[2024, 1, "Personalkostnader", 0.7495]]
    assert result == expected
