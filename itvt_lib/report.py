"""Report protocol (DESIGN.md): each domain module offers, for a period, `summary`,
`key_figures` and `checks`; start page and checks page gather them from here.

A notebook starts with `report.open_report(...)`, which resolves the period, loads and
validates the data and merges the parameters: the validation cell after `parameters`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import ParamError
from .io import Dataset, load_dataset
from .params import load_params
from .periods import Period, parse_period_param

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
    """A figure for the start page: name, value, unit, status colour and its rule."""

    name: str
    value: float | None
    unit: str
    status: str = ""  # green, yellow, red, or "" when no rule applies
    rule: str = ""
    decimals: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


def compare(area: str, description: str, expected, actual, tolerance: float,
            differ_status: str = FAIL, note: str = "") -> Check:
    """Check that |actual − expected| ≤ tolerance; a non-zero difference within it is an
    avrundningsdifferens (pass), beyond it `differ_status`."""
    if expected is None or actual is None or expected != expected or actual != actual:
        return Check(area, description, expected, actual, tolerance, WARN,
                     note or "uppgift saknas")
    difference = abs(float(actual) - float(expected))
    if difference <= tolerance + 1e-9:
        rounding = "avrundningsdifferens" if difference > 1e-9 else ""
        return Check(area, description, expected, actual, tolerance, PASS,
                     "; ".join(x for x in (rounding, note if difference > 1e-9 else "") if x))
    return Check(area, description, expected, actual, tolerance, differ_status, note)


def traffic_light(value: float, green_at: float, yellow_at: float) -> str:
    """green when value ≥ green_at, yellow when ≥ yellow_at, else red (higher is better)."""
    if value is None or value != value:
        return ""
    return "green" if value >= green_at else "yellow" if value >= yellow_at else "red"


def band_light(deviation: float, green_within: float, yellow_within: float) -> str:
    """green when |deviation| ≤ green_within, yellow when ≤ yellow_within, else red."""
    if deviation is None or deviation != deviation:
        return ""
    size = abs(deviation)
    return "green" if size <= green_within else "yellow" if size <= yellow_within else "red"


@dataclass
class ReportContext:
    """What every notebook and the start page work from: period, data and parameters."""

    period: Period
    dataset: Dataset
    params: dict
    data_dir: Path
    params_dir: Path | None = None
    extra: dict = field(default_factory=dict)

    @property
    def tolerance(self) -> float:
        return float(self.params.get("tolerance_tkr", 1))


def reportable_periods(dataset: Dataset) -> list[Period]:
    """Periods with a budget for their year and a prognos made then (or, in December,
    the year's utfall), oldest first."""
    from . import budget

    return budget.reportable_periods(budget.drift_for(dataset))


def resolve_period(period, dataset: Dataset) -> Period:
    """`latest` is the newest reportable period; anything else must parse as YYYY-MM."""
    if str(period) == "latest":
        periods = reportable_periods(dataset)
        if not periods:
            raise ParamError("period: no reportable period in the data")
        return periods[-1]
    return parse_period_param(period)


def validate_period(dataset: Dataset, period: Period) -> None:
    """Run each domain module's checks of bad input that depend on the period."""
    from .registry import domain_modules

    for module in domain_modules():
        hook = getattr(module, "validate_period", None)
        if hook is not None:
            hook(dataset, period)


def open_report(period="latest", data_dir=None, params_dir=None, overrides=None,
                dataset: Dataset | None = None) -> ReportContext:
    """Load and validate data and parameters for a period (raises InputError if bad)."""
    dataset = dataset if dataset is not None else load_dataset(data_dir)
    resolved = resolve_period(period, dataset)
    validate_period(dataset, resolved)
    params = load_params(resolved, params_dir, overrides)
    ctx = ReportContext(resolved, dataset, params, dataset.data_dir,
                        Path(params_dir) if params_dir else None)
    validate_params(ctx)
    return ctx


def validate_params(ctx: ReportContext) -> None:
    """Run each domain module's checks of its parameters (a bad one is a ParamError)."""
    from .registry import domain_modules

    for module in domain_modules():
        hook = getattr(module, "validate_params", None)
        if hook is not None:
            hook(ctx)


STATUS_CSS = {PASS: "", WARN: "background-color: #fff1c2", FAIL: "background-color: #f8d3d3"}


def checks_table(checks: list[Check]):
    """Checks as a table for the committee: worst first, then by area, numbers kept numeric."""
    import pandas as pd

    rows = sorted(checks, key=lambda c: (STATUS_ORDER[c.status], c.area))
    return pd.DataFrame({
        "Område": [c.area for c in rows],
        "Kontroll": [c.description for c in rows],
        "Status": [STATUS_SV[c.status] for c in rows],
        "Förväntat": [c.expected for c in rows],
        "Faktiskt": [c.actual for c in rows],
        "Tolerans": [c.tolerance for c in rows],
        "Anmärkning": [c.note for c in rows],
    }), [STATUS_CSS[c.status] for c in rows]


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


def gather(ctx: ReportContext) -> dict:
    """Summaries, key figures, checks and data coverage of every domain module."""
    from .registry import domain_modules

    result = {"summaries": {}, "key_figures": {}, "checks": [], "no_data": []}
    for module in domain_modules():
        area = module.AREA
        covered = module.has_data(ctx.dataset, ctx.period)
        if not covered and getattr(module, "OPTIONAL", False):
            result["checks"].extend(module.checks(ctx))
            continue  # an optional input (the ledger) is not news when it is absent
        if not covered:
            result["no_data"].append(area)
        result["summaries"][area] = module.summary(ctx) if covered else []
        result["key_figures"][area] = module.key_figures(ctx) if covered else []
        result["checks"].extend(module.checks(ctx))
    result["checks"].sort(key=lambda c: STATUS_ORDER[c.status])
    return result
