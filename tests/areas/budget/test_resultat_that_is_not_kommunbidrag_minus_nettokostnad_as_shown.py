"""A resultaträkning whose resultat, as shown in whole tkr, is not its kommunbidrag minus
its summa nettokostnader as shown (the bokslut's resultat of record −219 beside 26 210 −
26 430 = −220) says so under the table, as it does for a sum row its rows miss; in the
avvikelse column resultat is kommunbidrag plus nettokostnad (each signed better than
budget), so a table that adds up there gets no false note."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas.budget.statement import (
    NETTOKOSTNAD,
    RESULTAT,
    statement_layout,
    statement_sums,
    unsummed_totals,
)

KONTOGRUPPER = pd.DataFrame({"kontogrupp": ["Intäkter", "Kostnader", "Kommunbidrag"],
                             "typ": ["intakt", "kostnad", "kommunbidrag"],
                             "ordning": [1, 2, 3]})


def _table(column: str, bidrag: float, netto: float, resultat: float) -> pd.DataFrame:
    return pd.DataFrame({column: [bidrag, netto, resultat]},
                        index=["Kommunbidrag", NETTOKOSTNAD, RESULTAT])


@pytest.mark.parametrize(("column", "bidrag", "netto", "resultat", "expected"), [
    ("Bokslut 2023", 26210.0, 26430.0, -219.0,
     [(RESULTAT, "Bokslut 2023", -220, -219, "kommunbidrag minus summa nettokostnader")]),
    ("Bokslut 2023", 26210.0, 26430.0, -220.0, []),                     # adds up as shown
    ("Prognos 2024", 18971.4, 18971.0, 0.4, []),                         # 18 971 − 18 971
    ("Avvikelse", 0.0, -220.0, -219.0,
     [(RESULTAT, "Avvikelse", -220, -219, "kommunbidrag och summa nettokostnader")]),
    ("Avvikelse", 0.0, -220.0, -220.0, []),                              # plus, not minus
    ("Bokslut 2023", np.nan, 26430.0, -219.0, []),                       # a part missing
])
def test_resultat_against_kommunbidrag_and_nettokostnad(column, bidrag, netto, resultat,
                                                         expected):
    table = _table(column, bidrag, netto, resultat)
    sums = statement_sums(statement_layout(KONTOGRUPPER), list(table.columns), "Avvikelse")
    result = [found for found in unsummed_totals(table, sums) if found[0] == RESULTAT]
    assert result == expected


def test_page_01_says_so_under_the_resultatrakning(ctx_2024):
    from itvt_lib.areas import budget

    _, notes = budget.statement_display_for(ctx_2024)
    result = [n for n in notes if n.startswith("Raderna")]
    assert len(result) == 1
    assert "Bokslut 2023: kommunbidrag minus summa nettokostnader summerar till −220 tkr, " \
           "Resultat visar −219 tkr" in result[0]
