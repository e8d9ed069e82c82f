"""The Beslutsunderlag's file (publishing/memo.py) on a full disk leaves no temporary
file in outputs/scenarier/; a dangling link at the PDF's name is a name taken, so the memo
gets the next number and the link is left as it was."""

from __future__ import annotations

import errno
import os
from datetime import datetime

import pytest

from itvt_lib.core.errors import InputError
from itvt_lib.publishing import memo

WHEN = datetime(2026, 12, 3, 14, 5)
MODEL = "Lika delar"


def test_a_memo_on_a_full_disk_leaves_nothing(ctx_2024, tmp_path, monkeypatch):
    def disk_full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(memo.os, "fsync", disk_full)
    with pytest.raises(InputError, match="disken är full"):
        memo.write_memo(ctx_2024, memo.chosen_model(ctx_2024, MODEL), tmp_path / "out",
                        when=WHEN, who="Test", with_pdf=False)
    result = sorted(p.name for p in (tmp_path / "out" / memo.FOLDER).iterdir())
    assert result == []


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_a_dangling_link_at_the_memos_name_gives_the_next_number(ctx_2024, tmp_path, suffix):
    model = memo.chosen_model(ctx_2024, MODEL)
    folder = tmp_path / "out" / memo.FOLDER
    folder.mkdir(parents=True)
    link = folder / f"{memo.memo_stem(model.name, WHEN.date())}{suffix}"
    link.symlink_to(tmp_path / "nowhere")
    result = memo.write_memo(ctx_2024, model, tmp_path / "out", when=WHEN, who="Test",
                             with_pdf=False)
    expected = [folder / f"{memo.memo_stem(model.name, WHEN.date())}-2.html"]
    assert result == expected
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()
