"""The summary's sentence on the över- and underskott decision when the kommuner differ.

Rule: one sentence "respektive kommun" only when every kommun has the same decision in the
same state; otherwise each decision and state names its kommuner (and, knowing their UB,
says överskottet or underskottet), and kommuner without a decision are named as such. A
decision for one kommun is never said of all. A decision (status beslutat) is said of the
kommun's kommunfullmäktige, which alone decides (the paper on över- and underskott 2023:
"Det är kommunfullmäktige i respektive kommun som beslutar"); the committee only proposes.
Before, a KF decision read "Servicenämnd IT/Växel/Telefoni har beslutat att Vårgårda ska
föra över över- eller underskottet för 2023".
"""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas.allocation.report import decision_sentences

KOMMUNER = ["Herrljunga", "Vårgårda"]
N = "Nämnden"
UB = pd.Series([878.0, -1097.0], index=KOMMUNER)   # the annual report 2023's results


@pytest.mark.parametrize(("decisions", "states", "expected"), [
    (["avskrivning", "avskrivning"], ["forslag", "forslag"],
     [f"{N} föreslår att respektive kommun ska skriva av 2023 års över- respektive "
      "underskott."]),
    (["overforing", "overforing"], ["beslutat", "beslutat"],
     ["Kommunfullmäktige i respektive kommun har beslutat att föra över 2023 års över- "
      "respektive underskott."]),
    (["avskrivning", "avskrivning"], ["beslutat", "forslag"],
     ["Kommunfullmäktige i Herrljunga har beslutat att skriva av överskottet för 2023.",
      f"{N} föreslår att Vårgårda ska skriva av underskottet för 2023."]),
    (["avskrivning", None], ["forslag", None],
     [f"{N} föreslår att Herrljunga ska skriva av överskottet för 2023.",
      "För Vårgårda finns inget beslut om över- eller underskottet för 2023."]),
    (["overforing", "avskrivning"], ["beslutat", "beslutat"],
     ["Kommunfullmäktige i Herrljunga har beslutat att föra över överskottet för 2023.",
      "Kommunfullmäktige i Vårgårda har beslutat att skriva av underskottet för 2023."]),
    ([None, None], [None, None], []),
])
def test_decision_sentence_when_kommuner_differ(decisions, states, expected):
    result = decision_sentences(N, pd.Series(decisions, index=KOMMUNER, dtype=object),
                                pd.Series(states, index=KOMMUNER, dtype=object), 2023, UB)
    assert result == expected


def test_summary_does_not_say_a_proposal_was_decided(data_dir, params):
    from itvt_lib.areas import allocation, open_report

    path = data_dir / "resultatfond.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2023,Herrljunga,-,avskrivning,forslag", "2023,Herrljunga,-,avskrivning,beslutat"),
        encoding="utf-8")
    ctx = open_report("2023-12", data_dir=data_dir, params_dir=params)
    result = [line for line in allocation.summary(ctx) if "skriva av" in line]
    expected = [
        "Kommunfullmäktige i Herrljunga har beslutat att skriva av överskottet för 2023.",
        "Servicenämnd IT/Växel/Telefoni föreslår att Vårgårda ska skriva av underskottet "
        "för 2023."]
    assert result == expected
