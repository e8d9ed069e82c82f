"""The report context: what every notebook and the start page work from.

See docs/ARCHITECTURE.md, "How data flows".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .loading import Dataset
from .periods import Period
from .settings import Params


@dataclass
class ReportContext:
    """A period, its validated data and its validated parameters."""

    period: Period
    dataset: Dataset
    params: Params
    data_dir: Path
    params_dir: Path | None = None
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def tolerance(self) -> float:
        """The avrundningsdifferens allowed per summed line (tkr)."""
        return self.params.tolerance_tkr

    def memo(self, key: str, compute: Callable[[], object]):
        """What `compute()` returns, computed once per context for its current period,
        params and dataset (a context is one report: the value lives and dies with it, one
        per key; new params or data on the context compute again)."""
        state = (self.period, self.params, self.dataset)
        found = self._memo.get(key)
        if found is not None and all(a is b for a, b in zip(found[0], state)):
            return found[1]
        value = compute()
        self._memo[key] = (state, value)
        return value

    def of_data(self, key: str, compute: Callable[[], object]):
        """What `compute()` returns, computed once per dataset and period for every report
        on that dataset (for values of the data alone, never of params: a dataset is not
        changed once loaded, and a changed data folder is a new dataset)."""
        shared = self.dataset.__dict__.setdefault("_of_data", {})
        found = shared.get((key, self.period))
        if found is None:
            found = shared[(key, self.period)] = (compute(),)
        return found[0]
