"""A SIE 4 file none of whose result rows has an object of the kostnadsställe dimension
carries no kostnadsställe, as a SIE 2 file does: nothing is flagged as ansvar "(tomt)"
(its whole utfall was a failed check no ansvar.csv row could fix)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.ledger.sie import parse_sie

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


def sie(*objects: str) -> bytes:
    vers = []
    for n, obj in enumerate(objects, start=1):
        vers += [f'#VER A {n} 202401{n:02d} ""', "{", f"#TRANS 5011 {obj} 100.00",
                 '#TRANS 1930 {1 "9100"} -100.00', "}"]
    return ("\r\n".join([*HEAD, *vers]) + "\r\n").encode("cp437")


@pytest.mark.parametrize(("objects", "expected"), [
    (["{}", "{}"], [None]),
    (['{6 "P1"}', "{}"], [None]),
    (['{1 "9100"}', "{}"], ["", "9100"]),
])
def test_a_type_4_file_without_the_dimension_has_no_kostnadsstalle(objects, expected):
    result = [a if isinstance(a, str) else None for a in parse_sie(sie(*objects))[0]["ansvar"]]
    assert result == expected


def test_a_type_4_file_without_objects_flags_no_ansvar(data_dir):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "a.se").write_bytes(sie("{}", "{}"))
    mapped = load_dataset(data_dir).tables["huvudbok"]
    result = (mapped["ansvar"].isna().all(), int(mapped["ore"].sum()))
    assert result == (True, 20000)
