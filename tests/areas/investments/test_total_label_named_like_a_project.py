"""Investments: the total row's label (`investeringar.total_manad`, `total_bokslut` at year
end) set to a project's name ("Reinvestering IT") put a total row 2 875 beside the project
row 2 500 under the same name on page 05, and the checks page compared "Reinvestering IT"
with the sum of all projects, all green. A total label equal to a project of the period's
year (case and spacing aside) is a bad parameter naming the file and key."""

from __future__ import annotations

import pytest

from itvt_lib import areas
from itvt_lib.core.errors import ParamError


def _label(params, key: str, value: str) -> None:
    defaults = params / "defaults.yaml"
    text = defaults.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines(keepends=True) if f"  {key}:" in x)
    defaults.write_text(text.replace(line, f"  {key}: {value}\n"), encoding="utf-8")


@pytest.mark.parametrize(("value", "project"), [
    ("Reinvestering IT", "Reinvestering IT"), ("nätverk", "Nätverk"),
    ("Reinvestering  IT ", "Reinvestering IT")])
def test_total_label_named_like_a_project_is_a_bad_parameter(params, value, project):
    _label(params, "total_manad", value)
    with pytest.raises(ParamError, match=r'defaults.yaml: investeringar.total_manad: "'
                                         rf'{value.strip()}" är namnet på projektet {project};'):
        areas.open_report("2024-02", params_dir=params)


def test_year_end_label_is_judged_against_that_years_projects(params):
    _label(params, "total_bokslut", "Reinvesteringar IT")   # a project of 2023
    with pytest.raises(ParamError, match=r"investeringar.total_bokslut: .* projektet "
                                         "Reinvesteringar IT"):
        areas.open_report("2023-12", params_dir=params)


def test_a_label_of_another_years_project_is_accepted(params):
    _label(params, "total_manad", "Reinvesteringar IT")   # a project of 2023 only
    result = areas.open_report("2024-02", params_dir=params).period
    assert str(result) == "2024-02"

