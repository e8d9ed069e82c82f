"""The committee's total label (namnd_kort) written as a "– varav" row ("– varav SeN IT")
is a bad parameter: the kostnadsställe table read its sum row as one more varav-row under
Kommungemensamma and its footnote said falsely that the varav-rows summed to 52 859 tkr,
twice the 26 430 shown."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import ParamError


def _namnd_kort(params, value: str) -> None:
    defaults = params / "defaults.yaml"
    text = defaults.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if x.startswith("namnd_kort:"))
    defaults.write_text(text.replace(line, f'namnd_kort: "{value}"\n'), encoding="utf-8")


@pytest.mark.parametrize("value", ["– varav SeN IT", "-varav SeN IT", "VARAV SeN IT"])
@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_total_label_read_as_a_varav_row_is_a_bad_parameter(params, value, period):
    _namnd_kort(params, value)
    with pytest.raises(ParamError, match=rf'namnd_kort: "{value}" läses som en varav-rad'):
        areas.open_report(period, params_dir=params)
