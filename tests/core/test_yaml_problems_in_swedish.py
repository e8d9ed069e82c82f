"""A params file that is not YAML in ways a person writes (a Windows path in double quotes,
a name after @, code in backticks, a lone &, text after | on the same line, a list as a
key) was one line quoting PyYAML's English problem; each is now said in Swedish."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "expected"), [
    ('kommentar: "Se G:\\Ekonomi\\rapport"\n', r'ett okänt tecken efter \\ inom "…"'),
    ('kommentar: "tecknet \\u12"\n', r'ett okänt tecken efter \\ inom "…"'),
    ("controller: @hanna\n", "ett tecken som inte kan inleda ett värde"),
    ("kommentar: `kod`\n", "ett tecken som inte kan inleda ett värde"),
    ("kommentar: & och\n", r"ett & eller \* utan namn"),
    ("kommentar: >text\n", r"ett tecken efter \| eller > som inte hör hemma där"),
    ("? [a]\n: 1\n", "en lista eller mappning står som nyckel"),
])
def test_a_yaml_problem_is_said_in_swedish(tmp_path, text, expected):
    path = tmp_path / "2024-02.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml:\d+: ogiltig YAML: " + expected):
        read_yaml(path)
