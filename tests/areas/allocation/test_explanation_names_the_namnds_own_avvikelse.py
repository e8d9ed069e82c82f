"""Page 02's "Förklaring" said the whole avvikelse per kommun came from the budget split
("Avvikelsen på helår i respektive kommun beror på att budgetfördelningen …") even when the
nämnd itself ran a deficit: with IT Gemensamt's prognos 1 535 tkr over budget the kommuner
showed +237 / −1 772 tkr and the page never said that −1 535 of it was the common overrun.
Now it gives the nämnd's avvikelse split as the costs and the budget split's part, which add
to each kommun's avvikelse as shown; in balance, the source's sentence stays as it is.

Figures: the monthly report per 2024-02-29 (key 43,6 / 56,4 %, budget 9 178 / 9 793 tkr),
with IT Gemensamt's prognos raised from 18 347 to 19 882 tkr (TEST), and the annual report
2023 (−219 tkr in all: +878 / −1 097).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, open_report
from itvt_lib.areas.allocation.amounts import deviation_parts

SPLIT = ("beror på att budgetfördelningen mellan kommunerna inte överensstämmer med den "
         "faktiska fördelningen av utfallet för gemensamma kostnader utifrån befolkningsandel.")


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


@pytest.fixture
def overrun(data_dir):
    _edit(data_dir / "kostnadsstalle_netto.csv", "2024,2024-02,prognos,IT Gemensamt,18347",
          "2024,2024-02,prognos,IT Gemensamt,19882")
    _edit(data_dir / "driftredovisning.csv", "2024,2024-02,prognos,Övriga kostnader,16356",
          "2024,2024-02,prognos,Övriga kostnader,17891")
    published = data_dir / "published.csv"
    lines = published.read_bytes().decode("utf-8").splitlines(keepends=True)
    published.write_bytes("".join(line for line in lines
                                  if ",2024-02,fordelning," not in line).encode("utf-8"))
    return open_report("2024-02", data_dir)


def test_parts_add_to_the_avvikelse_as_shown():
    import pandas as pd
    deviation = pd.Series([237.0, -1772.0], index=["Herrljunga", "Vårgårda"])
    result = deviation_parts(deviation, pd.Series([-907.0, 907.0], index=deviation.index))
    assert result["budgetfördelning"].tolist() == [907.0, -907.0]
    assert result["kostnader"].tolist() == [-670.0, -865.0]


def test_explanation_with_the_namnds_overrun(overrun):
    result = allocation.explanation(overrun)[:2]
    expected = [
        "Nämndens avvikelse på totalt \u22121\u00a0535\u00a0tkr fördelas som kostnaderna "
        "(gemensamma efter befolkningsandel, kommunspecifika till kommunen): "
        "\u2212670\u00a0tkr för Herrljunga och \u2212865\u00a0tkr för Vårgårda.",
        "Avvikelsen på helår i respektive kommun utöver det, +907\u00a0tkr för Herrljunga "
        "och \u2212907\u00a0tkr för Vårgårda, " + SPLIT]
    assert result == expected


def test_explanation_of_the_year_end_deficit():
    ctx = open_report("2023-12")
    result = allocation.explanation(ctx)[0]
    assert result.startswith("Nämndens avvikelse på totalt \u2212219\u00a0tkr")
    assert "\u221296\u00a0tkr för Herrljunga och \u2212123\u00a0tkr för Vårgårda" in result


def test_in_balance_the_source_sentence_stays():
    result = allocation.explanation(open_report("2024-02"))[0]
    assert result == "Avvikelsen på helår i respektive kommun " + SPLIT
