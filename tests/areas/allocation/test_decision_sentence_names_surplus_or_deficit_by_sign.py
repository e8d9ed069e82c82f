"""The summary's sentence on the över- and underskott decision for all kommuner names each
kommun's över- or underskott by the sign of its UB as shown: "över- respektive
underskott" said Herrljunga had an överskott beside "−100 tkr för Herrljunga och −120 tkr
för Vårgårda".

Figures: the annual report 2023 (Herrljunga +878, Vårgårda −1 097 tkr; IB 0, write-off
proposed), and TEST results of other signs. Fast: no notebook, no CLI.
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.areas.allocation import report

KOMMUNER = ["Herrljunga", "Vårgårda"]


@pytest.mark.parametrize(("balances", "expected"), [
    ([878.0, -1097.0], "över- respektive underskott"),
    ([-100.0, 120.0], "under- respektive överskott"),
    ([-100.0, -120.0], "underskott"),
    ([100.0, 120.0], "överskott"),
    ([0.4, -120.0], "över- eller underskott"),     # 0,4 reads 0: no över- or underskott
    ([-0.5, -120.0], "underskott"),                 # −0,5 reads −1
    ([None, -120.0], "över- eller underskott"),
    ([100.0, -1.0, 5.0], "över- eller underskott"),
])
def test_balance_words_by_the_ub_as_shown(balances, expected):
    assert report.balance_words(pd.Series(balances, dtype="float64")) == expected


def test_one_sentence_for_two_deficits():
    decisions = pd.Series(["avskrivning"] * 2, index=KOMMUNER, dtype=object)
    states = pd.Series(["forslag"] * 2, index=KOMMUNER, dtype=object)
    result = report.decision_sentences("N", decisions, states, 2023,
                                       pd.Series([-100.0, -120.0], index=KOMMUNER))
    assert result == ["N föreslår att respektive kommun ska skriva av 2023 års underskott."]


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


def test_summary_beside_two_deficits(data_dir, params):
    totals = data_dir / "bokslut_totaler.csv"
    for old, new in (("2023,nettokostnad,Herrljunga,11603", "2023,nettokostnad,Herrljunga,12580"),
                     ("2023,nettokostnad,Vårgårda,14827", "2023,nettokostnad,Vårgårda,13850"),
                     ("2023,resultat,Herrljunga,878", "2023,resultat,Herrljunga,-100"),
                     ("2023,resultat,Vårgårda,-1097", "2023,resultat,Vårgårda,-120")):
        _edit(totals, old, new)
    ctx = open_report("2023-12", data_dir=data_dir, params_dir=params)
    result = allocation.summary(ctx)[-1]
    assert result == ("Servicenämnd IT/Växel/Telefoni föreslår att respektive kommun ska "
                      "skriva av 2023 års underskott.")
