"""A published.csv note holding a pasted file path (about 300 characters, no space) made the
checks page's "Fel och varningar" table 3 390 px wide at 768 px: the Anmärkning column of
every warning ran thousands of pixels to the right, one line each, in the scroll box. On
paper the PDF already let that word break; on screen nothing did. Now a cell holding a word
of more than 40 characters may break inside, on screen too; every other word, in that cell
and the others (figures, dates, Swedish compound words, diarienummer), stays whole."""

from __future__ import annotations

import re

import pytest
from conftest import BROWSER_MARKS

from itvt_lib.publishing import pages

PATH = ("\\\\fs01\\Ekonomi\\" + "_".join(["Servicenamnd_IT_Vaxel_Telefoni_Underlag"] * 7)
        + ".xlsx")
NOTE = f"Förvaltningsberättelsen 2023 (fastställt bokslut) anger 8 tkr, se {PATH}"


def _table(note: str) -> str:
    return ('<table class="itvt-table"><caption>Fel och varningar</caption><thead><tr>'
            "<th>Kontroll</th><th>Status</th><th>Publicerat</th><th>Anmärkning</th></tr>"
            '</thead><tbody><tr><th scope="row">Lokalkostnader, energi, VA, utfall 2023</th>'
            '<td>varning</td><td class="num">\u221217\u00a0750</td>'
            f"<td>{note}</td></tr></tbody></table>")


def _marked(html: str) -> list[str]:
    return re.findall(r'<span class="itvt-break">([^<]*)</span>', html)


@pytest.mark.parametrize("note", [
    NOTE,
    "https://www.herrljunga.se/download/18.6a3f1c2b18d4e5f6a7b8c9d0/1709200000000/"
    "Protokoll_servicenamnd.pdf",
    f"<em>{PATH}</em>",
])
def test_only_the_long_word_may_break(note):
    result = _marked(pages._scrolling_tables(_table(note)))
    assert result == [max(re.sub("<[^>]+>", " ", note).split(), key=len)]


@pytest.mark.parametrize("note", [
    "Budgeten är 14 929 tkr och avvikelsen tryckt som –; summa kostnader 36 721 tkr går ihop "
    "bara med 14 929 tkr",
    "Förvaltningsberättelse (bokslut) för Servicenämnden IT, Växel och Telefoni år 2023",
    "Kommunbidragsavräkningsunderlag ITVT-2024-00020, sammanträdesprotokoll 2024-03-06",
    "Med samma tecken som övriga rader är avvikelsen budget 34\u00a0223 − utfall 35\u00a0545 = "
    "\u22121\u00a0322 tkr",
    "Se Raindance-export RD_huvudbok_2024-02_servicenamnd.xlsx",
    "",
])
def test_ordinary_notes_leave_every_cell_whole(note):
    result = _marked(pages._scrolling_tables(_table(note)))
    assert result == []


@pytest.mark.parametrize("width", [pytest.param(768, marks=BROWSER_MARKS)])
def test_the_warnings_table_stays_near_the_screen_width(browser, tmp_path, width):
    page = tmp_path / "kontroller.html"
    page.write_text('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>t'
                    f"</title><style>{pages.page_css()}</style></head><body><main>"
                    f"{pages._scrolling_tables(_table(NOTE))}</main></body></html>",
                    encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(page.as_uri())
    box = tab.evaluate("() => { const b = document.querySelector('.itvt-scroll');"
                       " return [b.scrollWidth, b.clientWidth]; }")
    lines = tab.evaluate("() => { const r = document.createRange();"
                         " r.selectNodeContents(document.querySelector('td.num'));"
                         " return r.getClientRects().length; }")  # the figure on one line
    whole = tab.evaluate("() => { const cell = document.querySelectorAll('td')[2];"
                         " const word = document.createElement('span');"
                         " word.textContent = 'Förvaltningsberättelsen'; cell.appendChild(word);"
                         " const room = cell.clientWidth - 2 * parseFloat("
                         "getComputedStyle(cell).paddingLeft);"
                         " return word.getBoundingClientRect().width <= room; }")
    context.close()
    result = (box[0] <= box[1], lines, whole)  # the note's ordinary words stay whole
    assert result == (True, 1, True)


LINK = ("https://www.vargarda.se/download/18.5c1b8d7a18e1f2a3b4c5d6e7/1709553600000/"
        "Oversyn_av_servicenamnderna_slutrapport_2024-02-15.pdf")


@pytest.mark.parametrize(("underlag", "expected"), [
    (LINK, (1, 0)),
    ("muntlig information", (0, 0)),
    ("Protokollsutdrag 2024-02-15, Förvaltningsberättelse (bokslut) 2023", (0, 1)),
])
def test_a_pasted_link_on_the_start_pages_agenda_may_break(underlag, expected):
    html = pages._jinja().from_string("<td>{{ u | nowrap_dates }}</td>").render(u=underlag)
    result = (len(_marked(html)), html.count('<span class="itvt-nowrap">2024-02-15</span>'))
    assert result == expected
