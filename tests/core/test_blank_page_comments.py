"""A controller's comment that is set but blank (`kommentar: ""`) printed a "Kommentar"
heading over nothing on the investments page (and an empty paragraph on page 01); a
blank controller name was already bad input, a blank comment is now too: one line naming
the file and the key. A comment left out still prints the page's default text."""

from __future__ import annotations

import re

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.params import text


def _edit(params, old, new):
    path = params / "2024-02.yaml"
    source, found = re.subn(old, new, path.read_text(encoding="utf-8"), count=1)
    assert found, old
    path.write_text(source, encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "key"), [
    (r"kommentar: Prognos enligt budget\.", 'kommentar: "  "', r"investeringar\.kommentar"),
    (r"driftredovisning: >-\n(    .*\n)+", r'driftredovisning: "\\u00a0"\n',
     r"kommentar\.driftredovisning"),
], ids=["investments", "operating-statement"])
def test_a_blank_comment_is_bad_input(params, old, new, key):
    _edit(params, old, new)
    with pytest.raises(ParamError, match=rf"2024-02\.yaml: {key}: är tom") as info:
        load_params("2024-02", params)
    assert "\n" not in str(info.value)


def test_a_comment_left_out_prints_the_default(params):
    _edit(params, r"investeringar:.*\n  kommentar: Prognos enligt budget\.\n", "")
    result = text(load_params("2024-02", params), "investeringar", "kommentar", default="x")
    assert result == "x"
