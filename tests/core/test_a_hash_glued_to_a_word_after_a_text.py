"""A controller's comment "Prognos enligt budget, se ärende #3." lost "#3." silently, and
"kommentar: #3 Prognos" lost all of it: YAML reads " #" as the start of a comment, and the
page printed the text cut short or not at all. A plain text (or an empty value) followed
by a # glued to a word is now refused, naming the line, and so is such a # on the line
below a plain text, indented where the text would go on (a wrapped "    #3 från februari"
line was dropped the same way); a comment written "# text", a quoted "#3", and a comment
line where the text cannot go on (a commented-out key or item at its mapping's or list's
column, after a closed [ ] or { } or a comment) are read as before."""

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
    # on the line below a plain text, indented where the text would go on
    ("kommentar:\n  driftredovisning: Prognosen följer beslutet i ärende\n"
     "    #3 från februari och visar ett underskott.\n", 3),
    ("investeringar:\n  kommentar: Prognos enligt\n    budget, se\n\n    #3 i dagordningen\n",
     5),
    ("meeting:\n  inledning:\n    - Upprop\n      #2 Val av justerare\n", 4),
    ("meeting:\r\n  inledning: [Upprop,\r\n    #2 Val av justerare\r\n  ]\r\n", 3),
    ("controller: Hanna\n #2 Larsson\n", 2),
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
    # a comment line where the text cannot go on: a commented-out key or item at its
    # mapping's or list's column, after a closed [ ] or { } or a comment, in a block scalar
    ("financing_models:\n  - name: Lika delar\n    #driver: befolkning\n    driver: lika\n",
     {"financing_models": [{"name": "Lika delar", "driver": "lika"}]}),
    ("huvudbok:\n  #omappat_status: warn\n  omappat_status: fail\n",
     {"huvudbok": {"omappat_status": "fail"}}),
    ("meeting:\n  inledning:\n    - Upprop\n    #- Val av justerare\n",
     {"meeting": {"inledning": ["Upprop"]}}),
    ("controller: Hanna Larsson\n#kommentar:\n", {"controller": "Hanna Larsson"}),
    ("controller: Hanna\n  # the controller\n", {"controller": "Hanna"}),
    ("financing_models:\n  - name: Växeln\n    pools: {Telefonväxel: samtal}\n"
     "      #pools: {Telefonväxel: befolkning}\n",
     {"financing_models": [{"name": "Växeln", "pools": {"Telefonväxel": "samtal"}}]}),
    ("controller: Hanna # the controller\n  #2 Larsson\n", {"controller": "Hanna"}),
    ("kommentar:\n  driftredovisning: >-\n    Prognos enligt\n    #3 i dagordningen\n",
     {"kommentar": {"driftredovisning": "Prognos enligt #3 i dagordningen"}}),
])
def test_a_comment_written_with_a_space_is_read(tmp_path, text, expected):
    path = tmp_path / "2024-02.yaml"
    path.write_text(text, encoding="utf-8")
    result = read_yaml(path)
    assert result == expected
