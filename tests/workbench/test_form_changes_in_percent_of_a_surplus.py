"""The form's "skillnad (%)" columns have the sign of the "skillnad (tkr)" beside them also
when the pools are a surplus (negative net cost), as the note under them says."""

from __future__ import annotations

import shutil

from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR
from itvt_lib.workbench import Workbench, results
from itvt_lib.workbench.results import Session


def test_a_surplus_changes_in_percent_with_the_sign_of_the_change(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path / "data")
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    netto = tmp_path / "data" / "kostnadsstalle_netto.csv"
    text = netto.read_text(encoding="utf-8")
    for pool, cost in (("IT Gemensamt", "18347"), ("Telefonväxel", "624")):
        line = f"2024,2024-02,prognos,{pool},{cost}"
        assert line in text
        text = text.replace(line, f"2024,2024-02,prognos,{pool},-{cost}")
    netto.write_text(text, encoding="utf-8")
    # The operating statement's prognos a surplus alike (−18 971 tkr: intäkter 37 942 tkr
    # more), so that the models' costs sum to its nettokostnad, as the form requires.
    drift = tmp_path / "data" / "driftredovisning.csv"
    line = "2024,2024-02,prognos,Intäkter,-17750"
    assert line in drift.read_text(encoding="utf-8")
    drift.write_text(drift.read_text(encoding="utf-8").replace(
        line, "2024,2024-02,prognos,Intäkter,-55692"), encoding="utf-8")
    session = Session(data_dir=tmp_path / "data", params_dir=tmp_path / "params")
    bench = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs")
    table = bench.outcome.tables[results.DIFFERENCE].set_index("Modell")
    for kommun in ("Herrljunga", "Vårgårda"):
        tkr, share = table[f"{kommun}, skillnad (tkr)"], table[f"{kommun}, skillnad (%)"]
        result = (tkr.apply(lambda v: (v > 0) - (v < 0))
                  == share.apply(lambda v: (v > 0) - (v < 0)))
        assert result.all(), table
    # Budgetandel: Herrljunga −9 182 against −8 271, 911 tkr less, 11,0 % less.
    assert round(table.loc["Budgetandel", "Herrljunga, skillnad (%)"], 3) == -0.110
