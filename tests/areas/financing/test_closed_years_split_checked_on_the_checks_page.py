"""Hostile run 37d (areas/financing): page 80's history table shows each model's cost per
kommun for the closed years too. A closed year whose kostnadsställen's utfall
(kostnadsstalle_netto.csv) misses the nettokostnad of record (bokslut_totaler.csv) made a
model's 2022 costs sum to 23 770 beside the current model's 23 270, its accumulated
difference 500 tkr off, with every check of `itvt check --period 2024-02` passed (only the
memo refused it). The checks now hold each closed year's split to its nettokostnad."""

from __future__ import annotations

import pytest

from itvt_lib.areas import financing, gather, open_report

ROW = "2022,2022-12,utfall,Kommunspecifikt Herrljunga,"


def closed_year_checks(data_dir, herrljunga: int) -> dict:
    path = data_dir / "kostnadsstalle_netto.csv"
    text = path.read_text(encoding="utf-8")
    assert f"{ROW}371\n" in text
    path.write_text(text.replace(f"{ROW}371\n", f"{ROW}{herrljunga}\n"), encoding="utf-8")
    return {c.description: c for c in gather(open_report("2024-02", data_dir))["checks"]
            if c.area == financing.AREA and "(utfall 2022)" in c.description}


@pytest.mark.parametrize("herrljunga, actual, status", [(371, 23270.0, "pass"),
                                                         (871, 23770.0, "fail")])
def test_a_closed_years_split_is_checked_against_its_nettokostnad(data_dir, herrljunga,
                                                                   actual, status):
    checks = closed_year_checks(data_dir, herrljunga)

    result = checks["Lika delar: kostnaden per kommun summerar till nettokostnaden "
                    "(utfall 2022)"]
    assert (result.expected, result.actual, result.status) == (23270.0, actual, status)


def test_the_current_model_keeps_the_year_of_record(data_dir):
    checks = closed_year_checks(data_dir, 871)

    result = checks["Nuvarande modell: kostnaden per kommun summerar till nettokostnaden "
                    "(utfall 2022)"]
    assert (result.actual, result.status) == (23270.0, "pass")
