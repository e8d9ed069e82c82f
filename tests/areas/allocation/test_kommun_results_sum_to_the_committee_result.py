"""Page 02's results per kommun (Över- och underskott, Årets resultat) against page 01's
resultat for the committee.

The avvikelse per kommun is the kommun's budget − its cost; a kommunbidrag in the prognos
that differs from the budget (an expected tillägg, or a tillägg decided after the prognos
of a re-run month) is split to no kommun. Rule: the kommuner's results for the report's
year sum to the committee's resultat within the tolerance per kommun; otherwise the checks
page fails (the start page must not show two results as if both were right).
"""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.areas import allocation
from itvt_lib.core.checks import FAIL, PASS

DESCRIPTION = "Årets resultat per kommun summerar till nämndens resultat (prognos 2024)"


def _result_check(ctx):
    found = [c for c in areas.gather(ctx)["checks"]
             if c.area == allocation.AREA and c.description == DESCRIPTION]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("replacements", "expected"), [
    ((), (PASS, 0.0, 0.0)),
    # the prognos puts the kommunbidrag 300 tkr above its budget: the committee +300, kommuner 0
    ((("2024,2024-02,prognos,Kommunbidrag,18971", "2024,2024-02,prognos,Kommunbidrag,19271"),),
     (FAIL, 300.0, 0.0)),
    # a tillägg of 300 tkr decided after the prognos (kommunbidrag and per kommun), re-run
    ((("2024,,tillagg,Kommunbidrag,-24", "2024,,tillagg,Kommunbidrag,276"),
      ("2024,,tillagg,Övriga kostnader,-", "2024,,tillagg,Övriga kostnader,300")),
     (FAIL, 0.0, 300.0)),
])
def test_kommun_results_sum_to_the_committee_result(data_dir, replacements, expected):
    drift = data_dir / "driftredovisning.csv"
    text = drift.read_text(encoding="utf-8").replace("\r\n", "\n")
    for old, new in replacements:
        assert old + "\n" in text
        text = text.replace(old + "\n", new + "\n", 1)
    drift.write_text(text, encoding="utf-8")
    if len(replacements) == 2:
        kommun = data_dir / "kommunbidrag_kommun.csv"
        rows = kommun.read_text(encoding="utf-8").replace("\r\n", "\n")
        rows = rows.replace("2024,,tillagg,Herrljunga,-\n", "2024,,tillagg,Herrljunga,131\n")
        rows = rows.replace("2024,,tillagg,Vårgårda,-24\n", "2024,,tillagg,Vårgårda,145\n")
        kommun.write_text(rows, encoding="utf-8")
    check = _result_check(areas.open_report("2024-02", data_dir))
    result = (check.status, float(check.expected), float(check.actual))
    assert result == expected
