"""The Beslutsunderlag (publishing/memo.py): its figures are page 80's for the same model,
its text is Swedish with the sign legend, the assumptions and the driver sources; it never
replaces an earlier memo; the PDF holds the text; `itvt beslutsunderlag` refuses an
unknown model in one Swedish line (exit 2)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from conftest import BROWSER_MARKS, run_cli
from surfaces.surface_reader import pdf_visible, read_page  # tests/surfaces/

from itvt_lib.areas import financing, open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.core.formatting import amount, share
from itvt_lib.publishing import memo
from itvt_lib.publishing.pdf import find_chromium
from itvt_lib.workbench import memo_button, store

WHEN = datetime(2026, 12, 3, 14, 5)
MODEL = "Växeln efter samtal"
# Written as a controller's saved scenario would be (TEST data: a typed user count and a
# 3 % uppräkning of Personalkostnader, not figures of the papers).
SAVED = {"name": "Användare 2024", "driver": "befolkning",
         "pools": {"IT Gemensamt": "fast"}, "andelar": {"Herrljunga": 40.0, "Vårgårda": 60.0},
         "underlag": {"fordelningsnyckel": "anvandare", "varden": {"Herrljunga": 400,
                                                                  "Vårgårda": 600},
                      "kalla": "angivet i arbetsbänken 2026-12-03, Hanna Larsson"},
         "upprakning_procent": {"default": 0.0, "kontogrupper": {"Personalkostnader": 3.0}}}


def assumptions_of(page, what: str) -> list[str]:
    (table,) = page.tables_under("Antaganden")
    return table.cells(what, "Värde")


def build(ctx, name, folder) -> Path:
    (path,) = memo.write_memo(ctx, memo.chosen_model(ctx, name), folder, when=WHEN,
                              who="Hanna Larsson", with_pdf=False)
    return path


@pytest.fixture(scope="module")
def memo_page(ctx_2024, tmp_path_factory):
    """The memo of MODEL for 2024-02 as a reader sees it (HTML only)."""
    path = build(ctx_2024, MODEL, tmp_path_factory.mktemp("memo"))
    return path, read_page(path)


def test_memo_is_written_under_the_models_name_and_date(memo_page):
    path, _ = memo_page
    assert path.parent.name == "scenarier"
    assert path.name == "Beslutsunderlag-växeln-efter-samtal-2026-12-03.html"


def test_memo_report_year_shows_page_80s_figures_with_the_difference_in_tkr_and_percent(
        memo_page, ctx_2024):
    _, page = memo_page
    year = ctx_2024.period.year
    results = financing.report_results(ctx_2024)
    shown = financing.report_table(results, year)
    (table,) = page.tables_under(f"Rapportåret {year} (prognos)")
    assert table.columns == ["Kommun", "Nuvarande modell", MODEL, "Skillnad (tkr)",
                             "Skillnad (%)"]
    for kommun in results.inputs.kommuner:
        current = shown[(shown["Modell"] == "Nuvarande modell") & (shown["Kommun"] == kommun)]
        chosen = shown[(shown["Modell"] == MODEL) & (shown["Kommun"] == kommun)]
        diff = chosen[financing.DIFFERENCE].iloc[0]
        assert table.cells(kommun, "Nuvarande modell") == [amount().text(current["Kostnad"].iloc[0])]
        assert table.cells(kommun, MODEL) == [amount().text(chosen["Kostnad"].iloc[0])]
        assert table.cells(kommun, "Skillnad (tkr)") == [amount(signed=True).text(diff)]
        assert table.cells(kommun, "Skillnad (%)") == [
            share(1, signed=True).text(diff / current["Kostnad"].iloc[0])]


def test_memo_text_is_swedish_with_sign_legend_sources_and_assumptions(memo_page, ctx_2024):
    _, page = memo_page
    for expected in ["Beslutsunderlag: finansieringsmodellen Växeln efter samtal",
                     "Organisation- och budgetprinciper inför budget 2025",
                     "positivt = kommunen betalar mer",
                     "Herrljunga skulle betala 21\u00a0tkr mindre (\u22120,3\u00a0%)",
                     "Uppgift saknas för Växeln efter samtal 2023: underlaget för samtal till växeln 2022",
                     "Källa: Förvaltningsberättelse 2023", "Upprättad av", "Hanna Larsson",
                     "2026-12-03 14:05", ctx_2024.dataset.fingerprint()]:
        assert expected in page.text, expected


def test_memo_text_names_no_code_names(memo_page):
    _, page = memo_page
    words = set(re.findall(r"[\w.]+", page.text))
    assert not words & {"None", "nan", "NaN", "True", "False", "driver", "financing_models",
                        "grundavgift_procent", "upprakning_procent", "fast", "befolkning_2024"}
    assert "_" not in page.text


def test_memo_page_is_lang_sv_and_its_tables_have_captions(memo_page):
    path, _ = memo_page
    html = path.read_text(encoding="utf-8")
    assert '<html lang="sv">' in html
    assert html.count("<table") == html.count("<caption") == 4
    assert 'scope="col"' in html and 'scope="row"' in html


def test_a_second_memo_the_same_day_gets_a_suffix_and_leaves_the_first(ctx_2024, tmp_path):
    first = build(ctx_2024, MODEL, tmp_path)
    before = first.read_bytes()
    second = build(ctx_2024, MODEL, tmp_path)
    third = build(ctx_2024, MODEL, tmp_path)
    assert [second.name, third.name] == [
        "Beslutsunderlag-växeln-efter-samtal-2026-12-03-2.html",
        "Beslutsunderlag-växeln-efter-samtal-2026-12-03-3.html"]
    assert first.read_bytes() == before
    assert not [p for p in first.parent.iterdir() if p.name.startswith(".")]


def test_saved_scenario_memo_shows_its_typed_values_source_and_own_upprakning(
        dataset, params_dir, tmp_path):
    store.save_model(SAVED, params_dir)
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    page = read_page(build(ctx, SAVED["name"], tmp_path))
    assert "angivet i arbetsbänken 2026-12-03, Hanna Larsson" in page.text
    assert assumptions_of(page, "Egna värden för användare") == [
        "Herrljunga 400 och Vårgårda 600 (angivet i arbetsbänken 2026-12-03, Hanna Larsson)"
        "; används inte: värdena saknar år, siffrorna bygger på underlaget i data"]
    assert "uppräknad med uppräkningen som sparades med modellen" in page.text
    assert "uppräkningen i parametrarna" not in page.text
    (assumptions,) = page.tables_under("Antaganden")
    assert assumptions.cells("Uppräkning 2025: Personalkostnader", "Värde") == [
        "3,0\u00a0% (sparad med modellen)"]
    assert assumptions.cells("Fasta andelar", "Värde") == [
        "Herrljunga 40,0\u00a0% och Vårgårda 60,0\u00a0%"]
    raised = financing.compare(ctx.dataset, ctx.period,
                               financing.param_models(ctx.params),
                               SAVED["upprakning_procent"], None, 1)
    split = financing.next_year_table(raised, 2025)
    (table,) = page.tables_under("Budget 2025")
    for kommun in raised.inputs.kommuner:
        mine = split[(split["Modell"] == SAVED["name"]) & (split["Kommun"] == kommun)]
        assert table.cells(kommun, SAVED["name"]) == [amount().text(mine["Budget 2025"].iloc[0])]


@pytest.mark.parametrize(("name", "message"), [
    ("Finns inte", "det finns ingen modell ”Finns inte” i params/"),
    ("Nuvarande modell", "”Nuvarande modell” är den nuvarande modellen; välj en annan"),
])
def test_a_model_not_to_compare_is_refused_in_swedish(ctx_2024, name, message):
    with pytest.raises(ParamError, match=re.escape(message)):
        memo.chosen_model(ctx_2024, name)


@pytest.mark.slow
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium on this machine")
def test_memo_pdf_holds_the_memos_text(ctx_2024, tmp_path):
    from pypdf import PdfReader

    paths = memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), tmp_path,
                            when=WHEN, who="Hanna Larsson")
    assert [p.suffix for p in paths] == [".html", ".pdf"]
    reader = PdfReader(paths[1])
    text = pdf_visible("\n".join(page.extract_text() for page in reader.pages))
    for expected in ["Beslutsunderlag: finansieringsmodellen", "Teckenförklaring",
                     "Herrljunga 8\u00a0271 8\u00a0250 \u221221 \u22120,3\u00a0%",
                     "Sida 1 av", "Fördelningsgrunder och källor"]:
        assert expected in text, expected


@pytest.mark.slow
def test_cli_unknown_model_is_one_swedish_line_and_exit_2(tmp_path):
    result = run_cli("beslutsunderlag", "--modell", "Finns inte", "--output-dir", tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "det finns ingen modell ”Finns inte”" in lines[0]
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_cli_writes_the_memo_and_prints_its_paths(tmp_path):
    result = run_cli("beslutsunderlag", "--modell", "Budgetandel", "--period", "2024-02",
                     "--output-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    printed = [Path(line) for line in result.stdout.split("\n") if line]
    assert printed[0].name.startswith("Beslutsunderlag-budgetandel-")
    assert all(p.exists() for p in printed)


@pytest.mark.slow
def test_memo_figures_match_the_published_page_80(published, memo_page):
    _, mine = memo_page
    (page80,) = read_page(published / "2024-02" / "80-finansieringsmodell.html").tables_under(
        "Modellerna för rapportåret")
    (table,) = mine.tables_under("Rapportåret 2024 (prognos)")
    assert any(label == MODEL for label, _ in page80.rows)
    for label, cells in page80.rows:
        if label == MODEL:
            assert table.cells(cells["Kommun"], MODEL) == [cells["Kostnad"]]
            assert table.cells(cells["Kommun"], "Skillnad (tkr)") == [
                cells["Skillnad mot nuvarande modell"]]


# ---------------------------------------------------------------- the app's button

@pytest.fixture
def bench(dataset, tmp_path):
    """The workbench form with the memo's builder passed in as the notebook does (HTML
    only here; the PDF has its own test); saves and memos go to tmp folders."""
    import functools
    import shutil

    from itvt_lib.core.paths import PARAMS_DIR
    from itvt_lib.workbench import Workbench
    from itvt_lib.workbench.results import Session

    shutil.copytree(PARAMS_DIR, tmp_path / "params")
    session = Session(params_dir=tmp_path / "params", dataset=dataset)
    return Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs", debounce=0,
                     memo=functools.partial(memo.write_memo, with_pdf=False))


def test_app_button_writes_the_memo_of_the_own_model_with_the_forms_figures(bench):
    from itvt_lib.workbench import results

    bench.name.value = "Växeln per samtal, eget"
    bench.pool_drivers["Telefonväxel"].value = "samtal"
    table = bench.outcome.tables[results.COMPARISON]
    own = table[table["Modell"] == bench.name.value].set_index("Kommun")
    (path,) = memo_button.write_memo(bench)
    assert path.name.startswith("Beslutsunderlag-växeln-per-samtal-eget-")
    assert path.name in bench.status.value
    page = read_page(path)
    (shown,) = page.tables_under("Rapportåret 2024 (prognos)")
    for kommun, row in own.iterrows():
        assert shown.cells(kommun, bench.name.value) == [amount().text(row["Kostnad"])]
        assert shown.cells(kommun, "Skillnad (tkr)") == [
            amount(signed=True).text(row["Skillnad mot nuvarande modell"])]


def test_app_button_with_a_bad_value_writes_nothing(bench):
    bench.grundavgift.value = "abc"
    assert memo_button.write_memo(bench) is None
    assert "Rätta värdena först" in bench.status.value
    assert not (bench.outputs_dir / "scenarier").exists()


def test_app_has_no_memo_button_without_a_builder(dataset, tmp_path):
    from itvt_lib.workbench import Workbench
    from itvt_lib.workbench.results import Session

    bench = Workbench(Session(dataset=dataset), "2024-02", outputs_dir=tmp_path, debounce=0)
    assert bench.memo_button.layout.display == "none"


@pytest.mark.slow
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium on this machine")
def test_memo_pdf_is_printed_when_called_inside_an_event_loop_as_the_apps_kernel_does(
        ctx_2024, tmp_path):
    import asyncio

    async def click():
        return memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), tmp_path,
                               when=WHEN, who="Hanna Larsson")

    paths = asyncio.run(click())
    assert [p.suffix for p in paths] == [".html", ".pdf"]
    assert paths[1].read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("width", [1280, 768])
def test_memo_has_no_wcag21_aa_violation(browser, memo_page, width):
    """axe-core's WCAG 2.1 A/AA rules, as the packet's pages are checked
    (test_accessibility.py: that the check can fail is shown there)."""
    from axe_playwright_python.sync_playwright import Axe

    path, _ = memo_page
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith(("file:", "data:")) else route.abort())
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load")
    found = Axe().run(page, options={"runOnly": {"type": "tag", "values": [
        "wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]})
    context.close()
    assert [v["id"] for v in found.response["violations"]] == []


for _mark in BROWSER_MARKS:  # slow, browser, skipped without a Chromium
    test_memo_has_no_wcag21_aa_violation = _mark(test_memo_has_no_wcag21_aa_violation)


def test_memo_zero_difference_is_a_dash_in_tkr_and_percent_alike(memo_page, ctx_2024):
    """Both models share out the same total: the Summa row's difference is zero, shown "–"
    as every zero of the packet and the workbench's form, in percent too (not "0,0 %")."""
    _, page = memo_page
    (table,) = page.tables_under(f"Rapportåret {ctx_2024.period.year} (prognos)")
    result = table.cells("Summa", "Skillnad (tkr)") + table.cells("Summa", "Skillnad (%)")
    assert result == ["–", "–\u00a0%"]
