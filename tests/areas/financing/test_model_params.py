"""Financing models from the parameters: the report's models and results use the inputs
given, and a bad model names the parameter file that sets it.
"""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest
from conftest import with_params

from itvt_lib.areas import financing as rules
from itvt_lib.areas import load_params
from itvt_lib.core.context import ReportContext
from itvt_lib.core.errors import ParamError
from itvt_lib.core.paths import PARAMS_DIR
from itvt_lib.core.periods import Period


def drivers(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["driver", "year", "kommun", "value"])


BAD_MODELS = [{"name": "Nu", "driver": "okand"}]


BAD_DRIVER = "financing_models[1].driver: \"okand\" är ingen fördelningsgrund"


USERS = [{"name": "Nuvarande modell", "driver": "befolkning"},
         {"name": "Användare", "driver": "anvandare"}]


def with_users(ctx):
    """The period's inputs with a TEST driver anvandare 2023 (not in the data)."""
    rows = drivers([("anvandare", 2023, "Herrljunga", 100), ("anvandare", 2023, "Vårgårda", 300)])
    return rules.with_drivers(rules.inputs_for(ctx.dataset, ctx.period), rows)


def context(ctx, models) -> ReportContext:
    return with_params(ctx, financing_models=models)


# ---------------------------------------------------------------- params and the report


def test_models_for_uses_the_inputs_given(ctx_2024):
    result = rules.models_for(context(ctx_2024, USERS), with_users(ctx_2024))
    assert [(m.name, m.driver) for m in result] == [("Nuvarande modell", "befolkning"),
                                                    ("Användare", "anvandare")]


def test_results_for_uses_the_inputs_given(ctx_2024):
    """anvandare 2023 100/300: IT Gemensamt 25 %/75 % for 2024 (shares of the TEST driver)."""
    result = rules.results_for(context(ctx_2024, USERS), with_users(ctx_2024))
    rows = rules.report_year(result, 2024)
    users = rows[rows["Modell"] == "Användare"]
    assert users["Andel IT Gemensamt"].tolist() == [0.25, 0.75]


@pytest.fixture
def period_params(tmp_path):
    """A params folder whose 2024-02.yaml (UTF-8 with a BOM) sets financing_models."""
    folder = tmp_path / "params"
    folder.mkdir()
    shutil.copy(PARAMS_DIR / "defaults.yaml", folder)
    (folder / "2024-02.yaml").write_text("financing_models:\n  - name: Nu\n    driver: okand\n",
                                         encoding="utf-8-sig")
    return folder


def test_the_models_source_is_the_period_file_that_sets_them(period_params):
    params = load_params("2024-02", period_params)
    assert params.sources.file("financing_models") == str(period_params / "2024-02.yaml")
    assert params.sources.file("upprakning_procent") == str(period_params / "defaults.yaml")


@pytest.mark.parametrize("call", [rules.models_for, rules.results_for])
def test_bad_models_name_the_period_file(ctx_2024, period_params, call):
    ctx = ReportContext(ctx_2024.period, ctx_2024.dataset, load_params("2024-02", period_params),
                        ctx_2024.data_dir, period_params)
    source = str(period_params / "2024-02.yaml")
    with pytest.raises(rules.ModelError, match="^" + re.escape(f"{source}: {BAD_DRIVER}")):
        call(ctx)


def test_two_models_of_one_name_name_the_financing_models(tmp_path):
    # two financing models named "Nu" in one period's file: the message says which names
    # must differ, the financing models'
    folder = tmp_path / "params"
    shutil.copytree(PARAMS_DIR, folder)
    with (folder / "2024-02.yaml").open("a", encoding="utf-8") as f:
        f.write("financing_models:\n"
                "  - {name: Nu, driver: lika}\n"
                "  - {name: Nu, driver: befolkning}\n")
    expected = ('2024-02.yaml: financing_models: namnet "Nu" används två gånger (post 2); '
                "namnen på finansieringsmodellerna måste vara olika")
    with pytest.raises(ParamError, match=re.escape(expected) + "$"):
        load_params(Period(2024, 2), folder)
