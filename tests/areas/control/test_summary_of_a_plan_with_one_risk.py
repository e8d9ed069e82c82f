"""A plan of one risk was summarised "omfattar 1 risker"; now "omfattar 1 risk"."""

from __future__ import annotations

import pytest

from itvt_lib.areas import control, open_report


@pytest.mark.parametrize(("kept", "expected"), [
    ({3}, "Internkontrollplanen för 2023 omfattar 1 risk, som har följts upp per 2023-12-31."),
    ({3, 4}, "Internkontrollplanen för 2023 omfattar 2 risker, som har följts upp per "
             "2023-12-31."),
])
def test_summary_of_a_plan_with_one_risk(data_dir, params, kept, expected):
    for name in ("internkontroll.csv", "internkontroll_uppfoljning.csv"):
        path = data_dir / name
        lines = path.read_text(encoding="utf-8").splitlines()
        path.write_text("\n".join([lines[0]] + [line for line in lines[1:]
                                                if int(line.split(",")[1]) in kept]) + "\n",
                        encoding="utf-8")
    result = control.summary(open_report("2023-12", data_dir, params))[0]
    assert result == expected
