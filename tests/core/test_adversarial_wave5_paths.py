"""Wave 5 (core/paths.py): the scenarier folder that cannot be made names the system's
reason in Swedish (a read-only disk said "(Read-only file system)")."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import InputError
from itvt_lib.core.paths import scenario_folder


def test_a_scenarier_folder_that_cannot_be_made_gives_the_reason_in_swedish(tmp_path):
    outputs = tmp_path / "outputs"
    outputs.write_text("a file, not a folder\n")
    with pytest.raises(InputError, match=r"går inte att skriva \(en del av sökvägen är ingen "
                                         r"mapp\); välj en annan mapp\. Inget skrevs\.$"):
        scenario_folder(outputs)
