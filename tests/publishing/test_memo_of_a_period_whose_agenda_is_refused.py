"""`itvt beslutsunderlag --period 2024-02` beside an agenda `itvt check` refuses (an item
linking page "99", no page of the packet, or one moved from a meeting before the period
ended) wrote the memo, exit 0, while `itvt check` and `itvt run` refused those params
(exit 2, one line): the memo is of a period whose report cannot be published.
The memo refuses them with the same line, before anything is written (the command's and
the workbench's memo alike)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.publishing import memo

MODEL = "Växeln efter samtal"


@pytest.mark.parametrize("old, new, expected", [
    ('sidor: ["01", "02", "05"]', 'sidor: ["01", "02", "99"]',
     r'arenden\[3\]\.sidor: "99" är ingen sida i rapporten'),
    ('    rapport: "2024-02"\n', '    rapport: "2024-02"\n    flyttat_fran: "2024-02-07"\n',
     r"arenden\[3\]\.flyttat_fran: sammanträdet 2024-02-07 ligger inte efter rapportens slut"),
])
def test_a_memo_beside_an_agenda_check_refuses_is_refused(tmp_path, params, old, new,
                                                          expected):
    path = params / "meetings" / "2024-03-06.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    ctx = open_report("2024-02", params_dir=params)
    with pytest.raises(ParamError, match=rf"2024-03-06\.yaml: {expected}"):
        memo.write_memo(ctx, memo.chosen_model(ctx, MODEL), tmp_path / "out",
                        log=lambda line: None, with_pdf=False)
    result = sorted(p.name for p in (tmp_path / "out").rglob("*"))
    expected_files = []
    assert result == expected_files
