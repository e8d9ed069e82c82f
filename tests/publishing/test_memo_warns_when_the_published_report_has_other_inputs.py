"""A memo written into an output folder whose published report of the same period was
built from other inputs (a correction of data/ since the run, or page 80's parameters
changed since) says so in one warning line: its figures differ from that report's page 80."""

from __future__ import annotations

import json
import os

import pytest

from itvt_lib.publishing import memo

PERIOD = "2024-02"
OURS = "aaaaaaaaaaaa"
PARAMETERS = {"upprakning_procent": {"default": 0.0, "kontogrupper": {}}, "share_decimals": 1,
              "financing_models": [{"name": "Nuvarande modell", "driver": "befolkning"}],
              "controller": "Hanna Larsson"}
MODELS = ("Nuvarande modell", "Lika delar")


def publish(folder, content: str):
    (folder / PERIOD).mkdir()
    (folder / PERIOD / "manifest.json").write_text(content, encoding="utf-8")


@pytest.mark.parametrize("content", [
    json.dumps({"period": PERIOD, "fingerprint": OURS, "parameters": PARAMETERS}),
    json.dumps({"period": PERIOD, "fingerprint": OURS,
                "parameters": {**PARAMETERS, "controller": "Någon annan"}}),
    json.dumps({"period": PERIOD, "parameters": PARAMETERS}),
    json.dumps({"period": PERIOD, "fingerprint": OURS, "parameters": {
        **PARAMETERS, "financing_models": [*PARAMETERS["financing_models"],
                                           {"name": "Sparad sedan", "driver": "lika"}]}}),
    "{not json",
    "[]",
])
def test_no_warning_when_the_report_agrees_or_tells_nothing(tmp_path, content):
    publish(tmp_path, content)
    result = memo.published_with_other_inputs(tmp_path, PERIOD, OURS, PARAMETERS, MODELS)
    assert result is None


def test_no_warning_without_a_published_report(tmp_path):
    result = memo.published_with_other_inputs(tmp_path, PERIOD, OURS, PARAMETERS, MODELS)
    assert result is None


def test_no_wait_on_a_manifest_that_is_a_fifo(tmp_path):
    (tmp_path / PERIOD).mkdir()
    os.mkfifo(tmp_path / PERIOD / "manifest.json")
    result = memo.published_with_other_inputs(tmp_path, PERIOD, OURS, PARAMETERS, MODELS)
    assert result is None


def test_warning_names_both_fingerprints_and_the_manifest(tmp_path):
    publish(tmp_path, json.dumps({"period": PERIOD, "fingerprint": "bbbbbbbbbbbb",
                                  "parameters": PARAMETERS}))
    result = memo.published_with_other_inputs(tmp_path, PERIOD, OURS, PARAMETERS, MODELS)
    assert result.startswith("varning: ")
    assert "\n" not in result
    for part in ("manifest.json", "bbbbbbbbbbbb", OURS, f"itvt run --period {PERIOD}"):
        assert part in result


@pytest.mark.parametrize("key, value", [
    ("upprakning_procent", {"default": 3.0, "kontogrupper": {}}),
    ("share_decimals", 2),
    ("financing_models", [{"name": "Nuvarande modell", "driver": "lika"}]),
    ("financing_models", [*PARAMETERS["financing_models"],
                          {"name": "Lika delar", "driver": "lika", "grundavgift_procent": 9}]),
])
def test_warning_names_a_page_80_parameter_changed_since(tmp_path, key, value):
    publish(tmp_path, json.dumps({"period": PERIOD, "fingerprint": OURS,
                                  "parameters": {**PARAMETERS, key: value}}))
    result = memo.published_with_other_inputs(tmp_path, PERIOD, OURS, PARAMETERS, MODELS)
    assert result.startswith("varning: ")
    assert f"andra parametrar ({key})" in result
    assert "fingeravtryck" not in result


def test_memo_for_says_the_published_report_is_older_than_the_data(data_dir, params,
                                                                   tmp_path, monkeypatch):
    outputs = tmp_path / "utdata"
    outputs.mkdir()
    publish(outputs, json.dumps({"period": PERIOD, "fingerprint": "bbbbbbbbbbbb",
                                 "parameters": {}}))
    monkeypatch.setattr(memo.pdf, "printer", lambda log: None)
    lines = []
    paths = memo.memo_for("Lika delar", PERIOD, data_dir, params, outputs, log=lines.append)
    result = [line for line in lines if line.startswith("varning: ")]
    assert len(result) == 1
    assert "bbbbbbbbbbbb" in result[0]
    assert [p.suffix for p in paths] == [".html"]
