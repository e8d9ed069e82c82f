"""Hostile investment totals (areas/investments.py): at year end the total row shows the
annual report's budget and utfall of record, but where the report printed no avvikelse
the row kept the project lines' own difference. With utfall 501,4 and 50,4 on the lines
(the report: 551, within tolerance, every check green) and no printed avvikelse, the
total read 3 750 | 551 | 3 198 and the summary said "positiv avvikelse med 3 198 tkr",
not the 3 199 of the figures beside it. Such a row's avvikelse is budget − utfall as shown."""

from __future__ import annotations

import pytest

from itvt_lib.areas import investments, open_report
from itvt_lib.core.formatting import fmt_number


def _hack(data_dir, avvikelse_printed: bool) -> None:
    lines = data_dir / "investeringar.csv"
    text = lines.read_text(encoding="utf-8")
    for old, new in (("Reinvesteringar IT,501\n", "Reinvesteringar IT,501.4\n"),
                     ("Vårgårda,Nätverk,50\n", "Vårgårda,Nätverk,50.4\n")):
        assert old in text
        text = text.replace(old, new, 1)
    lines.write_text(text, encoding="utf-8")
    if not avvikelse_printed:
        totals = data_dir / "investeringar_totaler.csv"
        text = totals.read_text(encoding="utf-8")
        row = "Förvaltningsberättelse 2023,2023-12,2023,avvikelse,,3199\n"
        assert row in text
        totals.write_text(text.replace(row, ""), encoding="utf-8")


@pytest.mark.parametrize("avvikelse_printed", [True, False], ids=["printed", "not-printed"])
def test_total_avvikelse_is_budget_minus_utfall_as_the_row_shows(data_dir,
                                                                avvikelse_printed):
    _hack(data_dir, avvikelse_printed)
    ctx = open_report("2023-12", data_dir)
    total = investments.rows_for(ctx).iloc[-1]
    result = (total["budget"], total["utfall"], total["avvikelse"], investments.summary(ctx)[0])
    expected = (3750.0, 551.0, 3199.0,
                f"Investeringsbudgeten redovisar en positiv avvikelse med {fmt_number(3199)} tkr.")
    assert result == expected


def test_key_figure_states_the_avvikelse_the_total_row_shows(data_dir):
    _hack(data_dir, avvikelse_printed=False)
    ctx = open_report("2023-12", data_dir)
    result = investments.key_figures(ctx)[1].value
    assert result == 3199.0
