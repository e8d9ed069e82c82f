"""An error message stays one line (core/errors.py, one_line) when the value it quotes
holds a line break other than \\n and \\r: a line separator (U+2028) pasted from a web
page in a kommun name printed the `fel:` line as two lines."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError, one_line


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_a_unicode_line_break_is_shown_escaped(char):
    result = one_line(f'kommun: "Her{char}rljunga" finns inte')
    expected = f'kommun: "Her\\u{ord(char):04x}rljunga" finns inte'
    assert result == expected
    assert len(result.splitlines()) == 1


def test_a_data_error_quoting_a_line_separator_is_one_line():
    error = DataError("data/befolkning.csv", 'okänd kommun "Her\u2028rljunga"', 2, "kommun")
    result = str(error).splitlines()
    expected = ['data/befolkning.csv:2: kommun: okänd kommun "Her\\u2028rljunga"']
    assert result == expected
