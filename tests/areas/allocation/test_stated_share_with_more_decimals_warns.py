"""A key stated as andel_procent 43,65 / 56,35 % was silently rounded to 43,7 / 56,3 %
(share_decimals 1): page 02 printed 43,7 % and split the costs by it (8 290 tkr instead of
8 281) with no word. Now the checks page warns, naming file and line; the key stays as the
parameter says. Shares written with no more decimals than share_decimals pass.

Figures: the monthly report per 2024-02-29 (43,6 / 56,4 %), other shares TEST.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, open_report

HEADER = "key_date,kommun,invanare,andel_procent,source\n"
COUNTS = ("2021-11-01,Herrljunga,9510,,test\n2021-11-01,Vårgårda,12176,,test\n")


def _key(data_dir, herrljunga: str, vargarda: str) -> None:
    (data_dir / "befolkning.csv").write_bytes(
        (HEADER + COUNTS + f"2022-11-01,Herrljunga,,{herrljunga},test\n"
         f"2022-11-01,Vårgårda,,{vargarda},test\n").encode("utf-8"))


def _warnings(ctx) -> list[str]:
    return [c.note for c in allocation.checks(ctx) if "share_decimals" in c.description]


def test_two_decimals_at_one_warn(data_dir):
    _key(data_dir, "43.65", "56.35")
    result = _warnings(open_report("2024-02", data_dir))
    assert len(result) == 2
    assert result[0].endswith("befolkning.csv:4: Herrljungas andel 43,65 % har fler decimaler "
                              "än share_decimals (1); nyckeln räknas med andelen avrundad, "
                              "ändra share_decimals i params/ om andelen ska gälla som den "
                              "står")


@pytest.mark.parametrize(("herrljunga", "vargarda", "decimals"), [
    ("43.6", "56.4", 1),     # as the monthly report states it
    ("43.60", "56.40", 1),   # a trailing zero from a spreadsheet
    ("50", "50", 1),
    ("12.5", "87.5", 1),
    ("43.65", "56.35", 2),   # the parameter set to the share's decimals
    ("44", "56", 0),
])
def test_shares_as_rounded_pass(data_dir, params_dir, herrljunga, vargarda, decimals):
    _key(data_dir, herrljunga, vargarda)
    ctx = open_report("2024-02", data_dir, params_dir, {"share_decimals": decimals})
    assert _warnings(ctx) == []
