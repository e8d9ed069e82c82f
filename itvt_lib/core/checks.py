"""The report protocol's records: Check (a reconciliation with a verdict) and KeyFigure
(a start-page figure with its colour rule), and the rules that make them.

See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

from .formatting import Kind, round_half_away

PASS, WARN, FAIL = "pass", "warn", "fail"
STATUS_ORDER = {FAIL: 0, WARN: 1, PASS: 2}
STATUS_SV = {PASS: "godkänd", WARN: "varning", FAIL: "fel"}


@dataclass(frozen=True)
class Check:
    """A reconciliation: expected vs actual within tolerance, with a verdict."""

    area: str
    description: str
    expected: float | str | None
    actual: float | str | None
    tolerance: float
    status: str
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class KeyFigure:
    """A figure for the start page: name, value, unit (which declares its kind:
    `core.formatting.kind_of`, or a Kind itself), status colour and its rule; with
    `published` the differing printed figure, marked, and `note` the reason."""

    name: str
    value: float | None
    unit: str | Kind
    status: str = ""  # green, yellow, red, or "" when no rule applies
    rule: str = ""
    decimals: int = 0
    published: float | None = None  # the printed figure where the source printed another
    note: str = ""  # why they differ (or another caveat), shown beside the figure

    def as_dict(self) -> dict:
        return asdict(self)


def compare(area: str, description: str, expected, actual, tolerance: float,
            differ_status: str = FAIL, note: str = "") -> Check:
    """Check that |actual − expected| ≤ tolerance, the difference as a spreadsheet takes it
    (`figure_difference`: 29 452 820,57 − 29 452 818,07 kr is 2,5, not 2,5000000037); a
    non-zero difference within it is an avrundningsdifferens (pass), beyond it
    `differ_status`."""
    if expected is None or actual is None or expected != expected or actual != actual:
        return Check(area, description, expected, actual, tolerance, WARN,
                     note or "uppgift saknas")
    difference = figure_difference(actual, expected)
    if difference <= tolerance + 1e-9:
        rounding = "avrundningsdifferens" if difference > 1e-9 else ""
        return Check(area, description, expected, actual, tolerance, PASS,
                     "; ".join(x for x in (rounding, note if difference > 1e-9 else "") if x))
    return Check(area, description, expected, actual, tolerance, differ_status, note)


def figure_difference(actual: float, expected: float) -> float:
    """|actual − expected| between the figures to 15 significant digits, as a spreadsheet
    holds them (`as_computed_by_hand`), subtracted exactly."""
    return float(abs(Decimal(f"{float(actual):.15g}") - Decimal(f"{float(expected):.15g}")))


def as_computed_by_hand(bound: float) -> float:
    """A threshold to 15 significant digits, as a spreadsheet or a reader computes it
    (0.009 × 12 000 is 108, not 107.99999999999999)."""
    return float(f"{float(bound):.15g}")


def share_of_shown(share: float, base: float) -> float:
    """A colour rule's share of a base as the reader takes it: of the base as shown (whole
    tkr, half away from zero), so 1 % of a budget 12 499,6 shown 12 500 is 125, not 124,996."""
    return share * round_half_away(float(base))


def traffic_light(value: float, green_at: float, yellow_at: float) -> str:
    """green when value ≥ green_at, yellow when ≥ yellow_at, else red (higher is better)."""
    if value is None or value != value:
        return ""
    green_at, yellow_at = as_computed_by_hand(green_at), as_computed_by_hand(yellow_at)
    return "green" if value >= green_at else "yellow" if value >= yellow_at else "red"


def band_light(deviation: float, green_within: float, yellow_within: float) -> str:
    """green when |deviation| ≤ green_within, yellow when ≤ yellow_within, else red."""
    if deviation is None or deviation != deviation:
        return ""
    size = abs(deviation)
    green_within = as_computed_by_hand(green_within)
    yellow_within = as_computed_by_hand(yellow_within)
    return "green" if size <= green_within else "yellow" if size <= yellow_within else "red"


def checks_by_area(checks: list[Check]) -> dict[str, list[Check]]:
    """Checks grouped by area; areas with a failure first, then with a warning."""
    ordered = sorted(checks, key=lambda c: STATUS_ORDER[c.status])
    return {area: [c for c in ordered if c.area == area]
            for area in dict.fromkeys(c.area for c in ordered)}


def count_checks(checks: list[Check]) -> dict[str, int]:
    """How many checks passed, warned and failed."""
    return {status: sum(1 for c in checks if c.status == status) for status in STATUS_SV}


def checks_sentence(counts: dict[str, int]) -> str:
    """Swedish count of checks: "12 kontroller: 9 godkända, 3 varningar och 0 fel."."""
    total = sum(counts.values())
    return (f"{total} kontroller: {counts[PASS]} godkända, {counts[WARN]} "
            f"{'varning' if counts[WARN] == 1 else 'varningar'} och {counts[FAIL]} fel.")


def contradictions_of(area: str) -> str:
    """The checks-page group of an area's contradictions in the papers (warnings: shown as
    printed and footnoted on the page): "<area>: motsägelser i underlaget"."""
    return f"{area}: motsägelser i underlaget"
