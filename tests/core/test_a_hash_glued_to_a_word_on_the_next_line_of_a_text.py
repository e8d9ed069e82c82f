"""A controller's comment wrapped onto a line that starts with "#3" ("… beslutet i ärende"
then "    #3 från februari …") lost that line silently: YAML reads a line starting with #
as a comment, and the page printed the text cut short. A # glued to a word on the line
below a plain text, indented where the text would go on, is now refused, naming that
line; a comment line at the indentation of its mapping or list (a commented-out key or
item), one after a closed [ ] or { } or a comment, and a "# text" comment are read as
before."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "line"), [
    ("kommentar:\n  driftredovisning: Prognosen följer beslutet i ärende\n"
     "    #3 från februari och visar ett underskott.\n", 3),
    ("investeringar:\n  kommentar: Prognos enligt\n    budget, se\n\n    #3 i dagordningen\n",
     5),
    ("meeting:\n  inledning:\n    - Upprop\n      #2 Val av justerare\n", 4),
    ("meeting:\r\n  inledning: [Upprop,\r\n    #2 Val av justerare\r\n  ]\r\n", 3),
    ("controller: Hanna\n #2 Larsson\n", 2),
])
def test_a_hash_glued_to_a_word_where_a_text_goes_on_is_refused(tmp_path, text, line):
    path = tmp_path / "2024-02.yaml"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(ParamError, match=rf"2024-02\.yaml:{line}: ett # efter ett mellanslag "
                                         "inleder en kommentar"):
        read_yaml(path)


@pytest.mark.parametrize(("text", "expected"), [
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
def test_a_comment_line_where_a_text_cannot_go_on_is_read(tmp_path, text, expected):
    path = tmp_path / "2024-02.yaml"
    path.write_text(text, encoding="utf-8")
    result = read_yaml(path)
    assert result == expected
