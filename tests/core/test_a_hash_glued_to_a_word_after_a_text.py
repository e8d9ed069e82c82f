"""A controller's comment "Prognos enligt budget, se ärende #3." lost "#3." silently, and
"kommentar: #3 Prognos" lost all of it: YAML reads " #" as the start of a comment, and the
page printed the text cut short or not at all. A plain text (or an empty value) followed
by a # glued to a word is now refused, naming the line; a comment written "# text" and a
quoted "#3" are read as before."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "line"), [
    ("investeringar:\n  kommentar: Prognos enligt budget, se ärende #3.\n", 2),
    ("controller: Hanna #2 Larsson\n", 1),
    ("kommentar:\n  driftredovisning: Prognos enligt\n    budget #3 i dagordningen\n", 3),
    ("arenden:\r\n  - rubrik: Punkt #4\r\n", 2),
    ("investeringar:\n  kommentar: #3 Prognos enligt budget.\n", 2),
    ("controller: #Hanna Larsson\n", 1),
])
def test_a_hash_glued_to_a_word_after_a_text_is_refused(tmp_path, text, line):
    path = tmp_path / "2024-02.yaml"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ParamError, match=rf"2024-02\.yaml:{line}: ett # efter ett mellanslag "
                                         "inleder en kommentar"):
        read_yaml(path)


@pytest.mark.parametrize(("text", "expected"), [
    ("controller: Hanna Larsson   # the controller\n", {"controller": "Hanna Larsson"}),
    ('controller: "Hanna #2 Larsson"\n', {"controller": "Hanna #2 Larsson"}),
    ("controller: C#-gruppen\n", {"controller": "C#-gruppen"}),
    ("tolerance_tkr: 1 ## note\n", {"tolerance_tkr": 1}),
])
def test_a_comment_written_with_a_space_is_read(tmp_path, text, expected):
    path = tmp_path / "2024-02.yaml"
    path.write_text(text, encoding="utf-8")
    result = read_yaml(path)
    assert result == expected
