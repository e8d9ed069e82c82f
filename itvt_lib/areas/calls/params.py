"""Calls' parameters: the colour rule of the service desk's svarsfrekvens."""

from __future__ import annotations

from pydantic import Field, ValidationInfo, model_validator

from ...core.settings import Section, Share, merged, problem


class SvarsfrekvensRule(Section):
    """Svarsfrekvens (share 0–1): green at ≥ green_at, yellow at ≥ yellow_at."""

    green_at: Share = 0.80
    yellow_at: Share = 0.60

    @model_validator(mode="after")
    def _yellow_lower(self, info: ValidationInfo):
        if merged(info) and self.yellow_at > self.green_at:
            raise problem(f"yellow_at ({self.yellow_at:g}) är större än green_at "
                          f"({self.green_at:g})")
        return self


PARAMS = {"status.svarsfrekvens": (SvarsfrekvensRule, Field(default_factory=SvarsfrekvensRule))}
