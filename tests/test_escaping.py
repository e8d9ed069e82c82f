"""Free text from data and parameters never becomes live HTML, and never mathtext."""

from __future__ import annotations

import re

import nbformat
import pytest
import yaml
from conftest import run_cli

pytestmark = pytest.mark.slow

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>$x$"


def _replace_everywhere(folder, old: str, new: str) -> None:
    for path in folder.rglob("*.csv"):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def evil_report(tmp_path_factory):
    """Both periods run on data and params whose free text carries markup and mathtext."""
    root = tmp_path_factory.mktemp("evil")
    import shutil

    from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR

    data, params = root / "data", root / "params"
    shutil.copytree(DATA_DIR, data)
    shutil.copytree(PARAMS_DIR, params)
    # kommun, kontogrupp, kostnadsställe, project, ticket type and follow-up texts
    for old in ("Herrljunga", "Personalkostnader", "IT Gemensamt", "Förrätt", "Order",
                "infört", "Digitalisering"):
        _replace_everywhere(data, old, old + EVIL)
    for name in ("defaults.yaml", "2023-12.yaml", "2024-02.yaml"):
        path = params / name
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        content["namnd"] = "Servicenämnd " + EVIL
        content.setdefault("kommentar", {})["driftredovisning"] = "Kommentar " + EVIL
        for arende in content.get("arenden", []):
            arende["rubrik"] += EVIL
            arende["beslut"] += EVIL
        path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    output = root / "outputs"
    result = run_cli("run", "--period", "2023-12", "--period", "2024-02", "--data-dir", data,
                     "--params-dir", params, "--output-dir", output)
    assert result.returncode == 0, result.stderr
    return output


def test_no_page_holds_live_markup_from_data(evil_report):
    pages = sorted(evil_report.rglob("*.html"))
    assert len(pages) >= 10
    escaped_somewhere = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.lower(), page
        assert not re.search(r"<img[^>]*\bsrc=x", html), page
        assert "onerror=alert" not in re.sub(r"&lt;img src=x onerror=alert\(2\)&gt;", "", html), page
        escaped_somewhere += html.count("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert escaped_somewhere > 10  # the texts did reach the pages, escaped


def test_charts_keep_dollar_signs_literal(evil_report):
    for path in sorted((evil_report / "2023-12" / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert errors == [], path.name
        warnings = [o for c in nb.cells for o in c.get("outputs", [])
                    if o.output_type == "stream" and o.name == "stderr"]
        assert not any("mathtext" in w.text.lower() for w in warnings), path.name
