"""Hostile run 45b (core/ledger): a huvudbok report prints its month's sum row as "Summa
februari", "Totalt februari 2024" or "S:a feb. 2024", and its last row as "Slutsumma",
beside a verifikation and a date. Those were read as postings: 500 kr booked showed as
1 000 kr on page 01 with no word. They are refused by line and column as the other report
rows are; a posting's own text naming a month or starting alike is still read."""

from __future__ import annotations

import pytest
from report_row_export import POSTING, read

from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("text", [
    "Summa februari", "Summa januari", "Totalt februari 2024", "S:a feb. 2024",
    "Summa period februari", "Delsumma mars", "Summa för februari", "Totalt jan 24",
    "Slutsumma", "Slutsumma konto 5011",
])
def test_a_months_sum_row_or_slutsumma_is_refused(data_dir, text):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{text}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;9100;{text};500,00;"])


@pytest.mark.parametrize("text", [
    "Summa februari hyra", "Summa löner februari", "Total Februari AB",
    "Totalt februari-fakturor", "Summa mars-lön", "Slutsummering", "Slutsumman justerad",
    "Summa Maj Andersson", "Summa juni kurs", "Feb hyra", "Summa jan-feb",
])
def test_a_postings_own_text_naming_a_month_is_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{text};100,00;"])
    expected = [[2024, 2, 5011, "9100", 60000]]
    assert result.values.tolist() == expected
