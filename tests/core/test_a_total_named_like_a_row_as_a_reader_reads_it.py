"""A total row's label reads as a row of the same name when a reader cannot tell them
apart: case, spacing, the kind of space, Unicode form and invisible characters aside, as
every other name (`settings.name_key`); visible differences keep them apart."""

import pytest

from itvt_lib.core.reference import row_twin

ROWS = ["Nätverk", "Licenser och avtal", "IT Herrljunga"]


@pytest.mark.parametrize(("label", "expected"), [
    ("Nätverk", "Nätverk"),
    ("NÄTVERK", "Nätverk"),
    ("Licenser  och\tavtal", "Licenser och avtal"),
    ("Licenser\u00a0och avtal", "Licenser och avtal"),
    ("Nät\u200bverk", "Nätverk"),              # a zero-width space
    ("Nät\u00adverk", "Nätverk"),              # a soft hyphen
    ("Na\u0308tverk", "Nätverk"),              # ä as a + combining diaeresis (NFD)
    ("ＩＴ Herrljunga", "IT Herrljunga"),       # full-width letters (NFKC)
    ("IT Herrljunga\u034f", "IT Herrljunga"),  # a combining grapheme joiner
    ("Natverk", None),
    ("Nätverk 2", None),
    ("Licenser och avtal.", None),
])
def test_a_total_label_is_a_rows_twin_when_a_reader_cannot_tell_them_apart(label, expected):
    result = row_twin(label, ROWS)

    assert result == expected
