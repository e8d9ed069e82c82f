"""Hostile run 46b (core/ledger): a huvudbok report exported without a verifikation
column printed its balance rows as "Saldo 5011" (on konto 5011) or "IB 2024" (on a row of
2024); after IB, UB or Saldo only a named scope ("UB konto 5011") made a report row, so
these were read as postings and counted the account twice with no word. A balance word
before the row's own konto, ansvar or projekt, or alone before the row's own year, is now
a report row too; a posting's own words ("IB 2023 rättelse", "IB 2024 justering", "Saldo
5012 flytt" on 5011) are still read."""

from __future__ import annotations

import pytest
from report_row_export import POSTING, read

from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("text", [
    "Saldo 5011", "Saldo 5011 Lokalhyra", "UB 5011", "IB 9100", "Saldo: 9100 IT Gemensamt",
    "IB 2024", "UB 2024", "I.B. 2024", "ib 2024",
])
def test_ib_ub_or_saldo_for_the_row_s_own_konto_or_year_is_refused(data_dir, text):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{text}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;9100;{text};1000,00;"])


@pytest.mark.parametrize("text", [
    "IB 2023 rättelse", "IB 2024 justering", "Saldo 5012 flytt", "Saldo 2024 avräkning",
    "UB 2023", "IS 2024 AB", "Saldoöverföring 5011", "IB-justering 2024", "Saldo 100 st",
    "Isabella 2024", "Ubåt 5011",
])
def test_a_posting_s_own_words_after_ib_ub_or_saldo_are_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{text};;100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected
