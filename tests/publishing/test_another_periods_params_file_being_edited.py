"""The checks of a meeting's agenda read other periods' files: the period file of each
item's packet (its meeting) and the agenda of a later meeting treating it. A run of 2023-12
was refused with the YAML error of 2024-02.yaml, or of the agenda 2024-02.yaml names, while
that file was being written, though nothing of 2023-12 was wrong. Such a file is the error
of the periods that read it as their own, and their runs say so."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.publishing.runner import RunOptions, check

BROKEN = "kommentar: [\n"


@pytest.mark.parametrize(("broken", "written"), [
    ("2024-02.yaml", BROKEN), ("meetings/2024-04-10.yaml", BROKEN),
    ("2024-02.yaml", "arenden: Förvaltningsberättelse\n"),   # no list: no agenda
])
def test_another_periods_unreadable_file_leaves_this_period_alone(params, broken, written):
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"2024-03-06"', '"2024-04-10"'),
                    encoding="utf-8")
    (params / "meetings" / "2024-04-10.yaml").write_text(
        'meeting:\n  datum: "2024-04-10"\n', encoding="utf-8")
    path = params / broken
    path.write_text(path.read_text(encoding="utf-8") + written, encoding="utf-8")
    result = [len(failing) for _, failing in
              check(RunOptions(periods=["2023-12"], params_dir=params))]
    assert result == [0]


def test_the_period_whose_file_is_unreadable_is_still_refused(params):
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + BROKEN, encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml:\d+: ogiltig YAML"):
        check(RunOptions(periods=["2024-02"], params_dir=params))
