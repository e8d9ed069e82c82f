"""The committee's pages: slim report pages, tables with captions and header scopes,
charts with alt texts from their data, the workbook, the archive."""

from __future__ import annotations

import json
import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from conftest import html_text

from itvt_lib.core import charts
from itvt_lib.core.checks import PASS, WARN, Check
from itvt_lib.core.formatting import YEAR_KIND, amount, percent, share
from itvt_lib.core.presentation import (
    COMPUTED,
    PUBLISHED,
    TABLE_MIMETYPE,
    checks_table,
    committee_table,
    nowrap_dates,
)
from itvt_lib.core.workbook import sheet_name
from itvt_lib.publishing import pages

PERIODS = ["2023-12", "2024-02"]
PAGE_LIMIT = 150_000  # bytes of HTML without embedded images
IMAGE = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+")


# ---------------------------------------------------------------- tables

def _frame():
    return pd.DataFrame({"Kommun": ["Herrljunga", "Vårgårda"], "Avvikelse": [907.0, -907.0]})


def test_table_has_caption_and_header_scopes():
    html = committee_table(_frame(), caption="Avvikelse per kommun").to_html()
    assert "<caption>Avvikelse per kommun</caption>" in html
    assert html.count('<th scope="col"') == 2
    assert html.count('<th scope="row"') == 2  # the label column heads each row


def test_table_without_caption_gets_a_hidden_one():
    html = committee_table(_frame()).to_html()
    assert "<caption>Tabell: Kommun, Avvikelse</caption>" in html
    assert "clip: rect(0 0 0 0)" in html


def test_table_id_is_fixed_by_caption_and_content():
    first = committee_table(_frame(), caption="Avvikelse per kommun").to_html()
    again = committee_table(_frame(), caption="Avvikelse per kommun").to_html()
    other = committee_table(_frame().assign(Avvikelse=[1.0, 2.0]),
                            caption="Avvikelse per kommun").to_html()
    assert first == again
    assert 'id="T_avvikelse-per-kommun-' in first
    assert re.search(r'id="(T_[^"]+)"', first).group(1) != \
        re.search(r'id="(T_[^"]+)"', other).group(1)


def test_table_display_carries_its_numbers():
    bundle = committee_table(_frame(), caption="Avvikelse").\
        _repr_mimebundle_()
    result = bundle[TABLE_MIMETYPE]
    assert result["columns"] == ["Kommun", "Avvikelse"]
    assert result["values"] == [["Herrljunga", 907.0], ["Vårgårda", -907.0]]
    assert result["numeric"] == [False, True]
    assert "<table" in bundle["text/html"]


def test_dates_in_tables_and_titles_do_not_break():
    assert nowrap_dates("per 2024-12-31 <b>") == \
        'per <span class="itvt-nowrap">2024-12-31</span> &lt;b&gt;'
    html = committee_table(pd.DataFrame({"Avser": ["prognos 2024-02"], "Tkr": [1.0]})).to_html()
    assert '<span class="itvt-nowrap">2024-02</span>' in html


def test_checks_table_says_published_and_computed():
    checks = [Check("Budget", "Summa", 1300.0, 907.0, 1, WARN, "tryckt"),
              Check("Budget", "Rad", 5.0, 5.0, 1, PASS)]
    table, styles = checks_table(checks)
    assert (PUBLISHED, COMPUTED) == ("Publicerat/referens", "Beräknat")
    assert list(table.columns[3:5]) == [PUBLISHED, COMPUTED]
    assert table[PUBLISHED].tolist() == [1300.0, 5.0]
    assert "Förväntat" not in table.columns and "Faktiskt" not in table.columns


# ---------------------------------------------------------------- charts

def test_alt_text_is_written_from_the_data():
    fig = charts.signed_bars(pd.Series({"Herrljunga": 907.0, "Vårgårda": -907.0}),
                             "avvikelse per kommun 2024")
    assert fig.itvt_alt == ("Stapeldiagram: avvikelse per kommun 2024: "
                            "Herrljunga +907 tkr, Vårgårda \u2212907 tkr")
    plt.close(fig)


@pytest.mark.parametrize(("values", "expected"), [
    ([0.0, 0.0], "alla värden är noll"),
    ([float("nan"), 0.0], "uppgift saknas för något värde och övriga värden är noll"),
    ([float("nan"), float("nan")], "uppgifter saknas"),
    ([0.0, 4.0], None),
])
def test_chart_is_left_out_when_every_value_is_zero(values, expected):
    assert charts._empty_reason(pd.Series(values)) == expected


def test_percent_ticks_never_repeat():
    result = charts.SwedishTicks(percent=True).format_ticks([0.0, 0.005, 0.01, 0.015])
    assert result == ["0\u00a0%", "0,5\u00a0%", "1,0\u00a0%", "1,5\u00a0%"]


def test_stacked_bars_mark_a_noted_row():
    frame = pd.DataFrame({"Besvarade": [0.7, 0.7], "Missade": [0.3, 0.3]}, index=["Q4", "År"])
    fig = charts.stacked_bars(frame, "Utfall", "andel", percent=True,
                              notes={"År": "4 × Q4"})
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Q4", "År *"]
    assert fig.itvt_alt.endswith("* År: 4 × Q4")
    plt.close(fig)


# ---------------------------------------------------------------- page rules

H = "heading"


@pytest.mark.parametrize(("blocks", "expected"), [
    ([(H, 1, "T"), (H, 2, "A"), ("content", 0, "x")], ["T", "A", "x"]),
    ([(H, 1, "T"), (H, 2, "A"), (H, 2, "B"), ("content", 0, "x")], ["T", "B", "x"]),
    ([(H, 1, "T"), (H, 2, "A"), (H, 3, "a"), ("content", 0, "x")], ["T", "A", "a", "x"]),
    ([(H, 1, "T"), ("content", 0, "x"), (H, 2, "A")], ["T", "x"]),
])
def test_headings_without_content_are_left_out(blocks, expected):
    result = [html for _, _, html in pages.drop_empty_headings(blocks)]
    assert result == expected


def test_tables_scroll_in_a_named_box():
    html = pages._scrolling_tables(committee_table(_frame(), caption="A & B").to_html())
    assert '<div class="itvt-scroll" tabindex="0" role="region" aria-label="A &amp; B">' in html


def test_chart_output_keeps_its_alt_text():
    output = {"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo=",
                                                       "text/plain": "x"},
              "metadata": {"image/png": {"alt": "Stapeldiagram: <a> 1 tkr"}}}
    _, _, html = pages._output_block(output)
    assert 'alt="Stapeldiagram: &lt;a&gt; 1 tkr"' in html


# ---------------------------------------------------------------- workbook, archive

@pytest.mark.parametrize(("kind", "expected"), [
    (amount(), '#,##0;"\u2212"#,##0;"–"'),
    (amount(1, signed=True), '"+"#,##0.0;"\u2212"#,##0.0;"–"'),
    (share(1), '#,##0.0"\u00a0"%;"\u2212"#,##0.0"\u00a0"%;"0,0\u00a0%"'),
    (percent(), '#,##0"\u00a0"%;"\u2212"#,##0"\u00a0"%;"0\u00a0%"'),
    (YEAR_KIND, "0"),
])
def test_xlsx_format_of_each_kind(kind, expected):
    """A share's format has an unquoted % (Excel multiplies: 0.436 shows 43,6 %); a year
    has no grouping (2023, not 2 023)."""
    assert kind.xlsx_format() == expected


def test_sheet_names_are_whole_words_short_and_unique():
    taken: set[str] = set()
    names = [sheet_name("02 Fördelad kostnad och avvikelse per kommun: [tkr]", taken)
             for _ in range(3)]
    assert names == ["02 Fördelad kostnad", "02 Fördelad kostnad (2)",
                     "02 Fördelad kostnad (3)"]
    taken = set()
    names = [sheet_name("04 Servicedesk (Telenor OneX)", taken) for _ in range(2)]
    assert names == ["04 Servicedesk (Telenor OneX)", "04 Servicedesk (2)"]
    assert all(len(n) <= 31 for n in names)


def test_archive_shows_check_counts(tmp_path):
    for period, fail in (("2024-02", 0), ("2023-12", 2)):
        (tmp_path / period).mkdir()
        (tmp_path / period / "manifest.json").write_text(json.dumps({
            "period": period, "title": f"Rapport {period}", "status": "ok",
            "checks_summary": {"pass": 50, "warn": 1, "fail": fail}}), encoding="utf-8")
    (tmp_path / "runs.log").write_text(json.dumps({"finished": "2024-03-01T10:00",
                                                   "periods": ["2024-02"], "exit_code": 0})
                                       + "\n", encoding="utf-8")
    page = (pages.write_archive(tmp_path)).read_text(encoding="utf-8")
    text = html_text(page)
    assert "50 godkända, 1 varning, 0 fel" in text
    assert "50 godkända, 1 varning, 2 fel" in text
    assert "Publicerad" in text and "slutkod" not in text
    assert '<html lang="sv">' in page


# ---------------------------------------------------------------- published pages

def _pages(published, period):
    folder = published / period
    return [folder / "index.html", *sorted(folder.glob("[0-9][0-9]-*.html"))]


@pytest.mark.slow
@pytest.mark.parametrize("period", PERIODS)
def test_pages_are_slim_swedish_and_described(published, period):
    for path in _pages(published, period):
        page = path.read_text(encoding="utf-8")
        assert '<html lang="sv">' in page, path.name
        assert len(IMAGE.sub("", page).encode("utf-8")) <= PAGE_LIMIT, path.name
        assert "No description has been provided" not in page, path.name
        assert "jp-" not in page, path.name  # no JupyterLab CSS
        assert 'href="tabeller.xlsx">Ladda ner tabellerna (Excel)</a>' in page, path.name
        for alt in re.findall(r'<img [^>]*alt="([^"]*)"', page):
            assert alt.startswith(tuple(charts.KINDS.values())), (path.name, alt)
        for table in re.findall(r"<table\b.*?</table>", page, re.S):
            assert "<caption" in table, path.name


@pytest.mark.slow
def test_no_heading_without_content_when_an_area_has_no_data(published):
    for name in ("06-internkontroll.html", "07-personal.html"):
        page = (published / "2024-02" / name).read_text(encoding="utf-8")
        body = page.split("<main", 1)[1]
        assert "<h2>" not in body, name  # the sections' headings went with their content
        assert "<p" in body, name  # the sentence saying why stays


@pytest.mark.slow
def test_start_page_marks_pages_without_data_from_the_manifest(published):
    manifest = json.loads((published / "2024-02" / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["checks_summary"]) == {"pass", "warn", "fail"}
    assert "Internkontroll" in manifest["no_data"]
    start = html_text((published / "2024-02" / "index.html").read_text(encoding="utf-8"))
    assert "Internkontroll – uppgifter saknas för perioden" in start
    assert "Driftredovisning – uppgifter saknas" not in start


@pytest.mark.slow
def test_export_is_byte_identical(published, tmp_path):
    folder = published / "2024-02"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for status in manifest["notebooks"]:
        result = pages.export_notebook(folder / "notebooks" / status["notebook"], tmp_path,
                                       manifest)
        assert result.read_bytes() == (folder / result.name).read_bytes(), result.name


@pytest.mark.slow
@pytest.mark.parametrize("period", PERIODS)
def test_workbook_has_a_sheet_per_table(published, period):
    from openpyxl import load_workbook

    folder = published / period
    tables = sum(len(re.findall(r"<table\b", p.read_text(encoding="utf-8")))
                 for p in sorted(folder.glob("[0-9][0-9]-*.html")))
    book = load_workbook(folder / "tabeller.xlsx")
    assert len(book.sheetnames) >= 3
    assert len(book.sheetnames) <= tables  # tables not from committee_table have no sheet
    numbers = 0
    for sheet in book.worksheets:
        assert len(sheet.title) <= 31
        assert sheet["A1"].value.startswith("Källa: ")
        assert sheet["A2"].value.startswith(f"Period: {period} · indata ")
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                if isinstance(cell.value, float | int):
                    numbers += 1
                    assert cell.number_format.startswith(("#,##0", "0", '"+"', "mm", "[h]")), \
                        cell.number_format
    assert numbers > 20


def test_ticks_are_shown_exactly():
    result = charts.SwedishTicks(percent=True).format_ticks([0.0, 0.025, 0.05])
    assert result == ["0\u00a0%", "2,5\u00a0%", "5,0\u00a0%"]
    assert charts.SwedishTicks().format_ticks([0.0, 5000.0, 10000.0]) == \
        ["0", "5\u00a0000", "10\u00a0000"]
