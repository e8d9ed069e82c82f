"""Report periods: a period is a month, `YYYY-MM` (docs/ARCHITECTURE.md, "Periods")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .errors import ParamError

MONTHS_SV = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
_PERIOD_RE = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)   # "٢٠٢٤" is no year


@dataclass(frozen=True, order=True)
class Period:
    """A reporting month; ordering follows time."""

    year: int
    month: int

    @classmethod
    def parse(cls, text) -> Period:
        """Parse `YYYY-MM`; raise ValueError with a short reason otherwise."""
        if isinstance(text, Period):
            return text
        match = _PERIOD_RE.match(str(text).strip())
        if not match:
            raise ValueError(f'"{text}" är ingen period (ÅÅÅÅ-MM)')
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f'"{text}" är ingen period: månad {month:02d} finns inte')
        return cls(year, month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def months_elapsed(self) -> int:
        """Months of the year up to and including this one (year-to-date length)."""
        return self.month

    @property
    def is_year_end(self) -> bool:
        return self.month == 12

    @property
    def outcome_measure(self) -> str:
        """The measure a report compares with budget: utfall at year end, else prognos."""
        return "utfall" if self.is_year_end else "prognos"

    @property
    def month_name(self) -> str:
        return MONTHS_SV[self.month - 1]

    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

    def same_period_last_year(self) -> Period:
        return Period(self.year - 1, self.month)

    def report_title(self) -> str:
        """Swedish title of the report for this period."""
        if self.is_year_end:
            return f"Förvaltningsberättelse {self.last_day.isoformat()}"
        return (f"Månadsrapport per {self.last_day.isoformat()}, "
                f"med prognos per {self.year}-12-31")

    def span_sv(self) -> str:
        """Year-to-date span in Swedish words: "januari till februari"."""
        if self.month == 1:
            return "januari"
        return f"januari till {self.month_name}"


def parse_period_param(text) -> Period:
    """Parse a period given as a parameter; a bad one is a ParamError (exit 2)."""
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise ParamError(f"period: {exc}") from None
