"""A journal entry whose name is one itvt makes followed by a line break (a hand-edited
or damaged marker) is not itvt's: recovery drops it with a warning and removes nothing."""

import json

import pytest

from itvt_lib.publishing.journal import journal_problem
from itvt_lib.publishing.outputs import OutputFolder

BUILD = ".builds/2024-02-20261205T033104251983-999999"


@pytest.mark.parametrize(("kind", "name"), [
    ("build", BUILD + "\n"),
    ("previous", BUILD + "\n"),
    ("link", ".2024-02.link-999999\n"),
    ("tmp", ".index.html.tmp-999999\n"),
])
def test_a_name_with_a_trailing_line_break_is_not_one_itvt_makes(kind, name):
    entry = {"kind": kind, "name": name, "pid": 999999, "started": None}
    assert journal_problem(entry) is not None
    assert journal_problem({**entry, "name": name.rstrip("\n")}) is None


def test_recovery_leaves_the_folder_of_such_a_name(tmp_path):
    output = tmp_path / "O"
    (output / ".builds" / (BUILD.split("/")[1] + "\n")).mkdir(parents=True)
    entry = {"kind": "build", "name": BUILD + "\n", "pid": 999999, "started": None}
    (output / ".itvt-output").write_text(json.dumps({"itvt": 1, "journal": [entry]}))

    result = OutputFolder(output).recover()

    assert result == []
    assert (output / ".builds" / (BUILD.split("/")[1] + "\n")).is_dir()
