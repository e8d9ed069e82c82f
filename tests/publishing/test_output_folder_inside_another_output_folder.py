"""An output folder inside another itvt output folder (a published period, which is a link
into `.builds`, its `notebooks/`, `.builds` or `.failed` itself) is refused: that folder's
next run removes the old build and everything written into it, a memo included, after
`itvt beslutsunderlag` had said where it wrote it with exit 0."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import enclosing_output_folder, scenario_folder
from itvt_lib.publishing.outputs import OutputFolder

BUILD = ".builds/2024-02-20240306T090000000000-4242"


@pytest.fixture
def published(tmp_path):
    """An output folder O as a run leaves it: marker, a build and the period's link to it."""
    out = tmp_path / "O"
    (out / BUILD / "notebooks").mkdir(parents=True)
    (out / ".failed").mkdir()
    (out / ".itvt-output").write_text('{"itvt": 1, "journal": []}\n')
    (out / "2024-02").symlink_to(BUILD)
    return out


INSIDE = ["2024-02", "2024-02/notebooks", "2024-02/ny", ".builds", ".builds/ny", ".failed/x",
          BUILD]


@pytest.mark.parametrize("inner", INSIDE)
def test_the_enclosing_output_folder_is_found_through_the_period_link(published, inner):
    result = enclosing_output_folder(published / inner)
    expected = published.resolve()
    assert result == expected


@pytest.mark.parametrize("inner", INSIDE)
def test_memos_and_exports_inside_another_output_folder_are_refused(published, inner):
    with pytest.raises(InputError, match=r"ligger i utdatamappen .*/O, vars nästa körning "
                                         r"tar bort det som skrivs där; .*Inget skrevs\.$"):
        scenario_folder(published / inner)
    assert not (published / BUILD / "scenarier").exists()
    assert not (published / ".builds" / "scenarier").exists()


@pytest.mark.parametrize("inner", INSIDE)
def test_itvt_run_inside_another_output_folder_is_refused(published, inner):
    with pytest.raises(InputError, match=r"ligger i utdatamappen .*/O, vars nästa körning"):
        OutputFolder.check(published / inner)


@pytest.mark.parametrize("outer", ["O", "ny", "O-2"])
def test_the_output_folder_itself_or_one_beside_it_is_still_usable(published, outer):
    folder = published.parent / outer
    result = enclosing_output_folder(folder)
    assert result is None
    assert scenario_folder(folder).is_dir()
