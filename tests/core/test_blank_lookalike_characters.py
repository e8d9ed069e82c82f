"""Characters that render as a blank though Unicode does not call them spaces or format
characters: the Braille blank U+2800, the Hangul fillers (U+3164, U+FFA0, U+115F, U+1160)
and combining marks with nothing to sit on. A total-row label or committee name of them
passed the blank check and printed as nothing. They are blank now; a letter with its
accent is not."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import blank


@pytest.mark.parametrize("text", ["\u2800", "\u3164", "\uffa0", "\u115f\u1160", "\u0301",
                                  " \u0301\u0308 ", "\u2800\u200b"])
def test_a_text_of_blank_lookalikes_is_blank(text):
    assert blank(text) is True


@pytest.mark.parametrize("text", ["e\u0301", "Va\u030argårda", "\u2801", "–", "한"])
def test_a_text_with_a_visible_character_is_not_blank(text):
    assert blank(text) is False
