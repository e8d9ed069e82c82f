"""A text that begins with & ("&Prognos enligt budget") was read as an anchor named
"Prognos" on the text "enligt budget": the page printed the comment without its first
word, with no error. An anchor on a text that no alias uses is now refused, naming the
line; an anchor an alias uses is read as before."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize("text", [
    "investeringar:\n  kommentar: &Prognos enligt budget.\n",
    "arenden:\n  - rubrik: &Co IT-frågor\n",
    "kommentar: {driftredovisning: &x text}\n",
])
def test_an_anchor_no_alias_uses_is_refused(tmp_path, text):
    path = tmp_path / "2024-02.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml:\d: ogiltig YAML: ett & i början av "
                                         "en text läses som ett ankare"):
        read_yaml(path)


def test_an_anchor_an_alias_uses_is_read(tmp_path):
    path = tmp_path / "2024-02.yaml"
    path.write_text("controller: &namn Hanna Larsson\nmeeting:\n  sekreterare: *namn\n",
                    encoding="utf-8")
    result = read_yaml(path)
    expected = {"controller": "Hanna Larsson", "meeting": {"sekreterare": "Hanna Larsson"}}
    assert result == expected
