"""One over-long word in one cell (a source pasted as a file path, say) made its whole sheet
"too wide even for landscape", and then every cell of every table on the sheet could break
anywhere: the PDF printed the year 2023 as "202" over "3" and "Not" as "No" over "t",
cells that had room for them. Now only the cell holding the over-long word breaks it
inside; every other cell keeps its words and figures whole, and nothing is cut off."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import BROWSER_MARKS, CHROMIUM

PATH = ("\\\\fs01\\Ekonomi\\Servicenamnd_IT_Vaxel_Telefoni\\Underlag\\Befolkning\\"
        "SCB_befolkning_1_november_2021_per_kommun_export_slutlig_version_2.xlsx")


def _sheet(source: str) -> str:
    from itvt_lib.publishing.pages import page_css

    head = ("<tr><th>År</th><th>Nyckeldatum</th><th>Herrljunga andel</th>"
            "<th>Vårgårda andel</th><th>Not</th><th>Kostnad</th><th>Källa</th></tr>")
    rows = "".join(
        f'<tr><th scope="row">{year}</th><td>1/11 {year - 2}</td><td class="num">43,9\u00a0%</td>'
        f'<td class="num">56,1\u00a0%</td><td>2)</td><td class="num">\u221211\u00a0603</td>'
        f"<td>{source}</td></tr>" for year in (2023, 2024))
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>t</title>'
            f"<style>{page_css()}</style></head><body><main><section><h1>Nycklar</h1>"
            f'<div class="itvt-scroll"><table class="itvt-table">{head}{rows}</table></div>'
            "</section></main></body></html>")


@pytest.mark.parametrize("source", [pytest.param(PATH, marks=BROWSER_MARKS)])
def test_only_the_cell_with_the_long_word_breaks_it(tmp_path, source):
    from pypdf import PdfReader

    from itvt_lib.publishing.pdf import print_pdf

    html, target = tmp_path / "nycklar.html", tmp_path / "nycklar.pdf"
    html.write_text(_sheet(source), encoding="utf-8")
    with ThreadPoolExecutor(1) as worker:  # a browser of another test may hold the loop
        worker.submit(print_pdf, html, target, CHROMIUM).result()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    words = text.replace("\u00a0", " ").split()
    result = ([w for w in ("2023", "2024", "Nyckeldatum", "Not", "Källa") if w not in words],
              text.replace("\u00a0", " ").count("\u221211 603"),
              source in "".join(text.split()))
    expected = ([], 2, True)
    assert result == expected
