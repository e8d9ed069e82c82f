"""The report context: what every notebook and the start page work from.

See docs/ARCHITECTURE.md, "How data flows".
"""

from __future__ import annotations

from dataclasses import dataclass
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

    @property
    def tolerance(self) -> float:
        """The avrundningsdifferens allowed per summed line (tkr)."""
        return self.params.tolerance_tkr
