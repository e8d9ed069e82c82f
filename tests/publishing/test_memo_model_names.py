"""`itvt beslutsunderlag --modell` reads a model's name as the params do
(`name_key`: case, Unicode form and kind of space aside, so two models can never share
one): "växeln  efter samtal" is the model "Växeln efter samtal", and "nuvarande modell"
is the current model, refused as such rather than called unknown."""

from __future__ import annotations

import pytest
from conftest import tree_snapshot

from itvt_lib.areas import open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.publishing.memo import chosen_model


@pytest.fixture(scope="module")
def ctx():
    return open_report("2024-02")


@pytest.mark.parametrize("typed", ["växeln  efter samtal", "VÄXELN EFTER SAMTAL",
                                   "Va\u0308xeln\u00a0efter samtal", " Växeln efter samtal "])
def test_a_model_named_in_other_case_or_space_is_that_model(ctx, typed):
    result = chosen_model(ctx, typed).name
    expected = "Växeln efter samtal"
    assert result == expected


@pytest.mark.parametrize("typed", ["nuvarande modell", "NUVARANDE\u00a0MODELL"])
def test_the_current_model_in_other_letters_is_refused_as_the_current_one(ctx, typed):
    with pytest.raises(ParamError, match="är den nuvarande modellen"):
        chosen_model(ctx, typed)


def test_a_name_of_no_model_is_refused_naming_the_models(ctx):
    with pytest.raises(ParamError, match="det finns ingen modell ”Växel” .*Växeln efter samtal"):
        chosen_model(ctx, "Växel")


@pytest.mark.parametrize("where", ["data", "params", "data/sub", "."])
def test_a_memo_output_folder_in_or_holding_the_inputs_is_refused_unwritten(
        data_dir, params, tmp_path, where):
    from itvt_lib.publishing.memo import memo_for
    from itvt_lib.publishing.outputs import OutputError

    inputs = data_dir.parent if where == "." else {"data": data_dir, "params": params,
                                                   "data/sub": data_dir / "sub"}[where]
    before = tree_snapshot(tmp_path)
    with pytest.raises(OutputError, match="får inte ligga i eller innehålla indatamappen"):
        memo_for("Växeln efter samtal", "2024-02", data_dir, params, inputs)
    assert tree_snapshot(tmp_path) == before
