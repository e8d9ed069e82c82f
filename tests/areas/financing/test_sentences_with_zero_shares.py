"""Hostile financing models: a fixed model that puts 0 % on a member made page
80 say "skulle Vårgårda betala – tkr"; the tables' dash for zero is no figure in a
sentence, which says "0 tkr"."""

from __future__ import annotations

from itvt_lib.areas import financing, open_report
from itvt_lib.core.formatting import fmt_tkr

MODEL = ('financing_models:\n  - {name: "Allt på Herrljunga", driver: fast, '
         "andelar: {Herrljunga: 100, Vårgårda: 0}}\n")


def test_a_member_paying_nothing_pays_0_tkr_in_the_sentence(data_dir, params):
    (params / "modeller.yaml").write_text(MODEL, encoding="utf-8")
    lines = financing.summary(open_report("2024-02", data_dir, params))
    result = [line for line in lines if "Allt på Herrljunga skulle Vårgårda" in line]
    expected = ["Med modellen Allt på Herrljunga skulle Vårgårda betala 0\u00a0tkr, "
                "10\u00a0700\u00a0tkr mindre än med nuvarande modell."]
    assert result == expected


def test_an_amount_in_a_sentence_keeps_its_sign_and_grouping():
    result = [fmt_tkr(-0.4), fmt_tkr(907, signed=True), fmt_tkr(-1215.5), fmt_tkr(float("nan"))]
    expected = ["0\u00a0tkr", "+907\u00a0tkr", "\u22121\u00a0216\u00a0tkr", "uppgift saknas"]
    assert result == expected
