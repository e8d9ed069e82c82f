"""Hostile run 45a (core/data_files): notes saved as "driftredovisning anteckningar.txt"
beside the table were refused as a month's rows ("läses inte: tabellen driftredovisning
läses bara från …") when one sentence listed five figures with commas; data/README.md says
notes in a .txt may lie beside the table. Rule (core.data_files.reads_as_sentence): in a
text file a line whose first cell holds three words or more and whose later cells each
begin with a space is a sentence, not a row; a month typed as text is still refused."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

NOTES = [
    "Att göra inför mars\nEnligt ekonomi: personal 1 200, lokaler 300, övrigt 400, "
    "kapital 50, intäkter 600 tkr.\n",
    "Frågor till Anna\n1. Varför ökar personal, lokaler, övrigt, kapital, it och intäkter?\n"
    "2. Kommer tillägget i april?\n",
    "Mötet 2024-03-12: Herrljunga, Vårgårda, ekonomi, IT-chef och controller var med.\n"
    "Beslut: prognosen sänks.\n",
    "Prognos mars per kontogrupp: Intäkter -17 750, Personal 9 000, Lokaler 2, Övrigt 16 356, "
    "Kapital 5 436\n",
    "Källa: Månadsrapport per 2024-02-29, sidan 3, tabell 1, rad 4, kolumn 2\n",
]


@pytest.mark.parametrize("notes", NOTES)
def test_notes_listing_figures_are_left_beside_the_table(data_dir, notes):
    (data_dir / "driftredovisning anteckningar.txt").write_text(notes, encoding="utf-8")
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected


@pytest.mark.parametrize("month", [
    "2024,2024-03,prognos,Intäkter,-17750\n",
    "2024, 2024-03, prognos, Intäkter, -17750\n",
    "year, period, measure, kontogrupp, belopp\n2024, 2024-03, prognos, Intäkter, -17750\n",
    "2024\t2024-03\tprognos\tÖvriga kostnader\t16356\n",
])
def test_a_month_typed_as_text_is_still_refused(data_dir, month):
    (data_dir / "driftredovisning mars.txt").write_text(month, encoding="utf-8")
    with pytest.raises(DataError, match=r"driftredovisning mars\.txt: läses inte: tabellen "
                       r"driftredovisning läses bara från"):
        load_dataset(data_dir)
