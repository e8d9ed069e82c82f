"""Stated shares that do not sum to 100 are bad input, and the message says the sum in
Swedish form: "56,836 %", "(±0,1)" ("56.836 %", "±0.1" before, in a Swedish line)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, load_dataset
from itvt_lib.core.errors import DataError


def test_a_stated_share_sum_is_said_with_a_decimal_comma(data_dir):
    path = data_dir / "befolkning.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("2022-11-01,Herrljunga,,43.6,", "2022-11-01,Herrljunga,,0.436,"),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"andelarna 2022-11-01 summerar till 56,836 %, inte "
                                        r"100 \(±0,1\)"):
        load_dataset(data_dir)


def test_a_models_share_sum_is_said_with_a_decimal_comma(ctx_2024):
    model = {"name": "F", "driver": "fast", "andelar": {"Herrljunga": 43.6, "Vårgårda": 56.2}}
    with pytest.raises(Exception, match=r"andelarna summerar till 99,8 %, inte 100"):
        financing.compare(ctx_2024.dataset, ctx_2024.period,
                          financing.typed_models([financing.CURRENT_MODEL, model]))
