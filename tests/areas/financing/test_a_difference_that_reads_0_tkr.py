"""A model's difference from the current one that reads 0 tkr as printed (a cost of record
with decimals, 11 603,4, against a model's whole 11 603) is "lika mycket", on page 80 and
in the memo: never "0 tkr mindre" beside two costs that both read 11 603."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from itvt_lib.areas import financing, open_report
from itvt_lib.areas.financing import decision
from itvt_lib.publishing import memo

MODEL = ('financing_models:\n  - {name: "Befolkning per pool", driver: befolkning, '
         "pools: {Telefonväxel: befolkning}}\n")


@pytest.mark.parametrize(("difference", "expected"), [
    (0.0, True), (-0.4, True), (0.4, True),
    (0.5, False), (-0.5, False), (-0.6, False), (978.0, False),
])
def test_a_difference_reads_as_none_when_it_prints_0_tkr(difference, expected):
    result = decision.reads_as_no_difference(difference)
    assert result == expected


def test_page_80_says_lika_mycket_for_a_difference_under_half_a_tkr(data_dir, params):
    path = data_dir / "bokslut_totaler.csv"
    text = path.read_text(encoding="utf-8")
    text = text.replace("2023,nettokostnad,Herrljunga,11603\n",
                        "2023,nettokostnad,Herrljunga,11603.4\n")
    text = text.replace("2023,nettokostnad,Vårgårda,14827\n",
                        "2023,nettokostnad,Vårgårda,14826.6\n")
    path.write_text(text, encoding="utf-8")
    (params / "modeller.yaml").write_text(MODEL, encoding="utf-8")
    lines = financing.summary(open_report("2023-12", data_dir, params))
    result = [line for line in lines if "Befolkning per pool" in line]
    expected = ["Med modellen Befolkning per pool skulle Herrljunga betala 11\u00a0603\u00a0tkr, "
                "lika mycket som med nuvarande modell.",
                "Med modellen Befolkning per pool skulle Vårgårda betala 14\u00a0827\u00a0tkr, "
                "lika mycket som med nuvarande modell."]
    assert result == expected


@pytest.mark.parametrize(("current", "chosen"), [(11603.4, 11603.0), (14826.6, 14827.0)])
def test_the_memo_says_lika_mycket_for_a_difference_under_half_a_tkr(current, chosen):
    diff = chosen - current
    table = pd.DataFrame({"Kommun": ["A"], "Nu": [current], "Egen": [chosen],
                          "Skillnad (tkr)": [diff], "Skillnad (%)": [diff / abs(current)]})
    result = memo.summary_lines(table, "Egen", 2023, "utfall")
    expected = ["A skulle betala lika mycket med Egen som med nuvarande modell (utfall 2023)."]
    assert result == expected


def test_a_difference_of_half_a_tkr_still_has_its_direction():
    table = pd.DataFrame({"Kommun": ["A"], "Nu": [11603.5], "Egen": [11603.0],
                          "Skillnad (tkr)": [-0.5], "Skillnad (%)": [np.nan]})
    result = memo.summary_lines(table, "Egen", 2023, "utfall")
    expected = ["A skulle betala 1\u00a0tkr mindre med Egen än med nuvarande modell "
                "(utfall 2023)."]
    assert result == expected
