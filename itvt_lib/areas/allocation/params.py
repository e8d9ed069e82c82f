"""The allocation's parameters: the colour rule of drift per kommun."""

from __future__ import annotations

from pydantic import Field, ValidationInfo, model_validator

from ...core.settings import Section, Share, merged, problem


class DriftRule(Section):
    """Drift per kommun: green when |drift| ≤ a share of the budget, yellow within a wider one."""

    green_within_share_of_budget: Share = 0.01
    yellow_within_share_of_budget: Share = 0.05

    @model_validator(mode="after")
    def _yellow_wider(self, info: ValidationInfo):
        if merged(info) and self.yellow_within_share_of_budget < self.green_within_share_of_budget:
            raise problem(f"yellow_within_share_of_budget ({self.yellow_within_share_of_budget:g})"
                          f" är mindre än green_within_share_of_budget "
                          f"({self.green_within_share_of_budget:g})")
        return self


PARAMS = {"status.drift": (DriftRule, Field(default_factory=DriftRule))}
