"""A report published on request although a check fails says so wherever it is read: on
every page (each may be printed alone) above the page's content with a link to the checks
page, atop every sheet of tabeller.xlsx, in the archive's status column, and in runs.log;
a good run says none of it.

The failing check: Summa kostnader 2023 of record 35 545 (annual report 2023,
data/bokslut_totaler.csv) made 35 645, 100 tkr from the sum of its rows."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest
from conftest import html_text, registry_import, run_cli, write_notebook

pytestmark = pytest.mark.slow

BANNER = re.compile(r'<p class="itvt-banner" role="alert">(.*?)</p>', re.S)


@pytest.fixture
def two_pages(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    write_notebook(folder, "01-ok.ipynb", registry_import(), "print('ok')",
                   "import pandas as pd\nfrom itvt_lib.core.presentation import committee_table"
                   "\ncommittee_table(pd.DataFrame({'Kommun': ['A'], 'Belopp': [1.0]}), "
                   "caption='Belopp per kommun')")
    write_notebook(folder, "90-kontroller.ipynb", registry_import(), "print('kontroller')")
    return folder


def _run(data_dir, notebooks, output, *flags):
    result = run_cli("run", "--period", "2024-02", "--data-dir", data_dir, "--notebooks-dir",
                     notebooks, "--output-dir", output, *flags)
    assert result.returncode == 0, result.stderr
    page = (output / "2024-02" / "01-ok.html").read_text(encoding="utf-8")
    archive = html_text((output / "index.html").read_text(encoding="utf-8"))
    log = json.loads((output / "runs.log").read_text(encoding="utf-8").splitlines()[-1])
    book = openpyxl.load_workbook(output / "2024-02" / "tabeller.xlsx")
    firsts = [sheet.cell(1, 1).value for sheet in book.worksheets]
    return page, archive, log, firsts


def test_a_forced_publish_says_so_on_each_page_the_archive_and_the_log(data_dir, two_pages,
                                                                       tmp_path):
    path = data_dir / "bokslut_totaler.csv"
    text = path.read_text(encoding="utf-8")
    assert "2023,summa_kostnader,,35545" in text
    path.write_text(text.replace("2023,summa_kostnader,,35545", "2023,summa_kostnader,,35645"),
                    encoding="utf-8")

    page, archive, log, firsts = _run(data_dir, two_pages, tmp_path / "out",
                                      "--publish-with-failed-checks")

    banner = BANNER.search(page)
    assert banner, "no banner on the page"
    assert html_text(banner.group(1)).startswith(
        "1 kontroll visar fel: siffrorna i rapporten stämmer inte med underlaget och "
        "rapporten publicerades ändå på begäran. Se kontrollsidan")
    assert 'href="90-kontroller.html"' in banner.group(1)
    assert re.search(r'<main[^>]*>\s*<p class="itvt-banner"', page)  # above the content
    assert "Publicerad trots fel" in archive
    assert "alla perioder publicerade, 2024-02 trots fel i kontrollerna" in archive
    assert log["published_with_failed_checks"] == ["2024-02"]
    assert firsts and all(f.startswith("1 kontroll visar fel: siffrorna i rapporten") for f in
                          firsts)   # every sheet of tabeller.xlsx


def test_a_good_run_says_none_of_it(data_dir, two_pages, tmp_path):
    page, archive, log, firsts = _run(data_dir, two_pages, tmp_path / "out")

    assert not BANNER.search(page)
    assert "Publicerad" in archive and "trots fel" not in archive
    assert "alla perioder publicerade" in archive
    assert log["published_with_failed_checks"] == []
    assert firsts and all(f.startswith("Källa: ") for f in firsts)
