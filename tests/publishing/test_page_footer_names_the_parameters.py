"""Every page's footer names the parameters' fingerprint beside the input files' one, and so
does the memo: a params change (a model, share decimals, the tolerance) changes published
figures, and two prints of one period from the same data but other parameters must not
look alike."""

import json
import re

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.periods import Period
from itvt_lib.publishing.pages import footer_html
from tests.conftest import html_text, with_params

MANIFEST = {"period": "2024-02", "started": "2024-03-01T08:00:00",
            "package_version": "test", "fingerprint": "abc123"}


def test_the_footer_shows_the_parameters_fingerprint_beside_the_inputs():
    result = html_text(footer_html({**MANIFEST, "parameters_fingerprint": "def456"}))

    assert "indata abc123 · parametrar def456" in result


def test_a_changed_parameter_changes_the_fingerprint(ctx_2024):
    result = with_params(ctx_2024, share_decimals=2).params.fingerprint()

    assert result != ctx_2024.params.fingerprint()
    assert re.fullmatch(r"[0-9a-f]{12}", result)


def test_the_same_values_laid_out_otherwise_give_the_same_fingerprint(params_dir, ctx_2024):
    path = params_dir / "2024-02.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text("# a comment the controller added\n\n" + text + "\nshare_decimals: 1\n",
                    encoding="utf-8")

    result = load_params(Period.parse("2024-02"), params_dir).fingerprint()

    assert result == ctx_2024.params.fingerprint()


@pytest.mark.slow  # an itvt run (the small report)
def test_a_published_page_and_its_manifest_name_the_runs_parameters(good_report, ctx_2024):
    manifest = json.loads((good_report / "2024-02" / "manifest.json").read_text("utf-8"))
    page = next((good_report / "2024-02").glob("01-*.html"))

    result = html_text(page.read_text(encoding="utf-8"))

    assert manifest["parameters_fingerprint"] == ctx_2024.params.fingerprint()
    assert f"parametrar {manifest['parameters_fingerprint']}" in result


def test_the_memo_names_the_parameters_it_rests_on(ctx_2024):
    from datetime import datetime

    from itvt_lib.publishing import memo

    model = memo.chosen_model(ctx_2024, "Lika delar")
    html = memo.memo_html(ctx_2024, model, datetime(2026, 12, 3), "Test")
    result = html_text(html)

    expected = ctx_2024.params.fingerprint()
    assert f"Parametrar (fingeravtryck) {expected}" in result
    assert f"indata {ctx_2024.dataset.fingerprint()} · parametrar {expected}" in result
