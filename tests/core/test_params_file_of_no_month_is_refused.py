"""A period file names a month: `params/2024-13.yaml` or `params/2024-00.yaml` is a typo for
some period (2024-12? 2025-01?) that itvt would never read, so the parameters the
controller meant for that month would silently be the defaults. It is refused as any other
file itvt would not read ("läses inte"); so is a meeting file dated a day no month has."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError


@pytest.mark.parametrize("name", ["2024-13.yaml", "2024-00.yaml", "2024-99.yaml",
                                  "meetings/2024-03-32.yaml", "meetings/2024-13-06.yaml",
                                  "meetings/2024-03-00.yaml"])
def test_a_params_file_of_no_month_or_day_is_refused(params, name):
    (params / name).parent.mkdir(exist_ok=True)
    (params / name).write_text("namnd: X\n", encoding="utf-8")
    with pytest.raises(ParamError, match=r"läses inte .*döp om eller flytta filen"):
        load_params("2024-02", params)


@pytest.mark.parametrize("name", ["2024-12.yaml", "2025-01.yaml", "meetings/2024-03-31.yaml"])
def test_a_params_file_of_a_real_month_or_day_is_read(params, name):
    (params / name).parent.mkdir(exist_ok=True)
    (params / name).write_text("{}\n", encoding="utf-8")
    load_params("2024-02", params)   # no ParamError
