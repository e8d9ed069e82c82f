"""Page 05's investment table, each row in whole tkr, with projects of x,5 tkr: Herrljunga's
projects 2 501 + 101 + 201 (2 500,5, 100,5, 200,5) beside "IT Herrljunga" 2 802 (2 801,5),
and avvikelser 501 + 51 + 51 = 603 beside the sum row's 602 (its own shown budget minus
prognos). A reader's (or a spreadsheet's) sum of the column disagreed with the sum row
and, unlike the tables on page 01, nothing under the table said why."""

from __future__ import annotations

import pytest

from itvt_lib.areas import investments, open_report

ORIGINAL = ("2024,,ursprunglig_budget,Herrljunga,Reinvestering IT,2500\n"
            "2024,,tillagg,Herrljunga,Reinvestering IT,-\n"
            "2024,2024-02,prognos,Herrljunga,Reinvestering IT,2500\n")


def _project(name, budget, prognos):
    return (f"2024,,ursprunglig_budget,Herrljunga,{name},{budget}\n"
            f"2024,,tillagg,Herrljunga,{name},-\n"
            f"2024,2024-02,prognos,Herrljunga,{name},{prognos}\n")


def _context(data_dir, projects):
    lines = data_dir / "investeringar.csv"
    text = lines.read_text(encoding="utf-8")
    assert ORIGINAL in text
    lines.write_text(text.replace(ORIGINAL, "".join(_project(*p) for p in projects)),
                     encoding="utf-8")
    return open_report("2024-02", data_dir)


def test_projects_of_half_a_tkr_are_noted_under_the_table(data_dir):
    ctx = _context(data_dir, [("Reinvestering IT", 2500.5, 2000), ("Skärmar", 100.5, 50),
                              ("Servrar", 200.5, 150)])
    _, result = investments.marked_table_for(ctx)
    expected = ["Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
                "Ursprunglig budget 2024: projekten summerar till 2\xa0803 tkr, IT Herrljunga "
                "visar 2\xa0802 tkr; Budget 2024: projekten summerar till 2\xa0803 tkr, "
                "IT Herrljunga visar 2\xa0802 tkr; Avvikelse helår: projekten summerar till "
                "603 tkr, IT Herrljunga visar 602 tkr (en avrundningsdifferens)."]
    assert result == expected


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_the_real_tables_add_up_and_carry_no_such_note(data_dir, period):
    _, result = investments.marked_table_for(open_report(period, data_dir))
    assert not any("går inte ihop med summaraden" in note for note in result)


def test_whole_tkr_projects_add_up_and_carry_no_note(data_dir):
    ctx = _context(data_dir, [("Reinvestering IT", 2500, 2000), ("Skärmar", 100, 50)])
    _, result = investments.marked_table_for(ctx)
    assert result == []


def test_a_total_of_record_beside_its_kommun_rows_is_noted(data_dir):
    totals = data_dir / "investeringar_totaler.csv"
    row = "Förvaltningsberättelse 2023,2023-12,2023,avvikelse,,3199\n"
    text = totals.read_text(encoding="utf-8")
    assert row in text
    totals.write_text(text.replace(row, row.replace("3199", "3200")), encoding="utf-8")
    _, result = investments.marked_table_for(open_report("2023-12", data_dir))
    expected = ["Raderna, var för sig avrundade till hela tkr, går inte ihop med summaraden: "
                "Avvikelse: kommunernas delsummor summerar till 3\xa0199 tkr, TOTALA "
                "INVESTERINGAR visar 3\xa0200 tkr (en avrundningsdifferens, eller bokslutets "
                "fastställda summa)."]
    assert result == expected
