"""Texts that show nothing or carry a control character. An ärende title, the
controller's name or a financing model's name made only of invisible characters (a
zero-width space, a soft hyphen) passed the blank check and printed as nothing; a C1
control character (U+0080–U+009F, what text decoded twice brings) passed into pages and
workbooks. Both are bad input now, named by file and key (or line and column)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset, load_params
from itvt_lib.core.errors import DataError, ParamError, blank, unshowable

INVISIBLE = ["\u200b", "\u00ad", "\u2060 \u00a0", "\ufeff\u200d"]


@pytest.mark.parametrize(("text", "expected"), [
    *((t, True) for t in INVISIBLE), ("", True), (" \t", True), ("a\u200b", False),
    ("Vårgårda", False), ("\u2212", False),
])
def test_a_text_is_blank_when_it_shows_nothing(text, expected):
    assert blank(text) is expected


@pytest.mark.parametrize("text", INVISIBLE)
def test_an_agenda_title_of_invisible_characters_is_bad_input(params, text):
    escaped = text.encode("unicode_escape").decode("ascii")
    (params / "2024-02.yaml").write_text(
        f'arenden:\n  - nummer: 1\n    rubrik: "{escaped}"\n', encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml: arenden\[1\]\.rubrik: är tom"):
        load_params("2024-02", params)


@pytest.mark.parametrize("text", INVISIBLE)
def test_a_controller_name_of_invisible_characters_is_bad_input(params, text):
    escaped = text.encode("unicode_escape").decode("ascii")
    (params / "2024-02.yaml").write_text(f'controller: "{escaped}"\n', encoding="utf-8")
    with pytest.raises(ParamError, match=r"2024-02\.yaml: controller: är tom"):
        load_params("2024-02", params)


@pytest.mark.parametrize("text", INVISIBLE)
def test_a_model_name_of_invisible_characters_is_bad_input(params, text):
    escaped = text.encode("unicode_escape").decode("ascii")
    (params / "modeller.yaml").write_text(
        f'financing_models:\n  - {{name: "{escaped}", driver: lika}}\n', encoding="utf-8")
    with pytest.raises(ParamError, match=r"modeller\.yaml:\d+: financing_models\[1\]\.name: "
                                         "namnet saknas"):
        load_params("2024-02", params)


@pytest.mark.parametrize("char", ["\x80", "\x85", "\x96", "\x9f"])
def test_a_c1_control_character_is_unshowable(char):
    assert f"U+{ord(char):04X}" in unshowable(f"Vår{char}gårda")


@pytest.mark.parametrize("char", ["\xa0", "\u2013", "\xe5"])
def test_characters_just_above_the_c1_controls_are_showable(char):
    assert unshowable(f"Vår{char}gårda") is None


def test_a_c1_control_in_a_data_cell_is_bad_input_naming_it(data_dir):
    path = data_dir / "befolkning.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("Förvaltningsberättelse", "Förvaltnings\x85berättelse")
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match=r"befolkning\.csv:2: source: texten innehåller "
                                        "styrtecknet U\\+0085"):
        load_dataset(data_dir)


def test_a_c1_control_in_a_params_text_is_bad_input(params):
    (params / "2024-02.yaml").write_text('controller: "Hanna\\x85Larsson"\n', encoding="utf-8")
    with pytest.raises(ParamError, match=r"controller: texten innehåller styrtecknet U\+0085"):
        load_params("2024-02", params)


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\udc85"])
def test_a_lone_surrogate_escaped_in_a_params_text_is_bad_input(params, escape):
    (params / "2024-02.yaml").write_text(f'controller: "Hanna {escape} Larsson"\n',
                                         encoding="utf-8")
    with pytest.raises(ParamError, match=r"controller: texten innehåller U\+D[89A-F][0-9A-F]{2}, "
                                         "en halv surrogat"):
        load_params("2024-02", params)
