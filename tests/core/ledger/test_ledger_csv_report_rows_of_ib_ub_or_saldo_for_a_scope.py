"""A huvudbok report exported without a verifikation column printed its balance rows as
"UB konto 5011", "Saldo konto 5011" or "IB, ansvar 9100 IT Gemensamt": IB, UB and Saldo
were report words only alone or with a date, so these were read as postings and 500 kr
booked showed as 1 500 kr with no word, though "Summa konto 5011" and "Utgående saldo 5011"
were refused. IB, IS, UB and Saldo followed by a scope (konto, ansvar, …) make a report row
too; a posting's own words after them ("IB 2023 rättelse") are still read."""

from __future__ import annotations

import pytest
from report_row_export import POSTING, read

from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("text", [
    "UB konto 5011", "IB konto 5011 Löner", "Saldo konto 5011", "IB, ansvar 9100 IT Gemensamt",
    "UB per konto", "Saldo för ansvar 9100", "U.B. konto 5011",
])
def test_ib_ub_or_saldo_for_a_scope_is_refused(data_dir, text):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{text}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;9100;{text};1000,00;"])


@pytest.mark.parametrize("text", ["IB 2023 rättelse", "IB-justering konto 5011",
                                  "Saldoöverföring konto 5011", "UB projektets slut"])
def test_a_postings_own_words_after_ib_ub_or_saldo_are_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{text};;100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected
