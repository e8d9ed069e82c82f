"""A params key written twice, once as typed on a Mac (NFD: "a" + a combining ring) and
once composed (NFC), is one key written twice: every text is read in NFC, so one of the
two values would be dropped unseen (which one she meant would be a guess). Bad input
naming file and line, as a key written twice byte for byte is."""

from __future__ import annotations

import unicodedata

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(("text", "line"), [
    ("andelar:\n  Vårgårda: 56.4\n  Herrljunga: 43.6\n  " + nfd("Vårgårda") + ": 10\n", 4),
    ("pools: {Telefonväxel: samtal, " + nfd("Telefonväxel") + ": befolkning}\n", 1),
    ("a:\n  - <<: [{Intäkter: 5}, {" + nfd("Intäkter") + ": 50}]\n", 2),
], ids=["block", "flow", "merged"])
def test_a_key_written_in_nfc_and_in_nfd_is_a_key_written_twice(tmp_path, text, line):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=rf"x\.yaml:{line}: .*två"):
        read_yaml(path)


def test_keys_that_only_look_alike_in_nfd_stay_two_keys(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("Vårgårda: 1\nVargarda: 2\n" + nfd("Herrljunga") + ": 3\n",
                    encoding="utf-8")
    result = read_yaml(path)
    expected = {"Vårgårda": 1, "Vargarda": 2, "Herrljunga": 3}
    assert result == expected

