"""Page 05's note under rows that do not add up to a sum row named "bokslutets fastställda
summa" in every column at year end, also in a column whose measure the annual report did
not print (the sum row then is the projects' own unrounded sum): it names the bokslut only
for a column of a printed measure (`investments.columns_of_record`)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import investments, open_report
from itvt_lib.core.periods import Period

ROUNDING = " (en avrundningsdifferens)."
OF_RECORD = " (en avrundningsdifferens, eller bokslutets fastställda summa)."


def _context(data_dir, measures):
    lines = data_dir / "investeringar.csv"
    text = lines.read_text(encoding="utf-8")
    for project, before, after in (("Reinvesteringar IT", "2350", "2349.5"),
                                   ("Reinv trådlöst nätverk Hja", "500", "500.5")):
        row = f"2023,,ursprunglig_budget,Herrljunga,{project},{before}\n"
        assert row in text
        text = text.replace(row, row.replace(before, after))
    lines.write_text(text, encoding="utf-8")
    totals = data_dir / "investeringar_totaler.csv"
    kept = [line for line in totals.read_text(encoding="utf-8").splitlines(keepends=True)
            if not any(f",2023,{measure}," in line for measure in measures)]
    totals.write_text("".join(kept), encoding="utf-8")
    return open_report("2023-12", data_dir)


@pytest.mark.parametrize("measures, tail", [
    (["utfall"], OF_RECORD),
    (["ursprunglig_budget", "budget", "avvikelse"], ROUNDING),
])
def test_the_bokslut_is_named_only_for_a_printed_measure(data_dir, measures, tail):
    _, notes = investments.marked_table_for(_context(data_dir, measures))
    result = [n for n in notes if n.startswith("Raderna")]
    assert len(result) == 1 and "Ursprunglig budget 2023: projekten summerar till 2\xa0851 tkr" \
        in result[0]
    assert result[0].endswith(tail)


@pytest.mark.parametrize("period, expected", [
    ("2024-02", set()),
    ("2023-12", {"Ursprunglig budget 2023", "Tillägg/ombudgetering 2023", "Budget 2023",
                 "Utfall 2023", "Avvikelse"}),
])
def test_the_columns_of_record(data_dir, period, expected):
    ctx = open_report(period, data_dir)
    result = investments.columns_of_record(ctx.dataset["investeringar_totaler"],
                                           Period.parse(period))
    assert result == expected
