"""The report areas, in report order, and the protocol each one offers.

An area is a module here: it declares its input tables (`TABLES`), says whether a period
has data (`has_data`), and offers, for a report context, Swedish sentences (`summary`),
start-page figures (`key_figures`) and reconciliations (`checks`). The start page and the
checks page gather these from the registry below; no page parses another page.
Adding an area is a module, its line in `AREAS`, a notebook and its data:
docs/ARCHITECTURE.md, "How to add an area".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol, runtime_checkable

from ..core import ledger as ledger_data
from ..core import notebook_errors, reference
from ..core import params as _params
from ..core.checks import STATUS_ORDER, Check, KeyFigure
from ..core.context import ReportContext
from ..core.data_files import refuse_stray_table_files
from ..core.data_subfolders import refuse_newer_in_subfolders
from ..core.errors import ParamError
from ..core.loading import Dataset, Table
from ..core.loading import load_dataset as _load_tables
from ..core.periods import Period, parse_period_param
from ..core.settings import Params, params_model
from . import (
    allocation,
    annual_report,
    budget,
    calls,
    control,
    financing,
    investments,
    ledger,
    projects,
    staff,
)


@runtime_checkable
class Area(Protocol):
    """What every area module offers (optional hooks: OPTIONAL, validate_period,
    validate_params)."""

    AREA: str  # the area's Swedish name, as the checks page and start page show it
    TABLES: Sequence[Table]  # the input tables the area reads (may be empty)

    def has_data(self, dataset: Dataset, period: Period) -> bool: ...

    def summary(self, ctx: ReportContext) -> list[str]: ...

    def key_figures(self, ctx: ReportContext) -> list[KeyFigure]: ...

    def checks(self, ctx: ReportContext) -> list[Check]: ...


OPTIONAL_HOOKS = ("OPTIONAL", "PARAMS", "validate_period", "validate_params")

# Report order: the start page lists areas in this order.
AREAS: tuple[ModuleType, ...] = (budget, ledger, allocation, projects, calls, investments,
                                 control, staff, financing, annual_report)


def area_modules() -> tuple[ModuleType, ...]:
    """The area modules in report order."""
    return AREAS


def all_tables() -> list[Table]:
    """Every input table: reference and ledger-mapping tables first, then each area's."""
    modules = (reference, ledger_data, *AREAS)
    return [table for module in modules for table in getattr(module, "TABLES", ())]


def refuse_unread_files(dataset: Dataset) -> None:
    """No file of the data folder is named after a table without being read as it
    (`data_files.refuse_stray_table_files`), nor one in a sub-folder holding rows newer
    than the table's (`data_subfolders.refuse_newer_in_subfolders`)."""
    refuse_stray_table_files(dataset.data_dir, {t.name: [c.name for c in t.columns]
                                                for t in all_tables()})
    refuse_newer_in_subfolders(dataset.data_dir, all_tables(), dataset.tables)


def load_dataset(data_dir=None) -> Dataset:
    """Load and validate every table, then read and map the ledger exports."""
    return _load_tables(data_dir, all_tables(),
                        derive=(refuse_unread_files, budget.check_kontogrupp_names,
                                budget.check_kostnadsstalle_names,
                                budget.check_kommunbidrag_sign, ledger_data.attach_ledger))


def reportable_periods(dataset: Dataset) -> list[Period]:
    """Periods with a budget for their year and a prognos made then (or, in December,
    the year's utfall), oldest first."""
    return budget.reportable_periods(budget.drift_for(dataset))


def resolve_period(period, dataset: Dataset) -> Period:
    """`latest` is the newest reportable period; anything else must parse as YYYY-MM."""
    if str(period) == "latest":
        periods = reportable_periods(dataset)
        if not periods:
            raise ParamError("period: data räcker inte till någon rapportperiod")
        return periods[-1]
    return parse_period_param(period)


def params_sections(modules: Sequence[ModuleType]) -> dict:
    """Every area's parameter section (`PARAMS`: key -> (type, default)), in report order."""
    sections: dict = {}
    for module in modules:
        for key, field in getattr(module, "PARAMS", {}).items():
            if key in sections:
                raise ValueError(f"parameter {key!r} is declared by two areas")
            sections[key] = field
    return sections


PARAMS_MODEL: type[Params] = params_model(params_sections(AREAS))


def load_params(period, params_dir=None, overrides: dict | None = None) -> Params:
    """The period's parameters as the whole model (core keys and every area's section)."""
    return _params.load_params(period, params_dir, overrides, model=PARAMS_MODEL)


def validate_period(dataset: Dataset, period: Period) -> None:
    """Run each area's checks of bad input that depend on the period."""
    for module in AREAS:
        hook = getattr(module, "validate_period", None)
        if hook is not None:
            hook(dataset, period)


def validate_params(ctx: ReportContext) -> None:
    """Run each area's checks of its parameters against the data (a bad one: ParamError)."""
    for module in AREAS:
        hook = getattr(module, "validate_params", None)
        if hook is not None:
            hook(ctx)


def open_report(period="latest", data_dir=None, params_dir=None, overrides=None,
                dataset: Dataset | None = None) -> ReportContext:
    """Load and validate data and parameters for a period (raises InputError if bad)."""
    notebook_errors.install()  # in a notebook, bad input shows as one Swedish line
    dataset = dataset if dataset is not None else load_dataset(data_dir)
    resolved = resolve_period(period, dataset)
    validate_period(dataset, resolved)
    params = load_params(resolved, params_dir, overrides)
    ctx = ReportContext(resolved, dataset, params, dataset.data_dir,
                        Path(params_dir) if params_dir else None)
    validate_params(ctx)
    return ctx


def gather(ctx: ReportContext) -> dict:
    """Summaries, key figures, checks and data coverage of every area."""
    result = {"summaries": {}, "key_figures": {}, "checks": [], "no_data": []}
    for module in AREAS:
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
