"""Hostile investment totals (areas/investments.py, notebook 05): the annual report 2023's
total row typed with avvikelse 3 201 beside budget 3 750 and utfall 551. The checks page
warned ("motsägelser i underlaget"), but page 05 and sheet 05 showed 3 201 unmarked, the
summary said "positiv avvikelse med 3 201 tkr" and the start page's key figure had no
note. The printed figure is kept, marked "1)" in a Not column beside the avvikelse as
page 02 marks its own (the sheet takes the table and its footnote), the summary says it
is as printed, and the key figure carries a note."""

from __future__ import annotations

import json

import pytest

from itvt_lib.areas import investments, open_report
from itvt_lib.core.paths import NOTEBOOKS_DIR

ROWS = {None: "Förvaltningsberättelse 2023,2023-12,2023,avvikelse,,3199\n",
        "Vårgårda": "Förvaltningsberättelse 2023,2023-12,2023,avvikelse,Vårgårda,450\n"}


def _printed(data_dir, kommun, value):
    totals = data_dir / "investeringar_totaler.csv"
    text = totals.read_text(encoding="utf-8")
    row = ROWS[kommun]
    assert row in text
    totals.write_text(text.replace(row, row.rsplit(",", 1)[0] + f",{value}\n"),
                      encoding="utf-8")
    return open_report("2023-12", data_dir)


def _marked(notes):
    """The footnotes of printed avvikelser (the table may also note a column whose rows as
    shown do not add up to a sum row of record: 2 749 + 450 beside 3 201)."""
    return [note for note in notes if note.startswith("1)")]


def test_a_total_contradicting_its_row_is_marked_and_footnoted(data_dir):
    shown, notes = investments.marked_table_for(_printed(data_dir, None, 3201))
    result = shown.set_index("Projekt (tkr)")["Not"].to_dict()
    expected = {label: "" for label in result} | {"TOTALA INVESTERINGAR": "1)"}
    assert result == expected
    assert list(shown.columns[-2:]) == ["Avvikelse", "Not"]
    assert _marked(notes) == ["1) Avvikelse = budget − utfall, men för TOTALA INVESTERINGAR blir "
                     "3\xa0750 − 551 = 3\xa0199, inte de tryckta 3\xa0201. Avvikelsen visas "
                     "som den trycktes."]


def test_a_kommun_contradicting_its_row_is_marked_and_named(data_dir):
    ctx = _printed(data_dir, "Vårgårda", 460)
    shown, notes = investments.marked_table_for(ctx)
    result = shown.set_index("Projekt (tkr)")["Not"]
    assert result[result != ""].to_dict() == {"IT Vårgårda": "1)"}   # not the project row
    assert len(_marked(notes)) == 1 and "för IT Vårgårda blir 500 − 50 = 450, inte de tryckta 460" \
        in notes[0]
    result = investments.summary(ctx)[-1]
    assert result == ("Avvikelsen för IT Vårgårda visas som tryckt, men budget − utfall på "
                      "raden är 450 tkr (se fotnoten under investeringstabellen).")
    result = [k.note for k in investments.key_figures(ctx)]
    assert result == ["", ""]   # the total is not the one contradicted


def test_the_summary_and_key_figure_of_a_contradicted_total_say_so(data_dir):
    ctx = _printed(data_dir, None, 3201)
    result = investments.summary(ctx)
    assert result[0].endswith("3\xa0201 tkr.")
    assert result[-1] == ("Avvikelsen för TOTALA INVESTERINGAR visas som tryckt, men budget "
                          "− utfall på raden är 3\xa0199 tkr (se fotnoten under investeringstabellen).")
    result = investments.key_figures(ctx)[1].note
    assert result == "som tryckt; går inte ihop med budget − utfall, se sidans fotnot"


@pytest.mark.parametrize("value", [3199, 3200])   # as computed; within tolerance
def test_nothing_marked_where_the_printed_avvikelse_fits_its_row(data_dir, value):
    ctx = _printed(data_dir, None, value)
    shown, notes = investments.marked_table_for(ctx)
    assert "Not" not in shown.columns and _marked(notes) == []
    assert not any("som tryckt" in line for line in investments.summary(ctx))
    assert [k.note for k in investments.key_figures(ctx)] == ["", ""]


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_nothing_marked_on_the_shipped_data(dataset, period):
    shown, notes = investments.marked_table_for(open_report(period, dataset=dataset))
    assert "Not" not in shown.columns and notes == []


def test_page_05_shows_the_marked_table_and_its_notes():
    cells = json.loads((NOTEBOOKS_DIR / "05-investeringar.ipynb").read_text(encoding="utf-8"))
    table = next("".join(c["source"]) for c in cells["cells"]
                 if "committee_table(" in "".join(c["source"]))
    result = [word in table for word in ("investments.marked_table_for(ctx)",
                                         "display(footnote(note))")]
    assert result == [True, True]
