"""An anchor written twice (`a: &x A` and `b: &x B`) and a list begun on its key's line
(`inledning: - Upprop`) were one line quoting PyYAML's English ("second occurrence",
"sequence entries are not allowed here"); each is now said in Swedish."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "line", "expected"), [
    ("a: &x A\nb: &x B\nc: *x\n", 2, r"ett ankare \(&namn\) står två gånger"),
    ("inledning: - Upprop\n", 1, r"ett - \(en listpunkt\) där ingen lista kan börja"),
])
def test_a_yaml_problem_is_said_in_swedish(tmp_path, text, line, expected):
    path = tmp_path / "2024-02.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=rf"2024-02\.yaml:{line}: ogiltig YAML: {expected}"):
        read_yaml(path)
