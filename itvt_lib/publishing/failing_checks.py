"""A run whose checks fail publishes nothing: which checks fail, and the Swedish lines
that say so (see `runner`)."""

from __future__ import annotations

import re

from ..areas import gather
from ..core.checks import FAIL, WARN
from ..core.context import ReportContext
from ..core.formatting import fmt_value


def failed_checks(ctx: ReportContext) -> list:
    """The period's checks in status fel (every area's `checks`, as the checks page shows)."""
    return [c for c in gather(ctx)["checks"] if c.status == FAIL]


def warned_checks(ctx: ReportContext) -> list:
    """The period's checks in status varning (as the checks page shows them)."""
    return [c for c in gather(ctx)["checks"] if c.status == WARN]


def failure_line(period, check, word: str = "fel") -> str:
    """One Swedish line naming a failing (or, `word` "varning", a warned) check: period,
    area, what, expected and computed."""
    return one_line(f"{period}: {word}: {check.area}: {check.description}: väntat "
                    f"{fmt_value(check.expected)}, beräknat {fmt_value(check.actual)}"
                    + (f" ({check.note})" if check.note else ""))


def one_line(text: str) -> str:
    """A message on one line: each line break in it (a text of the data quoted in a check)
    and the white space around it read as one space."""
    return re.sub(r"\s*[\n\r\v\f\x85\u2028\u2029]\s*", " ", text)


def refusal(failing: dict) -> str:
    """The one-line reason a run with failing checks publishes nothing."""
    count = sum(len(f) for f in failing.values())
    period, checks = next(iter(failing.items()))
    first = checks[0]
    return one_line(f"{count} {'kontroll' if count == 1 else 'kontroller'} visar fel (först "
                    f"{period}: {first.area}: {first.description}); inget publicerades, förra "
                    "rapporten finns kvar (itvt check listar dem; --publish-with-failed-checks "
                    "publicerar ändå)")
