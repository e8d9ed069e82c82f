"""Hostile params folders (core/params.py): a writing-direction control in a text
(it would reverse the figures after it on the pages) or a control character (no workbook
can hold it) is bad input; YAML nested deeper than
any params file needs is one line, not a RecursionError; a key written twice in one mapping
(which one counts would be a guess) is bad input; a params file that is a FIFO or a device
is refused before it is read (it would hang, or read without end)."""

from __future__ import annotations

import os

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


def _append(params, text):
    path = params / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _edit(params, old, new):
    path = params / "2024-02.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "key"), [
    ("controller: Hanna Larsson", 'controller: "Hanna\\u202e Larsson"', "controller"),
    ("prognostiserar en budget", "prognostiserar \u202d en budget", r"kommentar\.driftredovisning"),
    ("controller: Hanna Larsson", 'controller: X\nfinancing_models:\n  - {name: "M\\u2066x", '
     "driver: lika}", r"financing_models\[1\]\.name"),
    ("controller: Hanna Larsson", 'controller: X\nfinancing_models:\n  - {name: "M\\vx", '
     "driver: lika}", r"financing_models\[1\]\.name"),
    ("controller: Hanna Larsson", 'controller: "Hanna\\eLarsson"', "controller"),
], ids=["controller", "kommentar", "model-name", "vertical-tab", "escape"])
def test_an_unshowable_character_in_a_params_text_is_bad_input(params, old, new, key):
    _edit(params, old, new)
    with pytest.raises(ParamError, match=rf"2024-02\.yaml: {key}: .*(skrivriktning|styrtecknet)"):
        load_params("2024-02", params)


@pytest.mark.parametrize("text", [
    "namnd: " + "[" * 5000 + "]" * 5000 + "\n",
    "namnd: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
])
def test_yaml_nested_beyond_reason_is_one_line(params, text):
    _append(params, text)
    with pytest.raises(ParamError, match=r"2024-02\.yaml: .*för djupt") as info:
        load_params("2024-02", params)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("text", "line", "key"), [
    ("controller: Someone Else\n", 13, "controller"),
    ("status:\n  resultat:\n    green_at: 0\n    green_at: 5\n", 16, "green_at"),
])
def test_a_key_written_twice_in_one_mapping_is_bad_input(params, text, line, key):
    _append(params, text)
    with pytest.raises(ParamError, match=rf"2024-02\.yaml:{line}: {key}: .*två gånger"):
        load_params("2024-02", params)


@pytest.mark.parametrize("make", [os.mkfifo, lambda p: os.symlink("/dev/zero", p)],
                         ids=["fifo", "dev-zero"])
def test_a_params_file_that_is_no_regular_file_is_refused_unread(params, make):
    path = params / "2024-02.yaml"
    path.unlink()
    make(path)
    with pytest.raises(ParamError, match=r"2024-02\.yaml: är ingen vanlig fil"):
        load_params("2024-02", params)


@pytest.mark.parametrize(("text", "message"), [
    ("---\nnamnd: x\n", r"2024-02\.yaml:13: ogiltig YAML: fler än ett dokument"),
    ("namnd: !!python/object/apply:os.system ['true']\n",
     r"2024-02\.yaml:13: ogiltig YAML: en tagg \(!…\) som itvt inte läser"),
    ("namnd: a\x00b\n", r"2024-02\.yaml: ogiltig YAML: tecknet U\+0000 får inte stå"),
    ("namnd: a\x1bb\n", r"2024-02\.yaml: ogiltig YAML: tecknet U\+001B får inte stå"),
    # a list left open at the end of the file read "(expected the node content, but ...)"
    ("namnd: [\n", r"2024-02\.yaml:14: ogiltig YAML: en lista eller mappning inom \[ \] "
                   r"eller \{ \} avslutas inte innan filen slutar$"),
    ("namnd: ]\n", r"2024-02\.yaml:13: ogiltig YAML: ett tecken \(\] \} , -\) står där ett "
                   r"värde ska stå$"),
], ids=["two-documents", "python-tag", "nul", "escape", "open-list", "stray-bracket"])
def test_yaml_that_pyyaml_refuses_is_named_in_swedish(params, text, message):
    _append(params, text)
    with pytest.raises(ParamError, match=message):
        load_params("2024-02", params)


def test_an_alias_bomb_is_one_line_at_once(params):
    """Nine lists of nine aliases, eight deep ("billion laughs"), kept `check` busy for
    minutes walking 387 million items."""
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
        for i in range(8))
    (params / "2024-02.yaml").write_text(bomb, encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml: ogiltig YAML: alias \(\*namn\) som "
                                         r"växer till fler än 100000 värden"):
        load_params("2024-02", params)


def test_a_meeting_file_that_is_a_fifo_is_refused_not_skipped(params):
    """The agenda vanished from the packet without a word."""
    path = params / "meetings" / "2024-03-06.yaml"
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(ParamError, match=r"meetings/2024-03-06\.yaml: är ingen vanlig fil"):
        load_params("2024-02", params)


def test_a_meeting_date_that_is_a_path_is_never_read(params):
    """`datum: "../../x"` read params/../x.yaml as the meeting's agenda."""
    (params.parent / "x.yaml").write_text("hemlig: 1\n", encoding="utf-8")
    _edit(params, 'datum: "2024-03-06"', 'datum: "../../x"')
    with pytest.raises(ParamError, match=r"2024-02\.yaml: meeting\.datum: .*är inget datum"):
        load_params("2024-02", params)
