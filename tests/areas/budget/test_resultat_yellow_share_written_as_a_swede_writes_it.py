"""The resultat's yellow limit is read like every other number in params: "−0,01" (minus
sign, decimal comma) is −1 %, as green_at "−50" is −50 tkr; it was refused as no number."""

from __future__ import annotations

import pytest

from itvt_lib.areas import open_report


@pytest.mark.parametrize("written", ['"−0,01"', '"-0,01"', "-0.01"])
def test_yellow_share_with_a_minus_sign_or_a_decimal_comma(dataset, params_dir, written):
    path = params_dir / "2024-02.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nstatus:\n  resultat:\n"
                    f"    yellow_down_to_share_of_nettokostnad: {written}\n", encoding="utf-8")
    ctx = open_report("2024-02", params_dir=params_dir, dataset=dataset)
    result = ctx.params.status.resultat.yellow_down_to_share_of_nettokostnad
    expected = -0.01
    assert result == expected
