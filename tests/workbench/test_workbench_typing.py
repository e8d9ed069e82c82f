"""The workbench as the controller types into it: Swedish numbers through the one parser
(no silent ×10), an empty or unreadable box is one Swedish line and no results, what was
typed survives driver and period changes, a saved model appears at once and can be saved
again under its own name, hostile values are lines not tracebacks (nothing saved), and
the export reads in a Swedish spreadsheet as the page does."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from datetime import date

import openpyxl
import pytest

from itvt_lib.workbench import Workbench, open_workbench, results, store
from itvt_lib.workbench.form import typed_text
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"
SOFFICE = shutil.which("soffice")


@pytest.fixture
def bench(session, params, tmp_path):
    """The form over a copy of params/, exports into tmp; calls a driver of Telefonväxel."""
    own = Session(params_dir=params, dataset=session.dataset)
    bench = Workbench(own, PERIOD, outputs_dir=tmp_path / "outputs")
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    return bench


def _own_rows(bench):
    table = bench.outcome.tables[results.COMPARISON]
    return table[table["Modell"] == bench.name.value].set_index("Kommun")


# ---------------------------------------------------------------- typing


@pytest.mark.parametrize(("typed", "expected"), [
    ("43,6", 43.6), ("1 150", 1150.0), ("1\u00a0150", 1150.0), ("43.6", 43.6),
    (" 5392 ", 5392.0),
])
def test_typed_swedish_numbers_are_the_driver_values(bench, typed, expected):
    bench.value_boxes["Herrljunga"].value = typed
    assert bench.message.value == ""
    result = _own_rows(bench).loc["Herrljunga", "Underlag Telefonväxel"]
    assert result == pytest.approx(expected)


def test_a_decimal_comma_is_never_ten_times_the_value(bench):
    bench.value_boxes["Herrljunga"].value = "43,6"
    comma = _own_rows(bench)["Andel Telefonväxel"]
    bench.value_boxes["Herrljunga"].value = "436"
    whole = _own_rows(bench)["Andel Telefonväxel"]
    assert comma["Herrljunga"] < whole["Herrljunga"]
    assert comma["Herrljunga"] == pytest.approx(43.6 / (43.6 + 5392), abs=5e-4)


@pytest.mark.parametrize(("typed", "message"), [
    ("", "Ange ett värde för Herrljunga."),
    ("abc", 'Värdet för Herrljunga: "abc" är inte ett tal.'),
    ("−5", "Värdet för Herrljunga får inte vara negativt (−5)."),
    ("43.600", "kan läsas som 43,600 eller 43\u00a0600"),
    ("1e300", "Värdet för Herrljunga"),
    ("1" + "0" * 300, "Värdet för Herrljunga: värdet är för stort"),
])
def test_unreadable_or_empty_value_is_one_line_and_no_results(bench, typed, message):
    bench.value_boxes["Herrljunga"].value = typed
    assert message in html.unescape(bench.message.value)
    assert bench.message.value.count("<p") == 1
    assert bench.outcome is None and bench.tables.value == "" and bench.chart.value == ""


def test_values_are_shown_back_with_a_decimal_comma(bench):
    bench.pool_drivers["Telefonväxel"].value = "fast"
    result = [box.value for box in bench.value_boxes.values()]
    assert all("." not in text for text in result)
    assert result == ["43,6", "56,4"]
    assert [typed_text(v) for v in (1150, 43.6, -5, 2.5, None)] == \
        ["1\u00a0150", "43,6", "\u22125", "2,5", ""]


@pytest.mark.parametrize(("box", "typed", "column", "expected"), [
    ("rate", "2,5 %", "Uppräkning % (antagande)", 0.025),
    ("rate", "2,5", "Uppräkning % (antagande)", 0.025),
])
def test_uppräkning_reads_a_decimal_comma_and_a_percent_sign(bench, box, typed, column,
                                                             expected):
    bench.rate_boxes["Personalkostnader"].value = typed
    table = bench.outcome.tables[results.BUDGET].set_index("Kontogrupp")
    assert table.loc["Personalkostnader", column] == pytest.approx(expected)


def test_typing_redraws_without_enter(bench):
    before = bench.redraws
    for text in ("4", "43", "43,", "43,6"):
        bench.value_boxes["Herrljunga"].value = text
    assert bench.redraws > before
    assert all(box.continuous_update for box in
               [*bench.value_boxes.values(), *bench.rate_boxes.values(), bench.grundavgift])


# ---------------------------------------------------------------- kept for the session


def test_typed_values_survive_a_driver_change_and_back(bench):
    bench.value_boxes["Herrljunga"].value = "43,6"
    bench.pool_drivers["Telefonväxel"].value = "befolkning"
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    result = {k: b.value for k, b in bench.value_boxes.items()}
    assert result == {"Herrljunga": "43,6", "Vårgårda": "5\u00a0392"}
    assert _own_rows(bench).loc["Herrljunga", "Underlag Telefonväxel"] == pytest.approx(43.6)


def test_typed_values_ticks_and_drivers_survive_a_period_change_and_back(bench):
    bench.value_boxes["Herrljunga"].value = "43,6"
    bench.rate_boxes["Personalkostnader"].value = "3,5"
    bench.model_boxes["Budgetandel"].value = False
    other = next(p for p in bench.period.options if p != PERIOD)
    bench.period.value = other
    bench.period.value = PERIOD
    assert bench.pool_drivers["Telefonväxel"].value == "samtal"
    assert bench.value_boxes["Herrljunga"].value == "43,6"
    assert bench.rate_boxes["Personalkostnader"].value == "3,5"
    assert bench.model_boxes["Budgetandel"].value is False
    assert "Budgetandel" not in set(bench.outcome.tables[results.COMPARISON]["Modell"])


# ---------------------------------------------------------------- saving


def test_saved_model_appears_at_once_with_its_values_and_uppräkning(bench, params):
    bench.name.value = "Växeln efter egna samtal"
    bench.value_boxes["Herrljunga"].value = "43,6"
    bench.rate_boxes["Personalkostnader"].value = "2,5 %"
    assert bench.save() == params / "modeller.yaml"
    assert "Växeln efter egna samtal" in bench.model_boxes
    assert bench.message.value == ""
    (result,) = store.read_models(params)
    assert result["underlag"]["fordelningsnyckel"] == "samtal"
    assert result["underlag"]["varden"] == {"Herrljunga": 43.6, "Vårgårda": 5392.0}
    assert result["underlag"]["kalla"].startswith(
        f"angivet i arbetsbänken {date.today().isoformat()}, ")
    assert result["upprakning_procent"]["kontogrupper"]["Personalkostnader"] == 2.5


def test_a_saved_model_can_be_saved_again_under_its_own_name_after_confirming(bench, params):
    bench.name.value = "Prov"
    bench.save()
    bench.grundavgift.value = "10"
    assert bench.message.value == ""                      # its own name is not "taken"
    assert bench.save() is None
    assert "Klicka på <b>Spara modell</b> igen" in bench.status.value
    assert "grundavgift_procent" not in store.read_models(params)[0]
    assert bench.save() == params / "modeller.yaml"
    assert [m["grundavgift_procent"] for m in store.read_models(params)] == [10.0]


def test_a_name_of_a_params_model_is_still_refused(bench):
    bench.name.value = "Budgetandel"
    assert "används redan" in bench.message.value and bench.save() is None


@pytest.mark.parametrize("name", ["", "   "])
def test_a_name_is_required(bench, params, name):
    bench.name.value = name
    assert "Ange ett namn på den egna modellen." in bench.message.value
    assert bench.save() is None and not (params / "modeller.yaml").exists()


# ---------------------------------------------------------------- hostile values (issue 23)


@pytest.mark.parametrize(("box", "typed"), [
    ("fast", "inf"), ("fast", "1e308"), ("fast", "1" + "0" * 308),
    ("value", "1e300"), ("value", "1" + "0" * 300),
    ("rate", "1e308"), ("rate", "inf"), ("rate", "1" + "0" * 308), ("rate", "−100"),
    ("grundavgift", "inf"), ("grundavgift", "1" + "0" * 308),
    ("name", "x" * 300),
])
def test_hostile_values_are_one_line_and_nothing_is_saved(session, params, tmp_path, box,
                                                          typed):
    bench = open_workbench(PERIOD, params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    if box == "fast":
        bench.pool_drivers["IT Gemensamt"].value = "fast"
        bench.value_boxes["Herrljunga"].value = typed
    elif box == "value":
        bench.pool_drivers["Telefonväxel"].value = "samtal"
        bench.value_boxes["Herrljunga"].value = typed
    elif box == "rate":
        bench.rate_boxes["Personalkostnader"].value = typed
    elif box == "grundavgift":
        bench.grundavgift.value = typed
    else:
        bench.name.value = typed
    assert bench.message.value.count("<p") == 1 and bench.outcome is None
    assert bench.save() is None and bench.export() is None
    assert not (params / "modeller.yaml").exists()
    assert not (tmp_path / "out").exists()


def test_outputs_path_that_is_a_file_is_one_line(session, params, tmp_path):
    blocker = tmp_path / "outputs"
    blocker.write_text("not a folder")
    bench = open_workbench(PERIOD, params_dir=params, outputs_dir=blocker, show=False)
    assert bench.export() is None
    assert bench.status.value.startswith("<p>Inget exporterades: ")
    assert "välj en annan mapp" in bench.status.value
    assert blocker.read_text() == "not a folder"


# ---------------------------------------------------------------- exports (issue 23 item 19)


@pytest.mark.parametrize("name", [".", "..", "/", " - "])
def test_export_names_without_letters_are_refused(bench, name):
    bench.name.value = name
    assert bench.export() is None
    assert "går inte att använda som filnamn" in html.unescape(bench.status.value)
    assert not (bench.outputs_dir / "scenarier").exists()


def test_a_second_export_the_same_day_gets_a_number_not_the_first_file(bench):
    first, second, third = bench.export(), bench.export(), bench.export()
    assert [p.name for p in (first, second, third)] == [
        f"{date.today().isoformat()}-egen-modell{n}.xlsx" for n in ("", "-2", "-3")]


def test_export_has_every_table_and_the_assumptions(bench):
    bench.value_boxes["Herrljunga"].value = "43,6"
    bench.rate_boxes["Personalkostnader"].value = "2,5 %"
    path = bench.export()
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [*bench.outcome.tables, "Antaganden"]
    result = {row[0]: row[1] for row in book["Antaganden"].iter_rows(min_row=2,
                                                                    values_only=True)}
    ctx = bench.session.context(PERIOD)
    assert result["Period"] == PERIOD
    assert result["Samtal till växeln 2023: Herrljunga"] == 43.6    # numbers, not texts
    assert result["Uppräkning Personalkostnader"] == 0.025          # shown "2,5 %"
    assert result["Indata (fingeravtryck)"] == ctx.dataset.fingerprint()
    assert result["Fördelas efter: Telefonväxel"] == ("Samtal till växeln 2023 "
                                                      "(Förvaltningsberättelse 2023 (nya "
                                                      "växeln från 2023-09-26))")
    assert {"Datum", "Upprättad av", "Jämförda modeller", "Grundavgift"} <= set(result)


def _spreadsheet_rows(book, workdir) -> dict[str, list[list[str]]]:
    """The workbook as LibreOffice shows it in a Swedish locale: sheet → rows of texts."""
    if SOFFICE is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing: .ci/run installs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    env = {**os.environ, "LANG": "sv_SE.UTF-8", "LC_ALL": "sv_SE.UTF-8", "HOME": str(workdir)}
    subprocess.run([SOFFICE, "--headless", "--convert-to", "html", "--outdir", str(workdir),
                    str(book)], env=env, check=True, capture_output=True, timeout=180)
    converted = (workdir / f"{book.stem}.html").read_text(encoding="utf-8", errors="replace")
    names = re.findall(r"<h1>Sheet \d+: <em>(.*?)</em></h1>", converted)
    tables = re.findall(r"<table.*?</table>", converted, re.S | re.I)
    sheets = {}
    for name, table in zip(names, tables, strict=True):
        sheets[html.unescape(name)] = [
            [re.sub(r"[\u00a0\u202f ]+", " ", html.unescape(re.sub(r"<[^>]+>", "", c))).strip()
             for c in re.findall(r"<td.*?</td>", row, re.S | re.I)]
            for row in re.findall(r"<tr.*?</tr>", table, re.S | re.I)]
    return sheets


@pytest.mark.slow
def test_export_reads_as_the_page_in_a_swedish_spreadsheet(bench, tmp_path):
    bench.value_boxes["Herrljunga"].value = "43,6"
    sheets = _spreadsheet_rows(bench.export(), tmp_path)
    comparison = sheets[results.COMPARISON]
    header, first = comparison[1], comparison[2]   # under the title row
    assert first[header.index("Andel IT Gemensamt")] == "43,6 %"
    assert first[header.index("Kostnad")] == "8 271"
    history = sheets[results.HISTORY]
    years = {row[history[1].index("År")] for row in history[2:]}
    assert "2023" in years and "2 023" not in years
    own = next(row for row in comparison if row[0] == "Egen modell")
    assert own[header.index("Underlag Telefonväxel")] == "43,6"
    # a column mixing a typed share and a count of calls: each cell as the app shows it
    calls = next(row for row in comparison
                 if row[0] == "Växeln efter samtal" and row[1] == "Herrljunga")
    assert calls[header.index("Underlag Telefonväxel")] == "3 603"
    # the assumptions: a typed value is a number, shown as typed
    assumptions = {row[0]: row[1] for row in sheets["Antaganden"]}
    assert assumptions["Samtal till växeln 2023: Herrljunga"] == "43,6"
    assert assumptions["Grundavgift"] == "0 %"
