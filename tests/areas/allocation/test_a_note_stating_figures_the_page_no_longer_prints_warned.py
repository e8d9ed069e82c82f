"""A note of published.csv states figures ("Nyckeln 43,6 % ger 8 271", "Budget 9 178 −
prognos 8 271 (nyckeln 43,6 %) = 907"); page 02's footnote prints it right after "Tabellen
visar de beräknade beloppen: Herrljunga 8 328". With the key corrected to 43,9 / 56,1 (or
Herrljunga's budget corrected to 9 278) the footnote said both 8 328 and "ger 8 271", exit
0, no warning. Now the checks page warns, naming published.csv and the note's line; the
committee's words stay as written. Notes naming another year, another kommun's figure, a
percentage of something else, the printed figure or öre still pass."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import with_tables

from itvt_lib.areas import allocation, budget
from itvt_lib.areas.budget.published_notes import stale_figures
from itvt_lib.core.periods import Period

COLUMNS = budget.statement_columns(Period.parse("2024-02"), has_split=False)
TABLE = pd.DataFrame({"Bokslut 2023": [11603.0, 14827.0, 26430.0],
                      "Budget 2024": [9178.0, 9793.0, 18971.0],
                      "Prognos 2024": [8271.0, 10700.0, 18971.0],
                      "Avvikelse helår": [907.0, -907.0, 0.0]},
                     index=["Herrljunga", "Vårgårda", "Summa"])
PROGNOS, AVVIKELSE = COLUMNS[2], COLUMNS[3]


def _stale(note, label="Herrljunga", column=PROGNOS, printed=(7878.0, 11093.0)):
    return stale_figures(note, label, column, list(printed), TABLE, COLUMNS, 1.0, [43.6, 56.4])


@pytest.mark.parametrize("note", [
    "Nyckeln 43,6 % ger 8 271; den publicerade delningen (±1 300) summerar men följer "
    "inte nyckeln",
    "Tryckt med minustecken; nettokostnaden är 26 430 tkr (Herrljunga 11 603 + "
    "Vårgårda 14 827)",
    "Rapporten anger 7 878 tkr, ett uppskattat belopp",          # the printed figure
    "Prognos 2024 enligt nyckeln; Vårgårdas prognos 10 700",    # a year; another kommun
    "Utfall 2023 var 11 603 tkr för Herrljunga",                 # another year's column
    "Nettokostnaden är budget 18 971 för båda",                  # the total's budget
    "Delningen avviker 10 % från nyckeln och 2 procent från budgeten",  # other percentages
    "Nyckeln om 56,4 % gäller Vårgårda",
    "Budgeten är 9 178 tkr",
    "Nyckeln bygger på Herrljunga 9 510 och Vårgårda 12 176 invånare",  # counts, not tkr
    "Nyckeln ger 8 271 000 kr",
    "",
])
def test_a_note_of_the_shown_figures_passes(note):
    result = _stale(note)
    assert result == []


@pytest.mark.parametrize("note", [
    "Budget 9 178 − prognos 8 271 (nyckeln 43,6 %) = 907",
    "Budget 9 178 − prognos 8 270,6 = 907,4 (öre)",
    "Tryckt 1 300 = budget 9 178 − prognos 7 878",                # the printed figure
    "Vårgårda: budget 9 793 − prognos 10 700 = −907",            # the other kommun's
])
def test_a_note_on_the_avvikelse_of_the_shown_figures_passes(note):
    result = _stale(note, column=AVVIKELSE, printed=(7878.0, 11093.0, 1300.0, -1300.0))
    assert result == []


@pytest.mark.parametrize(("note", "column", "expected"), [
    ("Nyckeln 43,9 % ger 8 328; delningen följer inte nyckeln", PROGNOS,
     ["Nyckeln 43,9 %", "ger 8 328"]),
    ("Budget 9 278 − prognos 8 271 (nyckeln 43,6 %) = 1 007", AVVIKELSE,
     ["Budget 9 278", "= 1 007"]),
    ("Nettokostnaden (Herrljunga 11 700 + Vårgårda 14 827)", PROGNOS, ["Herrljunga 11 700"]),
    ("Budgeten är 9 300 tkr", PROGNOS, ["Budgeten är 9 300"]),
])
def test_a_note_of_other_figures_names_them(note, column, expected):
    result = _stale(note, column=column)
    assert result == expected


def _notes(ctx):
    return [c for c in allocation.checks(ctx) + budget.checks(ctx)
            if c.description.startswith("Anteckningen i published.csv")]


@pytest.mark.parametrize("fixture", ["ctx_2024", "ctx_2023"])
def test_the_real_notes_give_no_warning(fixture, request):
    result = _notes(request.getfixturevalue(fixture))
    assert result == []


def test_a_corrected_key_warns_on_each_note_that_states_the_old_one(ctx_2024):
    befolkning = ctx_2024.dataset["befolkning"].copy()
    rows = befolkning["key_date"].astype(str) == "2022-11-01"
    befolkning.loc[rows, "andel_procent"] = befolkning.loc[rows, "kommun"].map(
        {"Herrljunga": 43.9, "Vårgårda": 56.1})
    found = _notes(with_tables(ctx_2024, befolkning=befolkning))
    result = [c.note.split(": note: ")[0].rsplit("/", 1)[-1] for c in found]
    expected = ["published.csv:8", "published.csv:9", "published.csv:10", "published.csv:11"]
    assert result == expected
    assert "säger \"Nyckeln 43,6 %\", \"ger 8 271\", men sidan visar Herrljunga: " \
        in found[0].note.replace("\xa0", " ")
    assert "prognos 2024 8 328," in found[0].note.replace("\xa0", " ")


def test_a_corrected_budget_warns_on_the_avvikelse_notes(ctx_2024):
    kommunbidrag = ctx_2024.dataset["kommunbidrag_kommun"].copy()
    rows = (kommunbidrag["year"] == 2024) & (kommunbidrag["measure"] == "ursprunglig_budget")
    kommunbidrag.loc[rows, "belopp"] = kommunbidrag.loc[rows, "kommun"].map(
        {"Herrljunga": 9278.0, "Vårgårda": 9717.0})
    found = _notes(with_tables(ctx_2024, kommunbidrag_kommun=kommunbidrag))
    result = [c.note.replace("\xa0", " ").split(" säger ")[1].split(", men")[0]
              for c in found]
    expected = ["\"Budget 9 178\", \"= 907\"", "\"Budget 9 793\", \"= −907\""]
    assert result == expected
