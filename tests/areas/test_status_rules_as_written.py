"""A key figure's colour rule is stated on the start page with the thresholds the params
give. They were rounded to whole percent or tkr, so a yellow limit of −0,5 % of
nettokostnad read "−1 %", a drift band of 1,5 % read "±2 %" and a green resultat from
0,5 tkr read "≥ 1 tkr" (and 1 732,5 hours per årsarbetare "1 733"), while the colour was decided by the threshold written."""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, budget, calls, open_report, projects


def _rules(dataset, params_dir, text: str, area) -> str:
    period = "2023-12" if area is calls else "2024-02"   # the service desk's data: 2023
    path = params_dir / f"{period}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")
    ctx = open_report(period, params_dir=params_dir, dataset=dataset)
    return " | ".join(k.rule for k in area.key_figures(ctx))


@pytest.mark.parametrize(("text", "area", "expected"), [
    ("status:\n  resultat:\n    yellow_down_to_share_of_nettokostnad: -0.005", budget,
     "gul ned till −0,5 % av nettokostnaden"),
    ("status:\n  resultat:\n    green_at: 0.5", budget, "grön vid resultat ≥ 0,5 tkr"),
    ("status:\n  drift:\n    green_within_share_of_budget: 0.015\n"
     "    yellow_within_share_of_budget: 0.0525", allocation,
     "grön inom ±1,5\u00a0% av kommunens budget, gul inom ±5,25\u00a0%"),
    ("status:\n  svarsfrekvens:\n    green_at: 0.8125\n    yellow_at: 0.6", calls,
     "grön vid ≥ 81,25\u00a0%, gul vid ≥ 60,0\u00a0%"),
    ("hours_per_fte: 1732.5", projects, "timmar / (1\u00a0732,5 timmar per årsarbetare"),
])
def test_a_colour_rule_states_the_thresholds_as_written(dataset, params_dir, text, area,
                                                        expected):
    result = _rules(dataset, params_dir, text, area)
    assert expected in result


def test_the_default_rules_read_as_before(dataset, params_dir):
    result = _rules(dataset, params_dir, "", budget) + _rules(dataset, params_dir, "", allocation)
    assert "gul ned till −1 % av nettokostnaden" in result
    assert "grön inom ±1\u00a0% av kommunens budget, gul inom ±5\u00a0%" in result
