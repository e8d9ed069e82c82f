"""Hostile run 36e (core/ledger): a huvudbok report exported without a verifikation column
prints its balance and sum rows as "IB 2024-01-01", "UB 2024-02-29", "Saldo 2024-02-29",
"Summa för konto 5011", "Totalt konto 5011", "S:a konto 5011", "Ing. bal." or
"Totalsumma". Those were read as postings: 500 kr booked showed as 1 500 kr with no word.
They are refused by line and column as the other report rows are; a posting's own text
starting alike is still read."""

from __future__ import annotations

import pytest
from report_row_export import POSTING, read

from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("text", [
    "IB 2024-01-01", "UB 2024-02-29", "IS 20240101", "Saldo 2024-02-29",
    "Summa för konto 5011", "Totalt konto 5011", "Totalt för ansvar 9100",
    "S:a konto 5011", "Tot. konto 5011", "Ing. bal.", "Utg. bal. 2024-02-29", "Totalsumma",
])
def test_a_report_row_with_a_date_or_for_a_konto_is_refused(data_dir, text):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{text}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;9100;{text};1000,00;"])


@pytest.mark.parametrize("text", ["IB 2023 rättelse", "Summa för löner", "Tot. löner",
                                  "Saldering 2024-02-29"])
def test_a_postings_own_text_starting_alike_is_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{text};;100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected
