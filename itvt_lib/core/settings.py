"""The typed parameter model (pydantic v2): every key of params/*.yaml, its type and range.

params/defaults.yaml documents each key; `core.params.load_params` validates every params
file, the CLI's overrides and their merged result against `Params`. Every section forbids
unknown keys, every number must be finite. A section's fields all have defaults, so one
file may set only some keys (files are merged key by key); items of a list are whole.
Rules that compare two keys (e.g. yellow below green) run on the merged result only.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

MERGED = "merged"  # validation context key: True when the whole merged result is validated

Number = Annotated[float, Field()]
NonNegative = Annotated[float, Field(ge=0)]
Positive = Annotated[float, Field(gt=0)]
Share = Annotated[float, Field(ge=0, le=1)]
Percent = Annotated[float, Field(ge=0, le=100)]
Increase = Annotated[float, Field(gt=-100)]

TIME_PATTERN = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def problem(message: str) -> PydanticCustomError:
    """A validation error whose message is shown as written."""
    return PydanticCustomError("param", "{text}", {"text": message})


class Section(BaseModel):
    """Base of every part of the model: unknown keys, type coercion and NaN/∞ are errors."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False,
                              validate_default=False)


def _merged(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get(MERGED))


class Meeting(Section):
    """The committee meeting that treats the report (start page)."""

    datum: str | None = None
    tid: str | None = None
    plats: str | None = None

    @field_validator("datum", mode="before")
    @classmethod
    def _date_text(cls, value):
        if isinstance(value, datetime):
            raise problem(f"{value.isoformat(sep=' ')!r} is not a date YYYY-MM-DD")
        return value.isoformat() if isinstance(value, date) else value

    @field_validator("datum")
    @classmethod
    def _real_date(cls, value):
        if value is not None:
            try:
                valid = bool(DATE_PATTERN.fullmatch(value)) and date.fromisoformat(value)
            except ValueError:
                valid = False
            if not valid:
                raise problem(f"{value!r} is not a date YYYY-MM-DD")
        return value

    @field_validator("tid", mode="before")
    @classmethod
    def _quoted_time(cls, value):
        if isinstance(value, int) and not isinstance(value, bool):
            raise problem(f"{value!r} is not a time HH:MM (write it in quotes, e.g. \"09:00\")")
        return value

    @field_validator("tid")
    @classmethod
    def _real_time(cls, value):
        if value is not None and not TIME_PATTERN.fullmatch(value):
            raise problem(f"{value!r} is not a time HH:MM (00:00–23:59)")
        return value


class Arende(Section):
    """One item of business (ärende) treated at the meeting."""

    rubrik: str
    diarienummer: str | None = None
    beslut: str | None = None


class Kommentar(Section):
    """The controller's comments per page."""

    driftredovisning: str | None = None


class Investeringar(Section):
    """Investments page (notebook 05)."""

    kommentar: str | None = None
    total_bokslut: str | None = None
    total_manad: str | None = None


class ResultatRule(Section):
    """Resultat: green at ≥ green_at tkr, yellow down to a (negative) share of nettokostnad."""

    green_at: Number = 0
    yellow_down_to_share_of_nettokostnad: Annotated[float, Field(ge=-1, le=0)] = -0.01


class DriftRule(Section):
    """Drift per kommun: green when |drift| ≤ a share of the budget, yellow within a wider one."""

    green_within_share_of_budget: Share = 0.01
    yellow_within_share_of_budget: Share = 0.05

    @model_validator(mode="after")
    def _yellow_wider(self, info: ValidationInfo):
        if _merged(info) and self.yellow_within_share_of_budget < self.green_within_share_of_budget:
            raise problem(f"yellow_within_share_of_budget ({self.yellow_within_share_of_budget:g})"
                          f" is below green_within_share_of_budget "
                          f"({self.green_within_share_of_budget:g})")
        return self


class SvarsfrekvensRule(Section):
    """Svarsfrekvens (share 0–1): green at ≥ green_at, yellow at ≥ yellow_at."""

    green_at: Share = 0.80
    yellow_at: Share = 0.60

    @model_validator(mode="after")
    def _yellow_lower(self, info: ValidationInfo):
        if _merged(info) and self.yellow_at > self.green_at:
            raise problem(f"yellow_at ({self.yellow_at:g}) is above green_at ({self.green_at:g})")
        return self


class Status(Section):
    """Colour rules of the start page's key figures."""

    resultat: ResultatRule = Field(default_factory=ResultatRule)
    drift: DriftRule = Field(default_factory=DriftRule)
    svarsfrekvens: SvarsfrekvensRule = Field(default_factory=SvarsfrekvensRule)


class Projekttid(Section):
    """Project hours (notebook 03): tolerances of the sum of projects vs Totalsumma."""

    tolerance_timmar: NonNegative = 0.5
    tolerance_kr: NonNegative = 0.5


class FinancingModel(Section):
    """A financing model: a driver per pool (kostnadsställe), an optional equal base fee."""

    name: str
    driver: str
    pools: dict[str, str] | None = None
    grundavgift_procent: Percent = 0
    andelar: dict[str, NonNegative] | None = None


class Upprakning(Section):
    """Next year's budget increase in percent: a default and per kontogrupp."""

    default: Increase = 0
    kontogrupper: dict[str, Increase] | None = None


class Huvudbok(Section):
    """Ledger exports (data/huvudbok/)."""

    omappat_status: Literal["fail", "warn"] = "fail"


def _unique_names(items, what: str):
    seen = set()
    for n, item in enumerate(items or [], start=1):
        if item.name is not None and item.name in seen:
            raise problem(f"the name {item.name!r} is used twice (item {n}); {what} "
                          "names must be unique")
        seen.add(item.name)
    return items


class Params(Section):
    """All parameters of a period: defaults.yaml, then <period>.yaml, then CLI flags."""

    namnd: str | None = None
    namnd_kort: str | None = None
    verksamhet: str | None = None
    controller: str | None = None
    meeting: Meeting | None = None
    arenden: list[Arende] | None = None
    kommentar: Kommentar = Field(default_factory=Kommentar)

    tolerance_tkr: NonNegative = 1
    share_decimals: Annotated[int, Field(ge=0, le=6)] = 1
    hours_per_fte: Positive = 2080
    notebook_timeout_s: Positive = 600

    status: Status = Field(default_factory=Status)
    projekttid: Projekttid = Field(default_factory=Projekttid)
    investeringar: Investeringar = Field(default_factory=Investeringar)
    huvudbok: Huvudbok = Field(default_factory=Huvudbok)

    financing_models: list[FinancingModel] | None = None
    upprakning_procent: Upprakning | None = None

    @field_validator("financing_models")
    @classmethod
    def _unique_models(cls, value):
        return _unique_names(value, "financing model")
