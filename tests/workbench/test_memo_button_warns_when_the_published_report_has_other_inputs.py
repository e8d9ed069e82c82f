"""The workbench's "Beslutsunderlag (PDF)" writes its memo into an output folder whose
published report of the period was built from other data (a correction since the run):
it says so in the status line, as `itvt beslutsunderlag` does (the button wrote the memo
in silence while the published page 80 shows other figures for the same models)."""

from __future__ import annotations

import json

import pytest

from itvt_lib.publishing import memo
from itvt_lib.workbench import Workbench, memo_button
from itvt_lib.workbench.results import Session

PERIOD = "2024-02"


@pytest.fixture
def bench(data_dir, params, tmp_path, monkeypatch):
    """The form over copies of data/ and params/, writing memos (HTML only) to utdata/."""
    monkeypatch.setattr(memo.pdf, "printer", lambda log: None)
    form = Workbench(Session(data_dir, params), PERIOD, outputs_dir=tmp_path / "utdata",
                     debounce=0, memo=memo.write_memo)
    form.name.value = "Min modell"
    form.pool_drivers["Telefonväxel"].value = "lika"
    return form


def publish(bench, fingerprint: str | None) -> None:
    """A published report of the period, from the form's parameters and `fingerprint`."""
    ctx = bench.session.context(PERIOD)
    folder = bench.outputs_dir / PERIOD
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps({
        "period": PERIOD, "fingerprint": fingerprint or ctx.dataset.fingerprint(),
        "parameters": ctx.params.model_dump(mode="json", exclude_none=True)}),
        encoding="utf-8")


@pytest.mark.parametrize(("fingerprint", "expected"), [
    ("bbbbbbbbbbbb", ["varning: ", "bbbbbbbbbbbb", f"itvt run --period {PERIOD}"]),
    (None, []),
])
def test_the_memo_button_says_when_the_published_report_has_other_data(bench, fingerprint,
                                                                        expected):
    publish(bench, fingerprint)
    paths = memo_button.write_memo(bench)
    result = [part for part in ["varning: ", "bbbbbbbbbbbb", f"itvt run --period {PERIOD}"]
              if part in bench.status.value]
    assert result == expected
    assert [p.suffix for p in paths] == [".html"]
