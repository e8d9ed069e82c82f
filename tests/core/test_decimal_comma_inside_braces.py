"""In a mapping written inside braces the comma separates entries, so `{Herrljunga: 43,6}`
is `Herrljunga: 43` and a key `6` without a value: the message names the number that was
split and says to quote it, not "en nyckel ska vara text, inte 6"."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import ParamError
from itvt_lib.core.yaml_files import read_yaml


@pytest.mark.parametrize(("text", "expected"), [
    ("andelar: {Herrljunga: 43,6, Vårgårda: 56,4}\n", r"andelar\.Herrljunga: 43,6 inom"),
    ("u: {kontogrupper: {Personalkostnader: 3,0}}\n",
     r"u\.kontogrupper\.Personalkostnader: 3,0 inom"),
    ("u: {default: -1,25}\n", r"u\.default: -1,25 inom"),
    ("u: {default: 2,05}\n", r"u\.default: 2,05 inom"),
])
def test_a_decimal_comma_inside_braces_names_the_number(tmp_path, text, expected):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=r"p\.yaml:1: " + expected + r" \{…\} läses som två "
                                         r'poster \(kommat skiljer dem\); skriv "'):
        read_yaml(path)


@pytest.mark.parametrize("text", ["u: {a: 1, 2: x}\n", "u: {1: x}\n"])
def test_a_number_key_with_a_value_is_still_a_key_to_quote(tmp_path, text):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParamError, match=r"en nyckel ska vara text"):
        read_yaml(path)


def test_quoted_decimals_inside_braces_are_read(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text('andelar: {Herrljunga: "43,6", Vårgårda: "56,4"}\n', encoding="utf-8")
    result = read_yaml(path)
    expected = {"andelar": {"Herrljunga": "43,6", "Vårgårda": "56,4"}}
    assert result == expected
