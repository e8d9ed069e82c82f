"""The area registry (itvt_lib.areas): resolving the report period.
"""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import ParamError


def test_latest_without_a_reportable_period_is_a_one_line_error(dataset, monkeypatch):
    monkeypatch.setattr(areas, "reportable_periods", lambda _dataset: [])
    with pytest.raises(ParamError, match="^period: data räcker inte till någon rapportperiod$"):
        areas.resolve_period("latest", dataset)
