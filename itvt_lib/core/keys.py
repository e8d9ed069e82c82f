"""A table's key: no two rows of a table name the same thing (see docs/ARCHITECTURE.md,
"Layers"); every reference names a row of its table."""

from __future__ import annotations

import unicodedata

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


def check_refs(columns, frame: pd.DataFrame, locations: pd.DataFrame, dataset) -> None:
    """Every value of a referencing column (`Column.ref`, "table.column") is in its table;
    when the table holds it only with an invisible character added (a BOM or a zero-width
    space: Unicode category Cf), the error names that table's line, where the fault is."""
    for column in (c for c in columns if c.ref):
        ref_table, ref_column = column.ref.split(".")
        allowed = dataset[ref_table][ref_column].dropna()
        values = frame[column.name]
        bad = values.notna() & ~values.isin(set(allowed))
        if not bad.any():
            continue
        i = int(bad.idxmax())
        file, line = locations.loc[i]
        twin = [j for j, v in allowed.items()
                if visible(str(v)) != str(v) and visible(str(v)) == visible(str(values[i]))]
        if twin and ref_table in dataset.locations:
            ref_file, ref_line = dataset.locate(ref_table, twin[0])
            raise DataError(ref_file, f'"{allowed[twin[0]]}" har ett osynligt tecken och '
                            f'känns därför inte igen som "{values[i]}" på rad {line} i '
                            f"{file}; ta bort tecknet", line=ref_line, column=ref_column)
        raise DataError(file, f'"{values[i]}" finns inte i {ref_table}', line=int(line),
                        column=column.name)


def visible(text: str) -> str:
    """`text` without its invisible characters (Unicode category Cf: a BOM, a zero-width
    space, a soft hyphen), as a reader sees it."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")
