"""A financing model's name in any params file (modeller.yaml too) is a heading on page 80,
the sheets and the memo: one line of at most NAME_MAX characters, as the workbench's form
takes it; else bad input naming the file and the model, never published as written."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.areas.financing.params import NAME_MAX
from itvt_lib.core.errors import ParamError


@pytest.mark.parametrize(("name", "reason"), [
    ('"Lika\\ndelar"', "radbrytning"),
    ('"Lika\\tdelar"', "tabb"),
    ("L" * (NAME_MAX + 1), f"{NAME_MAX + 1} tecken långt; använd högst {NAME_MAX}"),
])
def test_a_model_name_not_on_one_line_or_too_long_is_bad_input(params, name, reason):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {name}\n    driver: lika\n", encoding="utf-8")
    with pytest.raises(ParamError, match=rf"modeller\.yaml:\d+: financing_models\[1\]\.name: "
                                         rf".*{reason}"):
        load_params("2024-02", params)


def test_a_model_name_of_the_longest_length_is_read(params):
    (params / "modeller.yaml").write_text(
        f"financing_models:\n  - name: {'L' * NAME_MAX}\n    driver: lika\n", encoding="utf-8")
    result = [m.name for m in load_params("2024-02", params).financing_models][-1]
    expected = "L" * NAME_MAX
    assert result == expected
