"""docs/kom-igang.md, the controller's guide, is followed word by word: the error line it
shows as an example is the line `itvt check` prints for that mistake, and every data file
it tells the controller to add rows to exists in data/."""

from __future__ import annotations

import csv
import io
import re

import pytest
from conftest import ROOT, run_cli

GUIDE = (ROOT / "docs" / "kom-igang.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r'`(fel: (data/[^:`]+):(\d+): (\w+): "([^"]+)" är inte ett tal)`')


def test_the_guides_example_error_is_what_check_prints(tmp_path, data_dir, params):
    line, relative, number, column, value = EXAMPLE.search(GUIDE).groups()
    path = tmp_path / relative
    assert path.is_file(), f"the guide's example names {relative}, which data/ does not have"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    rows[int(number) - 1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")

    result = run_cli("check", "--data-dir", "data", cwd=tmp_path)

    assert result.returncode == 2
    assert result.stderr.strip() == line


@pytest.mark.parametrize("name", sorted(set(re.findall(
    r"`((?:data/)?[a-z_]+(?:\.csv|/<period>\.csv))`", GUIDE))))
def test_every_data_file_the_guide_names_exists(name):
    relative = name.removeprefix("data/")
    if "<period>" in relative:
        result = list((ROOT / "data").glob(relative.replace("<period>", "????-??")))
    else:
        result = [ROOT / "data" / relative] if (ROOT / "data" / relative).is_file() else []
    assert result, f"docs/kom-igang.md names {name}, which data/ does not have"
