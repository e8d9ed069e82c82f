"""Two rows of a table whose keys a reader cannot tell apart name one thing: "Övriga
kostnader" and "övriga  kostnader" in kontogrupper.csv would print as two rows that read
alike, and a project "Nätverk" beside "nätverk" as two lines of one project. Rule
(core.keys.check_key): keys are compared as `settings.name_key` reads names (case,
spacing, Unicode form, invisible characters aside); the second row is bad input naming
the first and how it was written there."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def append(data_dir, name: str, line: str) -> int:
    path = data_dir / name
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + line + "\n", encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("twin", ["övriga kostnader", "Övriga  kostnader", "ÖVRIGA KOSTNADER",
                                  "Övriga\u00a0kostnader", "Övriga kost\u00adnader"])
def test_a_kontogrupp_written_twice_as_a_reader_reads_it_is_refused(data_dir, twin):
    lines = (data_dir / "kontogrupper.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith("Övriga kostnader,"))
    line = append(data_dir, "kontogrupper.csv", row.replace("Övriga kostnader", twin, 1))

    with pytest.raises(DataError, match=rf"kontogrupper\.csv:{line}: kontogrupp: nyckeln "
                       r"\(.*\) finns redan på rad \d+ \(där skrivet Övriga kostnader, som "
                       "läses likadant\\)"):
        load_dataset(data_dir)


def test_a_key_written_exactly_twice_names_the_first_row_alone(data_dir):
    lines = (data_dir / "kontogrupper.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith("Övriga kostnader,"))
    line = append(data_dir, "kontogrupper.csv", row)

    with pytest.raises(DataError, match=rf"kontogrupper\.csv:{line}: kontogrupp: nyckeln "
                       r"\(Övriga kostnader\) finns redan på rad \d+$"):
        load_dataset(data_dir)


def test_keys_that_differ_to_a_reader_are_kept(data_dir):
    lines = (data_dir / "kontogrupper.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith("Övriga kostnader,"))
    append(data_dir, "kontogrupper.csv", row.replace("Övriga kostnader", "Övriga kostnader 2", 1))

    with pytest.raises(DataError) as err:   # a new kontogrupp needs its rows elsewhere…
        load_dataset(data_dir)
    assert "finns redan" not in str(err.value)   # …but is no twin
