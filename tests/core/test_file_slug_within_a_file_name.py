"""A model's name as a file-name part (`core.paths.file_slug`) fits a file name with room
for the memo's prefix, date and number: 60 letters of four bytes each ("𝔸", "𠀀") made
"Beslutsunderlag-…-2026-12-04.html" longer than the 255 bytes a file name may have, so
the export and the memo failed ("namnet är för långt; välj en annan mapp")."""

from __future__ import annotations

import pytest

from itvt_lib.core.paths import SLUG_MAX, file_slug


@pytest.mark.parametrize(("name", "expected"), [
    ("𝔸" * 80, "𝔸" * 45),
    ("𠀀" * 61, "𠀀" * 45),
    ("中" * 80, "中" * SLUG_MAX),
    ("ö" * 80, "ö" * SLUG_MAX),
    ("Växeln efter samtal", "växeln-efter-samtal"),
], ids=["math-letters", "cjk-extension-b", "cjk", "o-umlaut", "plain"])
def test_a_slug_fits_a_file_name(name, expected):
    result = file_slug(name)
    assert result == expected
    assert len(f"Beslutsunderlag-{result}-2026-12-04-99.html".encode()) <= 255


def test_an_export_of_a_long_name_of_wide_letters_is_written(tmp_path, session, params):
    from itvt_lib.workbench import Workbench
    from itvt_lib.workbench.results import Session

    bench = Workbench(Session(params_dir=params, dataset=session.dataset), "2024-02",
                      outputs_dir=tmp_path / "outputs", debounce=0)
    bench.name.value = "𝔸" * 70
    result = bench.export()
    assert result is not None and result.exists()
