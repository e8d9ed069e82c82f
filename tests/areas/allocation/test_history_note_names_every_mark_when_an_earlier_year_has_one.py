"""Page 02's history per kommun and year marks each avvikelse of record that is not
budget − kostnad with 1). When a closed year before the report's has such a mark, the
history's own footnote names every mark of the table, the report year's too: its sheet in
tabeller.xlsx carries only its own 1) note (the page's first 1) note, the statement's, is
carried only to a table without one), so the 2023 mark stood there unexplained."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import allocation, load_dataset
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.publishing.workbook import marked_notes

NB = "\u00a0"


@pytest.fixture(scope="module")
def ctx_2022_marked(tmp_path_factory):
    """2023-12 with a budget per kommun for 2022 and a resultat of record per kommun 2022
    one tkr off budget − kostnad (9 000 − 10 229 = −1 229 printed −1 228)."""
    data_dir = tmp_path_factory.mktemp("history") / "data"
    shutil.copytree(DATA_DIR, data_dir)
    with open(data_dir / "kommunbidrag_kommun.csv", "a", encoding="utf-8") as handle:
        handle.write("2022,,budget,Herrljunga,9000\n2022,,budget,Vårgårda,10166\n")
    with open(data_dir / "bokslut_totaler.csv", "a", encoding="utf-8") as handle:
        handle.write("2022,resultat,Herrljunga,-1228\n2022,resultat,Vårgårda,-2875\n")
    return report.open_report("2023-12", dataset=load_dataset(data_dir))


def test_the_history_note_names_both_years(ctx_2022_marked):
    _, result = allocation.history_marked_for(ctx_2022_marked)
    expected = [f"1) Underlaget anger att avvikelse = budget − kostnad, men för Herrljunga 2022 "
                f"blir 9{NB}000 − 10{NB}229 = −1{NB}229, inte de tryckta −1{NB}228; för "
                f"Herrljunga 2023 blir 12{NB}480 − 11{NB}603 = 877, inte de tryckta 878. "
                "Avvikelsen visas som den trycktes."]
    assert result == expected


def test_the_sheet_explains_every_mark(ctx_2022_marked):
    _, statement_notes = allocation.statement_marked_for(ctx_2022_marked)
    history, own = allocation.history_marked_for(ctx_2022_marked)
    table = {"texts": [[str(v) for v in row] for row in history.values.tolist()],
             "footnotes": list(own)}
    notes = own + marked_notes(table, statement_notes + own)
    result = [n for n in notes if n.startswith("1)")]
    assert len(result) == 1
    assert "Herrljunga 2022" in result[0] and "Herrljunga 2023" in result[0]


def test_no_note_of_its_own_when_the_statement_explains_every_mark(ctx_2023):
    _, result = allocation.history_marked_for(ctx_2023)
    assert result == []
