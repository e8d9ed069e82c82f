"""The controller's comment on page 05 states the total avvikelse: "Prognosen visar en
positiv avvikelse mot budget med 400 tkr." (TEST) beside a new month's prognos whose
avvikelse reads +300 tkr: page 05 printed the summary's "+300" above the comment's "400",
exit 0, no warning. Now a warning names the comment's file and key. A project's or a
kommun's avvikelse, or another year's, is no alarm."""

from __future__ import annotations

import pytest
from conftest import with_tables

from itvt_lib.areas import investments, open_report
from itvt_lib.areas.investment_notes import stated_deviations

NAMES = ["Herrljunga", "Vårgårda", "Reinvestering IT", "Nätverk"]


@pytest.mark.parametrize(("comment", "expected"), [
    ("Investeringsbudgeten redovisar en positiv avvikelse med 3 199 tkr.",
     [("positiv avvikelse med 3 199 tkr", 3199)]),
    ("Prognosen visar en negativ avvikelse mot budget på 50 tkr.",
     [("negativ avvikelse mot budget på 50 tkr", -50)]),
    # must pass: a project's, a kommun's or another year's avvikelse; no amount
    ("Reinvestering IT visar en positiv avvikelse med 400 tkr.", []),
    ("För Vårgårda blir det en negativ avvikelse på 20 tkr.", []),
    ("2023 redovisades en positiv avvikelse med 3 199 tkr.", []),
    ("Prognosen visar en positiv avvikelse mot budget.", []),
    # a date or quarter in the sentence names its year (2024), not another one
    ("Per 2024-02-29 (Q1) visar prognosen en positiv avvikelse med 400 tkr.",
     [("positiv avvikelse med 400 tkr", 400)]),
    ("Per 2023-12-31 redovisades en positiv avvikelse med 3 199 tkr.", []),
    ("Prognos enligt budget.", []),
    ("", []),
])
def test_the_avvikelse_a_comment_states(comment, expected):
    result = stated_deviations(comment, 2024, NAMES)
    assert result == expected


@pytest.mark.parametrize(("amount", "expected"), [
    (2100.0, []),
    (2200.0, [("positiv avvikelse mot budget med 400 tkr", "+300")]),
    (2900.0, [("positiv avvikelse mot budget med 400 tkr", "−400")]),
])
def test_an_avvikelse_beside_one_that_reads_otherwise(dataset, params_dir, amount, expected):
    path = params_dir / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "kommentar: Prognos enligt budget.",
        "kommentar: Prognosen visar en positiv avvikelse mot budget med 400 tkr."),
        encoding="utf-8")
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    lines = ctx.dataset["investeringar"].copy()
    row = ((lines["period"] == "2024-02") & (lines["measure"] == "prognos")
           & (lines["projekt"] == "Reinvestering IT"))
    lines.loc[row, "belopp"] = amount
    found = [c for c in investments.checks(with_tables(ctx, investeringar=lines))
             if c.description.startswith("Kommentar")]
    result = [(c.expected, c.actual) for c in found]
    assert result == expected
    assert all(": investeringar.kommentar: kommentaren säger " in c.note for c in found)


def test_the_real_comments_give_no_warning(ctx_2023, ctx_2024):
    result = [c for ctx in (ctx_2023, ctx_2024) for c in investments.checks(ctx)
              if c.description.startswith("Kommentar")]
    assert result == []
