"""Time edges (workbench): with next year's budget adopted in the data, the workbench
uses it whatever uppräkning the controller types; the note under next year's budget per
kommun now says so (it left page 80's first line out, written for the parameters'
uppräkning, so the typed one seemed to apply)."""

from __future__ import annotations

from itvt_lib.areas import financing as rules
from itvt_lib.areas import open_report
from itvt_lib.workbench import decision

DRIFT = "".join(f"2025,,ursprunglig_budget,{group},{amount}\n" for group, amount in (
    ("Intäkter", -18000), ("Personalkostnader", 16000), ('"Lokalkostnader, energi, VA"', 0),
    ("Övriga kostnader", 17000), ("Kapitalkostnader", 5700), ("Kommunbidrag", 20700)))
NETTO = "".join(f"2025,,ursprunglig_budget,{centre},{amount}\n" for centre, amount in (
    ("IT Gemensamt", 20000), ("Telefonväxel", 700), ("Kommunspecifikt Herrljunga", "-"),
    ("Kommunspecifikt Vårgårda", "-")))
ADOPTED = "Budget 2025 är den antagna budgeten i data; förändringen per kontogrupp är räknad mot budget 2024."


def results_for(data_dir, adopted: bool):
    if adopted:
        for name, rows in (("driftredovisning.csv", DRIFT), ("kostnadsstalle_netto.csv", NETTO)):
            path = data_dir / name
            path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    ctx = open_report("2024-02", data_dir)
    return rules.compare(ctx.dataset, ctx.period, None, {"default": 7.0})


def test_note_names_the_adopted_budget(data_dir):
    result = decision.next_year_key_notes(results_for(data_dir, True), 2025)[0]
    assert result == ADOPTED


def test_note_leaves_the_parameters_uppräkning_out_otherwise(data_dir):
    result = decision.next_year_key_notes(results_for(data_dir, False), 2025)
    assert not any("antagande" in line or "antagna" in line for line in result)
