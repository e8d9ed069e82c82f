"""An input changed while a period's notebooks run (a scheduled export rewriting
data/huvudbok/ during `itvt run`): every notebook reads the inputs anew, so page 01 showed
the ledger as it was when the run started, the checks page read the new one, and every
page's footer carried the first inputs' fingerprint; the period was published with exit 0.
Now the period fails (exit 1, one line naming the file) and nothing is published."""

from __future__ import annotations

import pytest
from conftest import registry_import, run_cli, write_notebook

pytestmark = pytest.mark.slow

EXPORT = ("Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\\n"
          "2024-01-15;1;5011;9100;;1000,00;lön\\n")
WRITES_AN_EXPORT = ("from pathlib import Path\n"
                    "folder = Path(data_dir) / 'huvudbok'\n"
                    "folder.mkdir(exist_ok=True)\n"
                    f"(folder / 'transaktion-2024.csv').write_text('{EXPORT}', encoding='utf-8')")


@pytest.mark.parametrize(("source", "code", "published"), [
    (WRITES_AN_EXPORT, 1, False),
    ("print(data_dir)", 0, True),
])
def test_period_whose_inputs_change_while_it_runs_is_not_published(tmp_path, data_dir,
                                                                     source, code, published):
    """TEST: a notebook after the first writes data/huvudbok/transaktion-2024.csv (or
    only reads the parameter)."""
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks, "01-ok.ipynb", registry_import(), "print('ok')")
    write_notebook(notebooks, "02-export.ipynb", source, parameters="data_dir = None")
    output = tmp_path / "outputs"
    result = run_cli("run", "--period", "2024-02", "--data-dir", data_dir, "--notebooks-dir",
                     notebooks, "--output-dir", output, timeout=300)
    assert result.returncode == code, result.stderr
    assert (output / "2024-02" / "index.html").exists() == published
    if not published:
        assert ("huvudbok/transaktion-2024.csv: lades till, ändrades eller togs bort medan "
                "rapporten byggdes") in result.stderr
        assert [line[:4] for line in result.stderr.splitlines()
                if not line.startswith(("[", "varning: 2024-02: startsidans"))] == ["fel:"]
