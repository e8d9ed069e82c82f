"""The decision context beside the workbench's figures: pool sizes, the change per kommun
in tkr and % with an explicit sign and its legend, drivers named in Swedish with year and
source, every "uppgift saknas" with its reason, a fixed colour per model, Underlag by the
kind of its value; and renaming or deleting a model the workbench saved."""

from __future__ import annotations

import re

import openpyxl
import pandas as pd
import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.workbench import Workbench, decision, results, store
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"
SIGNS = "Skillnad mot nuvarande modell: positivt = kommunen betalar mer"


@pytest.fixture
def bench(session, params, tmp_path):
    own = Session(params_dir=params, dataset=session.dataset)
    return Workbench(own, PERIOD, outputs_dir=tmp_path / "outputs")


def _cells(table_html: str, caption: str) -> list[list[str]]:
    """The rows of the table with `caption` as the page shows them (text of each cell)."""
    table = next(t for t in re.findall(r"<table.*?</table>", table_html, re.S)
                 if caption in t)
    return [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
            for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)]


# ---------------------------------------------------------------- pure functions


def test_pool_sizes_are_the_report_years_pools_in_tkr(bench):
    """2024-02 prognos: IT Gemensamt 18 347 and Telefonväxel 624 tkr (issue 14)."""
    result = decision.pool_sizes(bench.outcome.results, 2024)
    expected = pd.DataFrame({"Kostnadspool": ["IT Gemensamt", "Telefonväxel",
                                              "Kommunspecifika kostnader"],
                             "Belopp 2024 (tkr)": [18347.0, 624.0, 0.0],
                             "Avser": "prognos 2024-02"})
    pd.testing.assert_frame_equal(result, expected)


def test_change_is_in_tkr_and_percent_of_the_current_models_cost(bench):
    """Budgetandel: Herrljunga +911 tkr of 8 271 = +11,0 %, Vårgårda −911 of 10 700 = −8,5 %."""
    table = decision.change_table(bench.outcome.results, 2024).set_index("Modell")
    result = table.loc["Budgetandel"]
    expected = pd.Series({"Herrljunga, skillnad (tkr)": 911.0,
                          "Herrljunga, skillnad (%)": 911 / 8271,
                          "Vårgårda, skillnad (tkr)": -911.0,
                          "Vårgårda, skillnad (%)": -911 / 10700}, name="Budgetandel")
    pd.testing.assert_series_equal(result, expected)
    assert "Nuvarande modell" not in table.index


def test_the_change_is_shown_with_an_explicit_sign_and_its_legend(bench):
    rows = _cells(bench.tables.value, "Förändring per kommun")
    budgetandel = next(r for r in rows if r[0] == "Budgetandel")
    assert budgetandel[1:] == ["+911", "+11,0\u00a0%", "\u2212911", "\u22128,5\u00a0%"]
    comparison = _cells(bench.tables.value, "Kostnad per kommun och modell")
    header = comparison[0]
    current = next(r for r in comparison if r[:2] == ["Nuvarande modell", "Herrljunga"])
    assert current[header.index("Avvikelse")] == "+907"        # as page 80 shows it
    assert bench.tables.value.count(SIGNS) == 2 and SIGNS in bench.legend.value


@pytest.mark.parametrize(("driver", "year", "shares_only", "expected"), [
    ("samtal", 2023, False, "Antal samtal till växeln per kommun 2023"),
    ("anvandare", 2023, False, "Antal användare per kommun 2023"),
    ("befolkning", 2024, False, "Antal invånare per kommun 2024"),
    ("befolkning", 2024, True, "Befolkningsandel per kommun (%) 2024"),
    ("budgetandel", 2024, False, "Kommunbidrag per kommun (tkr) 2024"),
    ("fast", None, False, "Fasta andelar per kommun (%)"),
    ("licenser", 2023, False, "Värden för ”licenser” per kommun 2023"),
])
def test_value_boxes_are_titled_by_the_drivers_swedish_name(driver, year, shares_only,
                                                            expected):
    assert decision.values_heading(driver, year, shares_only) == expected


@pytest.mark.parametrize(("driver", "year", "source", "expected"), [
    ("samtal", 2023, "växelstatistiken", "Samtal till växeln 2023 (växelstatistiken)"),
    ("befolkning", 2024, None, "Befolkning 2024"),
    ("lika", None, None, "Lika delar"),
    ("fast", 2024, None, "Fasta andelar"),
])
def test_a_driver_is_named_with_its_year_and_source(driver, year, source, expected):
    assert decision.driver_text(driver, year, source) == expected


@pytest.mark.parametrize(("driver", "values", "expected"), [
    ("samtal", [3603.0, 5392.0], "3\u00a0603"),
    ("samtal", [43.6, 5392.0], "43,6"),
    ("befolkning", [43.6, 56.4], "43,6\u00a0%"),
    ("befolkning", [9510.0, 12176.0], "9\u00a0510"),
    ("fast", [25.0, 75.0], "25,0\u00a0%"),
    ("budgetandel", [9178.0, 9793.0], "9\u00a0178"),
])
def test_underlag_is_shown_by_the_kind_of_its_value(driver, values, expected):
    assert decision.value_kind(driver, values).text(values[0]) == expected


def test_lika_has_no_value_and_says_so():
    assert decision.value_kind("lika", []).text(None) == "lika delar"


def test_underlag_counts_have_no_decimals_on_the_page(bench):
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    rows = _cells(bench.tables.value, "Kostnad per kommun och modell")
    column = rows[0].index("Underlag Telefonväxel")
    own = {r[1]: r[column] for r in rows if r[0] == bench.name.value}
    assert own == {"Herrljunga": "3\u00a0603", "Vårgårda": "5\u00a0392"}
    lika = {r[1]: r[column] for r in rows if r[0] == "Lika delar"}
    assert lika == {"Herrljunga": "lika delar", "Vårgårda": "lika delar"}


@pytest.mark.parametrize(("names", "expected"), [
    (["A", "B", "C"], {"A": decision.COLORS[0], "B": decision.COLORS[1],
                       "C": decision.COLORS[2]}),
    (["A", "B", "A"], {"A": decision.COLORS[0], "B": decision.COLORS[1]}),
])
def test_a_models_colour_is_its_place_in_the_full_list(names, expected):
    assert decision.model_colors(names) == expected


def test_colours_stay_when_other_models_are_unticked(bench):
    before = dict(bench.painter.colors)
    bench.model_boxes["Växeln efter samtal"].value = False
    bench.model_boxes["Budgetandel"].value = False
    result = bench.painter.colors
    assert "Budgetandel" not in result
    assert result == {m: c for m, c in before.items() if m in result}
    assert result["Lika delar"] == decision.COLORS[3]


# ---------------------------------------------------------------- uppgift saknas


def test_a_missing_driver_says_why_and_where(session, tmp_path):
    """2023-12: calls of 2022 are not in the data; the boxes are empty and say why."""
    bench = Workbench(session, "2023-12", outputs_dir=tmp_path)
    bench.pool_drivers["IT Gemensamt"].value = "samtal"
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    assert "Antal samtal till växeln per kommun 2022" in bench.values_title.value
    assert ("Herrljunga och Vårgårda: uppgift saknas: växelns samtal per kommun finns inte "
            "för 2022 i data/fordelningsnycklar.csv.") in bench.values_note.value


def test_every_missing_cell_has_its_reason(session, tmp_path):
    """2023-12: Växeln efter samtal has no 2023 figures; 2021 and 2022 have no kommunbidrag
    per kommun (no avvikelse), while the current model shows those closed years' costs of
    record (as page 02), so its cumulative difference is not missing."""
    bench = Workbench(session, "2023-12", outputs_dir=tmp_path)
    result = bench.outcome.notes
    assert result[results.COMPARISON][0] == (
        "Växeln efter samtal 2023: uppgift saknas: växelns samtal per kommun finns inte för "
        "2022 i data/fordelningsnycklar.csv")
    assert result[results.HISTORY][:2] == [
        f"Avvikelse {year}: uppgift saknas: kommunbidraget per kommun finns inte för {year} i "
        "data/kommunbidrag_kommun.csv" for year in (2021, 2022)]
    # the other models' cumulative differences count from their first year with figures
    assert ("Kumulativ skillnad Lika delar räknas från 2022: 2021 saknar underlag (uppgift "
            "saknas)") in result[results.HISTORY][2:]
    assert all("räknas från" in line for line in result[results.HISTORY][2:])
    for name, notes in result.items():
        for line in notes:
            assert line in bench.tables.value, name


def test_no_driver_code_is_offered(bench):
    for choice in bench.pool_drivers.values():
        labels = [label for label, _ in choice.options]
        assert not {"samtal", "befolkning", "budgetandel", "lika", "fast"} & set(labels)
    assert [label for label, value in choice.options if value == "samtal"] == [
        "Samtal till växeln 2023"]
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    assert ("Fördelningsnycklar: Befolkning 2024 (" in bench.drivers_note.value
            and "Samtal till växeln 2023 (Förvaltningsberättelse 2023" in
            bench.drivers_note.value)


# ---------------------------------------------------------------- rename and delete


def _save(bench, name: str) -> None:
    bench.name.value = name
    assert bench.save() is not None


def test_a_saved_model_is_renamed_after_confirming(bench, params):
    _save(bench, "Prov")
    saved = bench.saved
    saved.choice.value, saved.new_name.value = "Prov", "Prov 2"
    assert saved.rename() is False and "Klicka på <b>Byt namn</b> igen" in saved.status.value
    assert [m["name"] for m in store.read_models(params)] == ["Prov"]
    assert saved.rename() is True
    assert "Modellen ”Prov” heter nu ”Prov 2”." in saved.status.value
    assert [m["name"] for m in store.read_models(params)] == ["Prov 2"]
    assert "Prov 2" in bench.model_boxes and "Prov" not in bench.model_boxes
    assert list(saved.choice.options) == ["Prov 2"]


def test_a_saved_model_is_deleted_after_confirming(bench, params):
    _save(bench, "Prov")
    saved = bench.saved
    assert saved.delete() is False and "Klicka på <b>Ta bort</b> igen" in saved.status.value
    assert saved.delete() is True and "Modellen ”Prov” är borttagen." in saved.status.value
    assert not (params / "modeller.yaml").exists() and "Prov" not in bench.model_boxes
    assert saved.controls.layout.display == "none"


@pytest.mark.parametrize(("new", "message"), [
    ("", "Ange det nya namnet på modellen."),
    ("Budgetandel", "Namnet ”Budgetandel” används redan av en annan modell; välj ett annat."),
])
def test_a_rename_to_no_name_or_a_taken_one_is_refused(bench, params, new, message):
    _save(bench, "Prov")
    bench.saved.new_name.value = new
    assert bench.saved.rename() is False and message in bench.saved.status.value
    assert [m["name"] for m in store.read_models(params)] == ["Prov"]


def test_only_models_the_workbench_saved_are_offered(bench):
    assert list(bench.saved.choice.options) == []
    _save(bench, "Prov")
    assert list(bench.saved.choice.options) == ["Prov"]


@pytest.mark.parametrize("action", [
    lambda p: store.delete_model("Budgetandel", p),
    lambda p: store.rename_model("Budgetandel", "Ny", p),
])
def test_the_store_refuses_a_model_it_did_not_save(params, action):
    with pytest.raises(ParamError, match="är ingen modell sparad från arbetsbänken"):
        action(params)


def test_deleting_one_of_two_keeps_the_other(bench, params):
    _save(bench, "Prov")
    _save(bench, "Prov 2")
    bench.saved.choice.value = "Prov"
    bench.saved.delete()
    assert bench.saved.delete() is True
    assert [m["name"] for m in store.read_models(params)] == ["Prov 2"]


def test_the_export_keeps_the_notes_under_each_table(bench):
    path = bench.export()
    book = openpyxl.load_workbook(path)
    texts = [c for row in book[results.DIFFERENCE].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert any(SIGNS in text for text in texts)
