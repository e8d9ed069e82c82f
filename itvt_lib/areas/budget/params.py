"""The operating statement's parameters: the resultat's colour rule and page 01's comment."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ...core.settings import Number, Read, Section, Text


class ResultatRule(Section):
    """Resultat: green at ≥ green_at tkr, yellow down to a (negative) share of nettokostnad."""

    green_at: Number = 0
    yellow_down_to_share_of_nettokostnad: Annotated[float, Read, Field(ge=-1, le=0)] = -0.01


class Kommentar(Section):
    """The controller's comments per page."""

    driftredovisning: Text | None = None


PARAMS = {"status.resultat": (ResultatRule, Field(default_factory=ResultatRule)),
          "kommentar": (Kommentar, Field(default_factory=Kommentar))}
