"""The pages' footer and the memo name the parameters' fingerprint, so a reader can tell
whether two prints rest on the same parameters. A run with `--notebook-timeout 900` (a
slow machine) or a percent written `-0.0` printed another fingerprint than the memo made
from the same params/, though no figure differed; the time limit is left out and −0.0 is 0."""

import pytest

from tests.conftest import with_params


@pytest.mark.parametrize(("written", "same"), [
    ({"notebook_timeout_s": 900}, {}),
    ({"notebook_timeout_s": 30.5}, {}),
    ({"tolerance_tkr": -0.0}, {"tolerance_tkr": 0}),
    ({"upprakning_procent": {"default": -0.0}}, {"upprakning_procent": {"default": 0}}),
])
def test_the_same_figures_give_the_same_fingerprint(ctx_2024, written, same):
    result = with_params(ctx_2024, **written).params.fingerprint()

    assert result == with_params(ctx_2024, **same).params.fingerprint()


@pytest.mark.parametrize("changes", [
    {"tolerance_tkr": 2},
    {"tolerance_tkr": 0.5},
    {"share_decimals": 2},
    {"hours_per_fte": 1800},
])
def test_other_figures_give_another_fingerprint(ctx_2024, changes):
    result = with_params(ctx_2024, **changes).params.fingerprint()

    assert result != ctx_2024.params.fingerprint()
