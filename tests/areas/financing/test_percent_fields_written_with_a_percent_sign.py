"""A financing model's percentages written as a controller writes them in Notepad,
`grundavgift_procent: 20 %` or `andelar: {Herrljunga: "43,6 %", …}`, stopped `itvt check`
with `"20 %" har ett procenttecken, som inte hör hemma här` (the field is in percent), and
`{Herrljunga: 43,6 %, …}` with `andelar.6 %: ett tomt värde är inget tal`. A percent field
(grundavgift, fixed shares, uppräkning) reads "%" as the workbench's percent boxes do; the
comma inside braces is named with the number it split, and its line."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import validate_params
from itvt_lib.core.errors import ParamError

MODEL = ("financing_models:\n"
         "- name: Egen\n"
         "  driver: befolkning\n"
         "  pools: {{Telefonväxel: fast}}\n"
         "  grundavgift_procent: {grund}\n"
         "  andelar: {{Herrljunga: {h}, Vårgårda: {v}}}\n"
         "  upprakning_procent: {{default: {d}, kontogrupper: {{Personalkostnader: {p}}}}}\n")
PLAIN = {"grund": "20", "h": "43.6", "v": "56.4", "d": "2.5", "p": "3"}


def _model(data_dir, params, **written):
    (params / "modeller.yaml").write_text(MODEL.format(**{**PLAIN, **written}),
                                          encoding="utf-8")
    ctx = open_report("2024-02", data_dir, params)
    validate_params(ctx)
    return ctx.params.financing_models[-1]


@pytest.mark.parametrize("written", [
    {"grund": "20 %", "h": '"43,6 %"', "v": '"56,4 %"', "d": '"2,5 %"', "p": '"3 %"'},
    {"grund": "20%", "h": '"43,6%"', "v": '"56,4%"', "d": "2.5 %", "p": "3%"},
    {"grund": '"20,0 %"', "h": '"43.6 %"', "v": "56.4 %", "d": '"2.5%"', "p": '"3,0 %"'},
    {"grund": '"20"', "h": '"43,6"', "v": '"56,4"', "d": '"2,5"', "p": '"3,0"'},
    {"grund": "20\u00a0%", "h": '"43,6\u00a0%"', "v": '"56,4\u202f%"', "d": '"+2,5 %"',
     "p": '"3 %"'},
])
def test_a_percent_written_with_its_sign_is_the_figure_written(data_dir, params, written):
    result = _model(data_dir, params, **written)
    expected = _model(data_dir, params)
    assert result == expected
    assert (result.grundavgift_procent, result.andelar["Herrljunga"]) == (20, 43.6)


@pytest.mark.parametrize(("written", "expected"), [
    ({"h": "43,6 %", "v": "56,4 %"},
     r':6: financing_models\[1\]\.andelar\.Herrljunga: 43,6 % inom \{…\} läses som två poster '
     r'\(kommat skiljer dem\); skriv "43,6 %" inom citattecken$'),
    ({"grund": "20 %%"}, r':5: financing_models\[1\]\.grundavgift_procent: "20 %%" är inte'),
    ({"grund": '"% 20"'}, r':5: financing_models\[1\]\.grundavgift_procent: "% 20" är inte'),
    ({"d": '"2.500 %"'}, r':7: financing_models\[1\]\.upprakning_procent\.default: "2\.500 %" '
                         r"kan läsas som"),
])
def test_a_percent_that_is_no_number_is_one_line_naming_the_line(data_dir, params, written,
                                                                 expected):
    with pytest.raises(ParamError, match=r"^\S*modeller\.yaml" + expected):
        _model(data_dir, params, **written)
