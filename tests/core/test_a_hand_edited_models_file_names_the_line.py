"""params/modeller.yaml edited by hand (Notepad: BOM, CRLF) with a bad value stopped
`itvt check` with `modeller.yaml: financing_models[1].underlag.varden.Herrljunga: "1.150"
kan läsas som …`, naming no line, where a tab in the same file named its line; every
refusal of the file names the line of the key now (a key not written: its model's line),
whether the params' types or the data refuse it."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.areas.financing import ModelError, validate_params
from itvt_lib.core.errors import ParamError

SAVED = ("# Financing models saved from the workbench.\n"
         "financing_models:\n"
         "- name: Nuvarande plus\n"
         "  driver: befolkning\n"
         "  grundavgift_procent: 10\n"
         "- name: Samtal typat\n"
         "  driver: befolkning\n"
         "  pools: {Telefonväxel: samtal}\n"
         "  underlag:\n"
         "    fordelningsnyckel: samtal\n"
         "    kalla: angivet i arbetsbänken 2024-03-01, controller\n"
         "    ar: 2023\n"
         "    varden:\n"
         "      Herrljunga: 4000\n"
         "      Vårgårda: 5392\n")


def _write(params, text: str) -> None:
    """As Notepad saves it: a BOM and CRLF line ends."""
    (params / "modeller.yaml").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n")
                                           .encode("utf-8"))


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Herrljunga: 4000", 'Herrljunga: "1.150"',
     r':14: financing_models\[2\]\.underlag\.varden\.Herrljunga: "1\.150" kan läsas som'),
    ("- name: Samtal typat\n  driver", "- driver",
     r":6: financing_models\[2\]\.name: saknas \(krävs\)"),
    ("grundavgift_procent: 10", "grundavgift_procent: 120",
     r":5: financing_models\[1\]\.grundavgift_procent: 120 är större än 100"),
    ("    ar: 2023\n", "    ar: 2023\n    farg: blå\n",
     r":13: financing_models\[2\]\.underlag\.farg: okänd nyckel"),
])
def test_a_bad_value_names_the_line_of_its_key(data_dir, params, old, new, expected):
    _write(params, SAVED.replace(old, new))
    with pytest.raises(ParamError, match=r"^\S*params\S*/modeller\.yaml" + expected):
        open_report("2024-02", data_dir, params)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Vårgårda: 5392", "Vargarda: 5392",
     r':15: financing_models\[2\]\.underlag\.varden\.Vargarda: "Vargarda" finns inte'),
    ("      Vårgårda: 5392\n", "",
     r":13: financing_models\[2\]\.underlag\.varden: värde för 2023 saknas för Vårgårda$"),
])
def test_values_the_data_refuses_name_the_line_of_their_key(data_dir, params, old, new,
                                                             expected):
    _write(params, SAVED.replace(old, new))
    with pytest.raises(ModelError, match=r"^\S*params\S*/modeller\.yaml" + expected):
        validate_params(open_report("2024-02", data_dir, params))


def test_the_file_as_notepad_saves_it_is_read(data_dir, params):
    _write(params, SAVED)
    ctx = open_report("2024-02", data_dir, params)
    validate_params(ctx)
    result = [m.name for m in ctx.params.financing_models][-2:]
    assert result == ["Nuvarande plus", "Samtal typat"]
