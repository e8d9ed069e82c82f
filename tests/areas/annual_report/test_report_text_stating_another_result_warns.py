"""The annual report's text states the year's result ("IT enheten redovisar ett resultat på
minus 219 tkr") and a late booking corrects the resultat of record: Vårgårda's utfall +50
tkr in driftredovisning.csv and bokslut_totaler.csv (resultat −269). Page 08 printed the
text's "minus 219 tkr" and, just below it, "Sista budgetprognosen för 2023 visade ett
resultat på −769 tkr (enligt förvaltningsberättelsen). Utfallet blev −269 tkr", exit 0 and
no warning. Now a warning names arsrapport_text.csv and both amounts. A difference ("500
tkr bättre"), a kommun's result, another year or the forecast is no alarm."""

from __future__ import annotations

import pytest

from itvt_lib.areas import annual_report, open_report
from itvt_lib.areas.budget.comment_figures import stated_result_amounts
from itvt_lib.core.checks import WARN

KOMMUNER = ["Herrljunga", "Vårgårda"]
TEXT = "IT enheten redovisar ett resultat på minus 219 tkr för verksamhetsåret 2023."


@pytest.mark.parametrize(("sentence", "expected"), [
    (TEXT, [("resultat på minus 219 tkr", 219)]),
    ("Nämnden redovisar ett resultat på −219 tkr.", [("resultat på −219 tkr", 219)]),
    ("Resultatet om cirka 219 tkr förklaras nedan.", [("Resultatet om cirka 219 tkr", 219)]),
    # must pass: figures of something else
    ("Utfallet är 500 tkr bättre jämfört med sista budgetprognos.", []),
    ("Vi har ett resultat på 300 tkr bättre än budget.", []),
    ("Herrljunga har ett resultat på +878 tkr och Vårgårda på −1 097 tkr.", []),
    ("Resultatet på −4 104 tkr för 2022 skrevs av.", []),
    ("Sista prognosen visade ett resultat på −719 tkr.", []),
    ("Det ackumulerade resultatet på −1 100 tkr i resultatfonden skrevs av.", []),
])
def test_the_result_amount_a_report_sentence_states(sentence, expected):
    result = stated_result_amounts(sentence, 2023, KOMMUNER, year_end=True)
    assert result == expected


def _text_checks(ctx):
    return [(c.expected, c.actual, c.status) for c in annual_report.checks(ctx)
            if c.description.startswith("Årsrapportens text om resultatet")]


def test_the_real_report_text_gives_no_warning(data_dir, params):
    result = _text_checks(open_report("2023-12", data_dir, params))
    assert result == []


def _book_late(data_dir, amount: int) -> None:
    """Vårgårda's late booking of `amount` tkr in Övriga kostnader, the bokslut corrected."""
    drift = data_dir / "driftredovisning.csv"
    drift.write_text(drift.read_text(encoding="utf-8").replace(
        "2023,2023-12,utfall,Övriga kostnader,15499",
        f"2023,2023-12,utfall,Övriga kostnader,{15499 + amount}"), encoding="utf-8")
    record = data_dir / "bokslut_totaler.csv"
    text = record.read_text(encoding="utf-8")
    for old, new in [("2023,summa_kostnader,,35545", f"2023,summa_kostnader,,{35545 + amount}"),
                     ("2023,nettokostnad,,26430", f"2023,nettokostnad,,{26430 + amount}"),
                     ("2023,resultat,,-219", f"2023,resultat,,{-219 - amount}"),
                     ("2023,nettokostnad,Vårgårda,14827",
                      f"2023,nettokostnad,Vårgårda,{14827 + amount}"),
                     ("2023,resultat,Vårgårda,-1097", f"2023,resultat,Vårgårda,{-1097 - amount}")]:
        assert old in text
        text = text.replace(old, new)
    record.write_text(text, encoding="utf-8")


def test_a_late_booking_beside_the_text_of_the_old_result_warns(data_dir, params):
    _book_late(data_dir, 50)
    result = _text_checks(open_report("2023-12", data_dir, params))
    expected = [("resultat på minus 219 tkr", "\u2212269\u00a0tkr", WARN)]
    assert result == expected


def test_the_text_corrected_with_the_booking_passes(data_dir, params):
    _book_late(data_dir, 50)
    path = data_dir / "arsrapport_text.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "resultat på minus 219 tkr", "resultat på minus 269 tkr"), encoding="utf-8")
    result = _text_checks(open_report("2023-12", data_dir, params))
    assert result == []
