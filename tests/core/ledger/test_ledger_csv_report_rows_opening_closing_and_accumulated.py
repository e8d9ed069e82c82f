"""Hostile run 40a (core/ledger): a huvudbok report prints its balance rows as "Opening
balance", "Closing balance", "Ack. saldo", "Ackumulerat", "Balance brought forward", and
its sum rows as "Delsumma ansvar 9100", "Subtotal" or "Total for account 5011" (English
and Swedish texts systems write). They were read as postings: 500 kr booked showed as
1 500 kr. They are refused by line and column as IB, UB and Summa konto are; a posting's
own text starting alike is still read."""

from __future__ import annotations

import pytest
from report_row_export import POSTING, read

from itvt_lib.core.errors import DataError


@pytest.mark.parametrize("text", [
    "Opening balance", "Closing balance", "Opening balance 2024-02-01", "Ack. saldo",
    "Ack saldo", "Ackum. saldo", "Ackumulerat", "Ackumulerat saldo", "Balance",
    "Balance brought forward", "Carried forward", "Delsumma", "Delsumma ansvar 9100",
    "Subtotal", "Sum", "Total for account 5011", "Grand total", "Summa verksamhet 100",
    "Summa kst 9100",
])
def test_an_opening_closing_accumulated_or_sum_row_is_refused(data_dir, text):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{text}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;9100;{text};1000,00;"])


@pytest.mark.parametrize("text", ["Opening ceremony", "Balanskonto", "Total renovering",
                                  "Closing costs", "Ackord", "Delsummering", "Carried out",
                                  "Summa för löner"])
def test_a_postings_own_text_starting_alike_is_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{text};;100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected


@pytest.mark.parametrize("text", [
    "Ack. summa", "Ackumulerat belopp", "Kontosaldo", "Kontosumma", "Periodsumma",
    "Period summa", "Årets summa", "Summa totalt", "Summa år", "Summa hittills",
    "Saldo per 2024-02-29", "UB per 2024-02-29", "IB per 2024-01-01", "Saldo 29.02.2024",
    "UB t.o.m. 2024-02", "Ansvar 9100 totalt", "Konto 5011 Löner summa", "Kst 9100 Summa",
])
def test_a_sum_or_balance_row_as_raindance_or_ubw_words_it_is_refused(data_dir, text):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: Text: "{text}": raden '
                       "är rapportens saldo- eller summarad, ingen bokning"):
        read(data_dir, [POSTING, f"2024-02-29;5011;9100;{text};1000,00;"])


@pytest.mark.parametrize("text", ["Kontorsmaterial", "Ansvarsförsäkring", "Årsavgift",
                                  "Ackordslön", "Periodisering", "IB per capita",
                                  "Summa årsavgift", "Kontosaldo justering",
                                  "Konto 5011 rättelse", "Ansvar 9100 summa löner"])
def test_a_postings_text_beside_those_words_is_read(data_dir, text):
    result = read(data_dir, [POSTING, f"2024-02-16;5011;9100;{text};;100,00"])
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result.values.tolist() == expected
