"""A table's key: no two rows of a table name the same thing (see docs/ARCHITECTURE.md,
"Layers")."""

from __future__ import annotations

import pandas as pd

from .errors import DataError
from .settings import name_key


def check_key(key: tuple[str, ...], frame: pd.DataFrame, locations: pd.DataFrame) -> None:
    """No two rows share their key as a reader tells keys apart (`settings.name_key`: case,
    spacing, Unicode form and invisible characters aside, so "Övriga kostnader" and
    "övriga  kostnader" are one kontogrupp); an empty key cell is "" (bad input: DataError
    naming both rows)."""
    if not key or frame.empty:
        return
    columns = [frame[name].astype(object) for name in key]
    columns = [c.where(c.notna(), "").astype(str).tolist() for c in columns]
    seen: dict[tuple, tuple] = {}
    for i, values in zip(frame.index, zip(*columns)):
        first, written = seen.setdefault(tuple(name_key(v) for v in values), (i, values))
        if first != i:
            file, line = locations.loc[i]
            first_file, first_line = locations.loc[first]
            where = f" i {first_file}" if first_file != file else ""
            alike = "" if written == values else \
                f' (där skrivet {", ".join(written)}, som läses likadant)'
            raise DataError(file, f"nyckeln ({', '.join(values)}) finns redan på rad "
                            f"{first_line}{where}{alike}", line=int(line), column=", ".join(key))
