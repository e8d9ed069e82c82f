"""Hostile cases against the Beslutsunderlag (publishing/memo.py): an output
folder that is a file or whose scenarier/ leads out of it is one line and exit 2, nothing
written outside; a model name typed or saved on a Mac (NFD) is the same name."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

import pytest
from conftest import run_cli, tree_snapshot

from itvt_lib.core.errors import InputError
from itvt_lib.publishing import memo

WHEN = datetime(2026, 12, 3, 14, 5)
MODEL = "Lika delar"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_memo_into_an_output_folder_that_is_a_file_is_refused(ctx_2024, tmp_path):
    folder = tmp_path / "utdata"
    folder.write_text("not a folder")
    with pytest.raises(InputError, match="utdata"):
        memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), folder, when=WHEN,
                        who="Test", with_pdf=False)
    assert folder.read_text() == "not a folder"


def test_memo_refuses_a_scenarier_folder_that_is_a_symlink_out_of_the_output_folder(
        ctx_2024, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep")
    output = tmp_path / "outputs"
    output.mkdir()
    (output / memo.FOLDER).symlink_to(outside)
    expected = tree_snapshot(outside)
    with pytest.raises(InputError, match="scenarier"):
        memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), output, when=WHEN,
                        who="Test", with_pdf=False)
    assert tree_snapshot(outside) == expected


@pytest.mark.slow
def test_cli_memo_into_a_file_is_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "utdata"
    folder.write_text("not a folder")
    result = run_cli("beslutsunderlag", "--modell", MODEL, "--output-dir", str(folder))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "utdata" in result.stderr


def test_memo_finds_a_model_by_its_name_typed_on_a_mac(ctx_2024):
    result = memo.chosen_model(ctx_2024, nfd("Växeln efter samtal")).name
    assert result == "Växeln efter samtal"


@pytest.mark.parametrize("name, expected", [
    (nfd("Lika delar är bäst"), "lika-delar-är-bäst"),
    ("Lika delar är bäst", "lika-delar-är-bäst"),
])
def test_memo_file_name_keeps_the_letters_of_a_name_in_either_unicode_form(name, expected):
    result = memo.memo_stem(name, WHEN.date())
    assert result == f"Beslutsunderlag-{expected}-2026-12-03"


def test_a_fresh_output_folder_holding_only_the_memos_is_still_usable_by_itvt_run(
        ctx_2024, tmp_path):
    from itvt_lib.publishing import outputs

    folder = tmp_path / "outputs"
    memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), folder, when=WHEN,
                    who="Test", with_pdf=False)
    result = outputs.OutputFolder.check(folder)
    assert result is False   # not claimed yet, and not refused


def test_a_scenarier_symlink_in_a_fresh_output_folder_is_refused_by_itvt_run(tmp_path):
    from itvt_lib.publishing import outputs

    folder = tmp_path / "outputs"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (folder / memo.FOLDER).symlink_to(tmp_path / "elsewhere")
    with pytest.raises(outputs.OutputError, match=re.escape(str(folder))):
        outputs.OutputFolder.check(folder)


def test_memo_of_a_name_unfit_for_a_file_makes_no_folder(ctx_2024, tmp_path):
    model = memo.chosen_model(ctx_2024, MODEL).model_copy(update={"name": ".."})
    with pytest.raises(InputError, match="filnamn"):
        memo.write_memo(ctx_2024, model, tmp_path / "outputs", when=WHEN, who="Test",
                        with_pdf=False)
    assert not (tmp_path / "outputs").exists()


def test_memo_whose_chromium_fails_to_print_keeps_the_html_and_says_one_line(
        ctx_2024, tmp_path, monkeypatch):
    fake = tmp_path / "chromium"
    fake.write_text('#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Chromium 120.0"; '
                    "exit 0; fi\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("ITVT_CHROMIUM", str(fake))
    said = []
    result = memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), tmp_path / "out",
                             when=WHEN, who="Test", log=said.append)
    assert [p.suffix for p in result] == [".html"]
    assert sorted(p.name for p in (tmp_path / "out" / "scenarier").iterdir()) == [
        result[0].name]
    assert len(said) == 1 and "HTML skrevs utan PDF" in said[0]
