"""The scenario workbench (notebooks/scenarier.ipynb): the form gives financing's figures,
bad values give one Swedish line and no results, saved models reach `itvt run`, the Excel
export holds numbers; and bad input in any notebook is one line without a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import openpyxl
import pandas as pd
import pytest
from conftest import html_text, page_notebooks, run_cli
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from itvt_lib.areas import financing as rules
from itvt_lib.areas import load_params
from itvt_lib.core import notebook_errors
from itvt_lib.core.errors import DataError, ParamError
from itvt_lib.core.formatting import amount
from itvt_lib.core.formatting import share as kind_share
from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.workbench import Workbench, charts, export, results, store
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def bench(session, tmp_path) -> Workbench:
    """The form on the embedded data; saves and exports go to tmp folders."""
    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    own = Session(params_dir=tmp_path / "params", dataset=session.dataset)
    return Workbench(own, PERIOD, outputs_dir=tmp_path / "outputs")


def _custom_costs(bench: Workbench) -> pd.Series:
    table = bench.outcome.tables[results.COMPARISON]
    rows = table[table["Modell"] == bench.name.value]
    return rows.set_index("Kommun")["Kostnad"]


def test_the_form_opens_with_every_params_model_and_no_message(bench):
    assert bench.message.value == ""
    assert list(bench.model_boxes)[:2] == ["Nuvarande modell", "Växeln efter samtal"]
    table = bench.outcome.tables[results.COMPARISON]
    current = table[table["Modell"] == "Nuvarande modell"].set_index("Kommun")["Kostnad"]
    # 2024-02 prognos: the current model of record (issue 14) is 8 271 / 10 700.
    assert current.to_dict() == {"Herrljunga": 8271.0, "Vårgårda": 10700.0}
    assert bench.results_box.layout.display is None and "<table" in bench.tables.value


def test_custom_model_gives_financings_figures(bench, session):
    """Telefonväxel by calls: 18 347 × 43,6 % + 624 × 40,1 % = 8 249,5 → 8 250 (issue 14)."""
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    result = _custom_costs(bench)
    expected = pd.Series({"Herrljunga": 8250.0, "Vårgårda": 10721.0}, name="Kostnad")
    expected.index.name = "Kommun"
    pd.testing.assert_series_equal(result, expected)
    ctx = session.context(PERIOD)  # the same figures from the area itself
    by_area = rules.report_year(rules.results_for(ctx), 2024)
    calls = by_area[by_area["Modell"] == "Växeln efter samtal"].set_index("Kommun")["Kostnad"]
    pd.testing.assert_series_equal(result, calls.rename("Kostnad"), check_names=False)
    # The driver values are shown beside the shares.
    table = bench.outcome.tables[results.COMPARISON]
    own = table[table["Modell"] == bench.name.value].set_index("Kommun")
    assert own["Underlag Telefonväxel"].to_dict() == {"Herrljunga": 3603.0, "Vårgårda": 5392.0}
    assert own["Skillnad mot nuvarande modell"].to_dict() == {"Herrljunga": -21.0,
                                                              "Vårgårda": 21.0}


def test_typed_driver_values_are_used(bench):
    """Calls typed as 1 000 / 3 000: Telefonväxel 25 % / 75 %; Herrljunga 18 347 × 43,6 % +
    624 × 25 % = 8 155,3 → 8 155; Vårgårda 10 815,7, balanced to 18 971 → 10 816."""
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.value_boxes["Herrljunga"].value = "1000"
    bench.value_boxes["Vårgårda"].value = "3 000"
    assert _custom_costs(bench).to_dict() == {"Herrljunga": 8155.0, "Vårgårda": 10816.0}
    result = bench.outcome.custom_spec
    assert result["pools"] == {"Telefonväxel": "samtal"} and "andelar" not in result
    # Calls of 2023 stand for budget year 2024: the values are the model's for that year.
    assert result["underlag"] == {"fordelningsnyckel": "samtal", "ar": 2023,
                                  "kalla": results.TYPED_SOURCE,
                                  "varden": {"Herrljunga": 1000.0, "Vårgårda": 3000.0}}


def test_grundavgift_changes_the_results(bench):
    before = bench.redraws
    bench.grundavgift.value = "30"
    assert bench.redraws == before + 1
    # The params' "Grundavgift 30 % och befolkning" is the same model.
    table = bench.outcome.tables[results.COMPARISON].set_index(["Modell", "Kommun"])["Kostnad"]
    assert table[bench.name.value].to_dict() == \
        table["Grundavgift 30 % och befolkning"].to_dict()


@pytest.mark.parametrize(("change", "message"), [
    ({"Herrljunga": -5}, "Värdet för Herrljunga får inte vara negativt"),
    ({"driver": "fast", "Herrljunga": 40, "Vårgårda": 50},
     "De fasta andelarna summerar till 90,0 %, inte 100 %."),
    ({"grundavgift": 120}, "Grundavgiften ska vara mellan 0 och 100 %."),
    ({"name": " "}, "Ange ett namn på den egna modellen."),
    ({"name": "Budgetandel"}, "Namnet ”Budgetandel” används redan"),
])
def test_bad_value_shows_one_swedish_line_and_no_results(bench, change, message):
    if "driver" in change:
        bench.pool_drivers["IT Gemensamt"].value = change["driver"]
    if "grundavgift" in change:
        bench.grundavgift.value = str(change["grundavgift"])
    if "name" in change:
        bench.name.value = change["name"]
    for kommun in ("Herrljunga", "Vårgårda"):
        if kommun in change:
            bench.value_boxes[kommun].value = str(change[kommun])
    assert message in bench.message.value
    assert bench.message.value.count("<p") == 1
    assert bench.outcome is None and bench.tables.value == ""
    assert bench.results_box.layout.display == "none"
    assert "Rätta värdena först" in (bench.save() or bench.status.value)


def test_fixing_the_value_brings_the_results_back(bench):
    bench.value_boxes["Herrljunga"].value = "−1"
    assert bench.outcome is None
    bench.value_boxes["Herrljunga"].value = "43,6"
    assert bench.message.value == "" and bench.outcome is not None
    assert "<table" in bench.tables.value


def test_driver_missing_for_the_year_is_a_message(session, tmp_path):
    """2023-12: calls counted for 2022 are not in the data."""
    bench = Workbench(session, "2023-12", outputs_dir=tmp_path)
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    assert ("Samtal till växeln saknas för 2023: uppgift saknas: växelns samtal per kommun "
            "finns inte för 2022 i data/fordelningsnycklar.csv; ange värden per kommun."
            ) in bench.message.value
    assert bench.outcome is None


def test_uppräkning_raises_next_years_budget(bench):
    before = bench.outcome.tables[results.BUDGET].set_index("Kontogrupp")
    bench.rate_boxes["Personalkostnader"].value = "3,0"
    after = bench.outcome.tables[results.BUDGET].set_index("Kontogrupp")
    column = "Budget 2025"
    # The rule of issue 14: next year's = this year's × (1 + 3 / 100).
    assert after.loc["Personalkostnader", column] == pytest.approx(
        before.loc["Personalkostnader", "Budget 2024"] * 1.03)


def test_save_writes_modeller_yaml_and_params_append_it(bench, tmp_path):
    bench.name.value = "Växel efter samtal, grundavgift 10"
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.grundavgift.value = "10"
    path = bench.save()
    assert path == tmp_path / "params" / "modeller.yaml"
    assert "modeller.yaml" in bench.status.value
    result = store.read_models(tmp_path / "params")
    expected = [{"name": "Växel efter samtal, grundavgift 10", "driver": "befolkning",
                 "pools": {"Telefonväxel": "samtal"}, "grundavgift_procent": 10.0,
                 "upprakning_procent": {"default": 0.0, "kontogrupper": dict.fromkeys(
                     bench.rate_boxes, 0.0)}}]
    assert result == expected
    params = load_params(PERIOD, tmp_path / "params")
    names = [m.name for m in params.financing_models]
    assert names[0] == "Nuvarande modell" and names[-1] == expected[0]["name"]
    assert len(names) == 6
    # Saving again under the same name (after a confirming second click) replaces the
    # model; the controller's files are intact.
    assert bench.save() is None and "igen för att skriva över" in bench.status.value
    assert bench.save() == path
    assert len(store.read_models(tmp_path / "params")) == 1


def test_save_needs_a_name(tmp_path):
    with pytest.raises(ParamError, match="Ange ett namn"):
        store.save_model({"name": " ", "driver": "lika"}, tmp_path)


@pytest.mark.slow
def test_saved_model_appears_on_the_next_runs_financing_page(bench, tmp_path):
    bench.name.value = "Prov från formuläret"
    bench.grundavgift.value = "20"
    bench.save()
    out = tmp_path / "published"
    notebooks = page_notebooks(tmp_path / "notebooks", "80-finansieringsmodell.ipynb")
    run = run_cli("run", "--period", PERIOD, "--params-dir", tmp_path / "params",
                  "--notebooks-dir", notebooks, "--output-dir", out)
    assert run.returncode == 0, run.stderr
    page = next((out / PERIOD).glob("*-finansieringsmodell.html"))
    assert "Prov från formuläret" in html_text(page.read_text(encoding="utf-8"))


def test_excel_export_has_numbers_with_swedish_formats(bench, tmp_path):
    bench.name.value = "Mitt scenario"
    path = bench.export()
    assert path.parent == tmp_path / "outputs" / "scenarier"
    assert path.name.endswith("-mitt-scenario.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [*bench.outcome.tables, export.ASSUMPTIONS]
    sheet = book[results.COMPARISON]
    header = [c.value for c in sheet[2]]   # under the title row
    cost = sheet.cell(row=3, column=header.index("Kostnad") + 1)
    share = sheet.cell(row=3, column=header.index("Andel IT Gemensamt") + 1)
    assert (cost.value, cost.data_type, cost.number_format) == (8271, "n",
                                                                amount().xlsx_format(8271))
    assert (share.value, share.number_format) == (pytest.approx(0.436),
                                                  kind_share(1).xlsx_format(0.436))
    assert sheet.cell(row=3, column=1).value == "Nuvarande modell"


@pytest.mark.parametrize(("name", "expected"), [
    ("Växeln efter samtal", "växeln-efter-samtal"),
    ("a/b: c?", "a-b-c"),
])
def test_file_slug(name, expected):
    assert export.file_slug(name) == expected


# ---------------------------------------------------------------- notebook errors

def test_installer_is_a_no_op_outside_ipython():
    assert notebook_errors.install() is False


def test_message_is_one_swedish_line():
    error = DataError("data/vaxel.csv", '"tolv" är inget tal', 7, "samtal")
    assert notebook_errors.message(error) == \
        'Fel i indata: data/vaxel.csv:7: samtal: "tolv" är inget tal'


@pytest.mark.slow
def test_bad_input_in_a_notebook_is_one_line_and_stops_run_all():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("from itvt_lib.areas import open_report\n"
                                          "open_report('2024-02')"),
                nbformat.v4.new_code_cell("open_report('2024-13')"),
                nbformat.v4.new_code_cell("print('ran on')")]
    client = NotebookClient(nb, timeout=120, kernel_name="python3")
    with pytest.raises(CellExecutionError):
        client.execute()
    error = nb.cells[1].outputs[-1]
    assert error["output_type"] == "error"
    assert error["traceback"] == [f"Fel i indata: {error['evalue']}"]
    assert error["evalue"].startswith("period")
    assert nb.cells[2].get("outputs") == [] and nb.cells[2].execution_count is None


# ---------------------------------------------------------------- folders and charts

def test_folders_come_from_the_environment_made_absolute(monkeypatch, tmp_path):
    from itvt_lib.workbench import form

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ITVT_PARAMS_DIR", "kopia/params")
    assert form.env_folder(None, "ITVT_PARAMS_DIR") == tmp_path / "kopia" / "params"
    assert form.env_folder("given", "ITVT_PARAMS_DIR") == Path("given")
    monkeypatch.delenv("ITVT_PARAMS_DIR")
    assert form.env_folder(None, "ITVT_PARAMS_DIR") is None


def test_a_value_left_empty_asks_for_it(bench):
    """Calls for 2023 are in the data; a kommun's value taken away is missing, not zero."""
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench._prefilled_missing = {"Vårgårda"}
    bench.value_boxes["Vårgårda"].value = ""
    assert "Ange ett värde för Vårgårda." in bench.message.value
    assert bench.outcome is None


@pytest.mark.parametrize(("low", "high", "expected"), [
    (0, 10721, [0, 5000, 10000, 15000]),     # 10 721 / 4 = 2 680 > 2 500: step 5 000
    (-21, 21, [-40, -20, 0, 20, 40]),        # 42 / 4 = 10,5 > 10: step 20
    (0, 1000, [0, 250, 500, 750, 1000]),     # 1 000 / 4 = 250: step 250 (2,5 × 100)
    (0, 0, [0, 1]),                          # all zero: one step of the least, 1
])
def test_nice_ticks(low, high, expected):
    result = charts.nice_ticks(low, high)
    assert result[0] <= low and result[-1] >= high
    assert result == pytest.approx(expected)


def test_chart_is_svg_with_every_bar_and_escaped_text():
    data = pd.DataFrame({"A <b>": [100.0, -20.0], "B": [50.0, float("nan")]},
                        index=["Herrljunga", "Vårgårda"])
    svg = charts.bars_svg(data)
    assert svg.startswith("<svg") and svg.count("<rect") == 3   # the missing bar is left out
    assert "A &lt;b&gt;, Vårgårda: \u221220 tkr" in svg and "<b>" not in svg


def _history_of(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    rows = frame[frame["Modell"] == name]
    return rows[["År", "Kommun", "Kostnad", "Avvikelse"]].reset_index(drop=True)


def test_page_80_shows_a_saved_models_history_as_the_workbench_does(bench):
    """Typed calls 1 000 / 3 000 saved: the report (page 80's results) and the workbench
    give the saved model the same years and figures (the typed values hold for 2024 only,
    so 2022 and 2023 have none in both)."""
    bench.name.value = "Växeln efter egna samtal"
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    bench.value_boxes["Herrljunga"].value = "1 000"
    bench.value_boxes["Vårgårda"].value = "3 000"
    expected = _history_of(bench.outcome.results.comparison, bench.name.value)
    assert bench.save() is not None
    ctx = load_report(bench.session)
    result = _history_of(rules.results_for(ctx).comparison, bench.name.value)
    pd.testing.assert_frame_equal(result, expected)
    assert result.dropna(subset=["Kostnad"])["År"].tolist() == [2024, 2024]
    # The workbench shows the saved model (now under "Jämför modeller") the same way.
    bench.name.value = "Egen modell"
    shown = _history_of(bench.outcome.results.comparison, "Växeln efter egna samtal")
    pd.testing.assert_frame_equal(shown, expected)


def load_report(session: Session):
    """The report's context over the session's params folder (what `itvt run` reads)."""
    from itvt_lib.areas import open_report
    return open_report(PERIOD, None, session.params_dir, dataset=session.dataset)
