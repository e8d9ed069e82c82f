"""The typed parameter model: every params file, flag and merged result is validated, and a
bad parameter is one line `fel: <file>: <dotted.key>: <message>` with exit 2."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from conftest import run_cli

from itvt_lib.areas import PARAMS_MODEL as Params
from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError
from itvt_lib.core.params import dotted_key, merge, text
from itvt_lib.core.params import validate as validate_with
from itvt_lib.core.paths import PARAMS_DIR


def validate(content, where, **kwargs):
    """The whole model's validation (core keys and every area's section)."""
    return validate_with(content, where, model=Params, **kwargs)


def set_key(path: Path, keys: tuple, value) -> None:
    """Set the nested key `keys` of a params YAML file to `value` (other keys kept)."""
    content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    node = content
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node[keys[-1]] = value
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def append(path: Path, line: str) -> None:
    """Add a line of YAML text as written (for values yaml.safe_dump would not write)."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("\n" + line + "\n")


def flatten(node, prefix=()) -> dict:
    """Leaves of nested mappings as {key path: value}."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            result.update(flatten(value, (*prefix, key)))
        return result
    return {prefix: node}


# ---------------------------------------------------------------- bad input, via the CLI

ONE_FINANCING_MODEL = {"name": "A", "driver": "lika"}

# (file edited, keys, value or raw YAML line, extra CLI args, expected line after "fel: ")
BAD_PARAMS = {
    "green_at_word": ("defaults.yaml", ("status", "resultat", "green_at"), "hög", [],
                      r"defaults\.yaml: status\.resultat\.green_at: \"hög\" är inte ett tal"),
    "misspelt_key": ("2024-02.yaml", ("kommentar",), {"driftredovisnig": "Text."}, [],
                     r"2024-02\.yaml: kommentar\.driftredovisnig: okänd nyckel "
                     r"\(menade du driftredovisning\?\)"),
    "misspelt_top_key": ("2024-02.yaml", ("tolerance_tk",), 2, [],
                         r"2024-02\.yaml: tolerance_tk: okänd nyckel \(menade du tolerance_tkr\?\)"),
    "meeting_text": ("2024-02.yaml", ("meeting",), "6 mars 09:00", [],
                     r"2024-02\.yaml: meeting: ska vara en mappning av nycklar till värden, "
                     r"inte \"6 mars 09:00\""),
    "meeting_bad_date": ("2024-02.yaml", ("meeting", "datum"), "2024-13-06", [],
                         r"2024-02\.yaml: meeting\.datum: \"2024-13-06\" är inget datum ÅÅÅÅ-MM-DD"),
    "meeting_bad_time": ("2024-02.yaml", ("meeting", "tid"), "25:00", [],
                         r"2024-02\.yaml: meeting\.tid: \"25:00\" är ingen tid TT:MM"),
    "arenden_text": ("2024-02.yaml", ("arenden",), "Se bilaga", [],
                     r"2024-02\.yaml: arenden: ska vara en lista, inte \"Se bilaga\""),
    "arende_without_rubrik": ("2023-12.yaml", ("arenden",),
                              [{"rubrik": "Bokslut"}, {"diarienummer": "ITVT-2024-00004"}],
                              ["--period", "2023-12"],
                              r"2023-12\.yaml: arenden\[2\]\.rubrik: saknas \(krävs\)"),
    "controller_number": ("2024-02.yaml", ("controller",), 123, [],
                          r"2024-02\.yaml: controller: ska vara text, inte 123"),
    "yaml_nan": ("2024-02.yaml", None, "tolerance_tkr: .nan", [],
                 r"2024-02\.yaml: tolerance_tkr: nan är inget ändligt tal"),
    "yaml_inf": ("defaults.yaml", ("notebook_timeout_s",), float("inf"), [],
                 r"defaults\.yaml: notebook_timeout_s: inf är inget ändligt tal"),
    "yaml_hours_zero": ("defaults.yaml", ("hours_per_fte",), 0, [],
                        r"defaults\.yaml: hours_per_fte: 0 är mindre än 500"),
    "yaml_hours_negative": ("2024-02.yaml", ("hours_per_fte",), -5, [],
                            r"2024-02\.yaml: hours_per_fte: -5 är mindre än 500"),
    "yaml_timeout_zero": ("2024-02.yaml", ("notebook_timeout_s",), 0, [],
                          r"2024-02\.yaml: notebook_timeout_s: 0 är mindre än 1"),
    "yaml_decimals_fraction": ("2024-02.yaml", ("share_decimals",), 1.5, [],
                               r"2024-02\.yaml: share_decimals: 1\.5 är inget heltal"),
    "yaml_tolerance_negative": ("2024-02.yaml", ("projekttid", "tolerance_kr"), -1, [],
                                r"2024-02\.yaml: projekttid\.tolerance_kr: -1 är mindre än 0"),
    "status_word": ("2024-02.yaml", ("huvudbok", "omappat_status"), "röd", [],
                    r"2024-02\.yaml: huvudbok\.omappat_status: \"röd\" är inget av \"fail\" eller "
                    r"\"warn\""),
    "yellow_above_green": ("2024-02.yaml", ("status", "svarsfrekvens", "yellow_at"), 0.9, [],
                           r"2024-02\.yaml: status\.svarsfrekvens: yellow_at \(0\.9\) är större än "
                           r"green_at \(0\.8\)"),
    "grundavgift_over_100": ("2024-02.yaml", ("financing_models",),
                             [{**ONE_FINANCING_MODEL, "grundavgift_procent": 150}], [],
                             r"2024-02\.yaml: financing_models\[1\]\.grundavgift_procent: "
                             r"150 är större än 100"),
    "model_without_driver": ("2024-02.yaml", ("financing_models",), [{"name": "A"}], [],
                             r"2024-02\.yaml: financing_models\[1\]\.driver: saknas \(krävs\)"),
    "model_names_twice": ("2024-02.yaml", ("financing_models",),
                          [ONE_FINANCING_MODEL, ONE_FINANCING_MODEL], [],
                          r"2024-02\.yaml: financing_models: namnet \"A\" används två gånger"),
    "andel_negative": ("2024-02.yaml", ("financing_models",),
                       [{"name": "Fast", "driver": "fast", "andelar": {"Herrljunga": -1}}], [],
                       r"2024-02\.yaml: financing_models\[1\]\.andelar\.Herrljunga: "
                       r"-1 är mindre än 0"),
    "upprakning_minus_100": ("2024-02.yaml", ("upprakning_procent", "default"), -100, [],
                             r"2024-02\.yaml: upprakning_procent\.default: "
                             r"-100 är inte större än -100"),
    "flag_tolerance_nan": (None, None, None, ["--tolerance-tkr", "nan"],
                           r'--tolerance-tkr: "nan" är inte ett tal'),
    "flag_tolerance_inf": (None, None, None, ["--tolerance-tkr", "inf"],
                           r'--tolerance-tkr: "inf" är inte ett tal'),
    "flag_hours_zero": (None, None, None, ["--hours-per-fte", "0"],
                        r"--hours-per-fte: 0 är mindre än 500"),
    "flag_hours_negative": (None, None, None, ["--hours-per-fte", "-5"],
                            r"--hours-per-fte: -5 är mindre än 500"),
    "flag_decimals_negative": (None, None, None, ["--share-decimals", "-1"],
                               r"--share-decimals: -1 är mindre än 0"),
    "flag_timeout_nan": (None, None, None, ["--notebook-timeout", "nan"],
                         r'--notebook-timeout: "nan" är inte ett tal'),
    "flag_timeout_inf": (None, None, None, ["--notebook-timeout", "inf"],
                         r'--notebook-timeout: "inf" är inte ett tal'),
    "flag_timeout_zero": (None, None, None, ["--notebook-timeout", "0"],
                          r"--notebook-timeout: 0 är mindre än 1"),
}


@pytest.mark.slow
@pytest.mark.parametrize(("file", "keys", "value", "args", "expected"),
                         list(BAD_PARAMS.values()), ids=list(BAD_PARAMS))
def test_bad_parameter_is_exit_2_and_one_line(params_dir, file, keys, value, args, expected):
    if file is not None and keys is None:
        append(params_dir / file, value)
    elif file is not None:
        set_key(params_dir / file, keys, value)
    if "--period" not in args:
        args = ["--period", "2024-02", *args]
    result = run_cli("check", "--params-dir", params_dir, *args)
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(lines) == 1, result.stderr
    assert re.match(r"^fel: (\S*/)?" + expected, lines[0]), lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_bad_flag_stops_a_run_before_any_notebook(tmp_path):
    output = tmp_path / "outputs"
    result = run_cli("run", "--period", "2024-02", "--notebook-timeout", "nan",
                     "--output-dir", output)
    assert (result.returncode, result.stderr.strip()) == \
        (2, 'fel: --notebook-timeout: "nan" är inte ett tal')
    assert not (output / "2024-02").exists()


@pytest.mark.slow
def test_shipped_params_pass_check():
    result = run_cli("check", "--period", "2023-12", "--period", "2024-02")
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- the model itself

def test_model_defaults_are_the_documented_defaults():
    """Each default the model fills in is the value params/defaults.yaml states."""
    shipped = yaml.safe_load((PARAMS_DIR / "defaults.yaml").read_text(encoding="utf-8"))
    expected = flatten(Params().model_dump(exclude_none=True))
    result = {k: v for k, v in flatten(validate(shipped, "defaults.yaml")
                                       .model_dump(exclude_none=True)).items() if k in expected}
    assert result == expected


def test_load_params_fills_defaults_and_returns_the_typed_model(tmp_path):
    (tmp_path / "defaults.yaml").write_text("namnd: Nämnden\nstatus:\n  drift:\n"
                                            "    yellow_within_share_of_budget: 0.1\n",
                                            encoding="utf-8")
    params = load_params("2024-02", tmp_path)
    result = params.model_dump(mode="json", exclude_none=True)
    expected = {
        "namnd": "Nämnden", "kommentar": {}, "tolerance_tkr": 1, "share_decimals": 1,
        "hours_per_fte": 2080, "notebook_timeout_s": 600,
        "status": {"resultat": {"green_at": 0, "yellow_down_to_share_of_nettokostnad": -0.01},
                   "drift": {"green_within_share_of_budget": 0.01,
                             "yellow_within_share_of_budget": 0.1},
                   "svarsfrekvens": {"green_at": 0.8, "yellow_at": 0.6}},
        "projekttid": {"tolerance_timmar": 0.5, "tolerance_kr": 0.5},
        "investeringar": {}, "huvudbok": {"omappat_status": "fail"},
    }
    assert result == expected
    assert json.loads(json.dumps(result)) == result  # the manifest stores it as JSON
    assert params.status.drift.yellow_within_share_of_budget == 0.1  # typed access


def test_period_file_and_overrides_merge_key_by_key(tmp_path):
    (tmp_path / "defaults.yaml").write_text(
        "tolerance_tkr: 1\nmeeting:\n  plats: Vårgårda\n  tid: '09:00'\n", encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text("meeting:\n  datum: 2024-03-06\n  tid: '13:30'\n",
                                           encoding="utf-8")
    result = load_params("2024-02", tmp_path, {"tolerance_tkr": 2.5, "hours_per_fte": None})
    assert (result.meeting.model_dump(exclude_none=True), result.tolerance_tkr, result.hours_per_fte) == \
        ({"datum": "2024-03-06", "tid": "13:30", "plats": "Vårgårda"}, 2.5, 2080)


@pytest.mark.parametrize(("defaults", "period_file", "expected"), [
    # the period file sets the key the rule is about: it is named
    ("", "status:\n  drift:\n    yellow_within_share_of_budget: 0.001\n",
     r"^\S*2024-02\.yaml: status\.drift: yellow_within_share_of_budget \(0\.001\) är mindre än "
     r"green_within_share_of_budget \(0\.01\)$"),
    # only defaults.yaml sets it: defaults.yaml is named
    ("status:\n  svarsfrekvens:\n    yellow_at: 0.85\n", "namnd: X\n",
     r"^\S*defaults\.yaml: status\.svarsfrekvens: yellow_at \(0\.85\) är större än green_at"),
])
def test_a_rule_across_keys_names_the_file_that_set_them(tmp_path, defaults, period_file,
                                                         expected):
    (tmp_path / "defaults.yaml").write_text(defaults, encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text(period_file, encoding="utf-8")
    with pytest.raises(ParamError, match=expected):
        load_params("2024-02", tmp_path)


def test_each_file_is_validated_on_its_own(tmp_path):
    """A partial section is fine in one file; its bad key is named in that file (with the
    known keys when none is close)."""
    (tmp_path / "defaults.yaml").write_text("kommentar:\n  driftredovisning: Text.\n",
                                            encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text("kommentar:\n  investeringar: Text.\n",
                                           encoding="utf-8")
    with pytest.raises(ParamError, match=r"^\S*2024-02\.yaml: kommentar\.investeringar: "
                                         r"okänd nyckel \(kända: driftredovisning\)$"):
        load_params("2024-02", tmp_path)


@pytest.mark.parametrize(("overrides", "expected"), [
    ({"tolerance_tkr": float("nan")}, r"^--tolerance-tkr: nan är inget ändligt tal$"),
    ({"share_decimals": 7}, r"^--share-decimals: 7 är större än 6$"),
    ({"status": {"svarsfrekvens": {"green_at": 2}}},
     r"^overrides: status\.svarsfrekvens\.green_at: 2 är större än 1$"),
])
def test_overrides_are_named_by_their_flag(tmp_path, overrides, expected):
    (tmp_path / "defaults.yaml").write_text("", encoding="utf-8")
    with pytest.raises(ParamError, match=expected):
        load_params("2024-02", tmp_path, overrides)


@pytest.mark.parametrize(("content", "expected"), [
    ({"meeting": {"datum": date(2024, 3, 6)}}, {"datum": "2024-03-06"}),  # YAML's unquoted date
    ({"meeting": {"datum": "2024-02-29", "tid": "23:59"}}, {"datum": "2024-02-29", "tid": "23:59"}),
])
def test_meeting_date_and_time(content, expected):
    result = validate(content, "x.yaml").model_dump(exclude_none=True)["meeting"]
    assert result == expected


@pytest.mark.parametrize(("content", "expected"), [
    ({"meeting": {"datum": "2023-02-29"}}, r'meeting\.datum: "2023-02-29" är inget datum'),
    ({"meeting": {"datum": "6/3 2024"}}, r'meeting\.datum: "6/3 2024" är inget datum'),
    ({"meeting": {"datum": datetime(2024, 3, 6, 9)}}, r'meeting\.datum: "2024-03-06 09:00:00"'),
    ({"meeting": {"tid": 540}}, r"meeting\.tid: 540 är ingen tid TT:MM \(skriv den inom citattecken"),
    ({"meeting": {"tid": "9.00"}}, r"meeting\.tid: \"9\.00\" är ingen tid TT:MM"),
    ({"tolerance_tkr": True}, r"tolerance_tkr: true \(ett ja/nej-värde\) är inget tal$"),
    ({"tolerance_tkr": None}, r"tolerance_tkr: ett tomt värde är inget tal$"),
    ({"share_decimals": False}, r"share_decimals: false \(ett ja/nej-värde\) är inget heltal$"),
    ({"arenden": [{"rubrik": None}]}, r"arenden\[1\]\.rubrik: ska vara text, inte ett tomt värde "),
    ({"tolerance_tkr": "tolv"}, r'tolerance_tkr: "tolv" är inte ett tal'),  # text: the one parser
    ({"share_decimals": 2.0}, r"share_decimals: 2\.0 är inget heltal"),
    ({"arenden": [{"rubrik": "R", "beslut": True}]},
     r"arenden\[1\]\.beslut: ska vara text, inte true \(ett ja/nej-värde\) \(skriv den inom "
     r"citattecken\)"),
    ({"status": {"resultat": {"yellow_down_to_share_of_nettokostnad": 0.01}}},
     r"status\.resultat\.yellow_down_to_share_of_nettokostnad: 0\.01 är större än 0"),
    ({"scenarios": [{"type": "lottery"}]}, r"scenarios: okänd nyckel"),
    ({"financing_models": [{"name": "A", "driver": "lika", "grundavgift_procent": 130}]},
     r"financing_models\[1\]\.grundavgift_procent: 130"),
    ({"upprakning_procent": {"kontogrupper": {"Personalkostnader": float("inf")}}},
     r"upprakning_procent\.kontogrupper\.Personalkostnader: inf är inget ändligt tal"),
    ({"financing_models": [{"name": "A", "driver": "lika", "pools": {"Telefonväxel": 3}}]},
     r"financing_models\[1\]\.pools\.Telefonväxel: ska vara text, inte 3"),
    ({"status": {"drift": {"green_within_share_of_budgt": 0.01}}},
     r"status\.drift\.green_within_share_of_budgt: okänd nyckel "
     r"\(menade du green_within_share_of_budget\?\)"),
])
def test_model_rejects(content, expected):
    with pytest.raises(ParamError, match=r"^x\.yaml: " + expected):
        validate(content, "x.yaml")


def test_financing_schema_validates():
    content = {"financing_models": [
        {"name": "Nuvarande modell", "driver": "befolkning"},
        {"name": "Växeln", "driver": "befolkning", "pools": {"Telefonväxel": "samtal"},
         "grundavgift_procent": 30},
        {"name": "Fast", "driver": "fast", "andelar": {"Herrljunga": 40, "Vårgårda": 60}}],
        "upprakning_procent": {"default": 0, "kontogrupper": {"Personalkostnader": 3.0}}}
    result = validate(content, "x.yaml").model_dump(exclude_none=True)
    expected = {"financing_models": [
        {"name": "Nuvarande modell", "driver": "befolkning", "grundavgift_procent": 0},
        {"name": "Växeln", "driver": "befolkning", "pools": {"Telefonväxel": "samtal"},
         "grundavgift_procent": 30.0},
        {"name": "Fast", "driver": "fast", "grundavgift_procent": 0,
         "andelar": {"Herrljunga": 40.0, "Vårgårda": 60.0}}],
        "upprakning_procent": {"default": 0, "kontogrupper": {"Personalkostnader": 3.0}}}
    assert {k: result[k] for k in expected} == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("- a\n- b\n", r"^\S*2024-02\.yaml: ska vara en mappning av namn till värden$"),
    ("1: x\n", r"^\S*2024-02\.yaml:1: 1: en nyckel ska vara text, inte 1"),
    ("namnd: a: b\n", r"^\S*2024-02\.yaml:1: ogiltig YAML: ett kolon som inte hör hemma här "
     r"\(skriv texten inom citattecken\)$"),
])
def test_unreadable_period_file(tmp_path, content, expected):
    (tmp_path / "defaults.yaml").write_text("", encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ParamError, match=expected):
        load_params("2024-02", tmp_path)


@pytest.mark.parametrize(("loc", "expected"), [
    (("tolerance_tkr",), "tolerance_tkr"),
    (("status", "resultat", "green_at"), "status.resultat.green_at"),
    (("arenden", 0, "rubrik"), "arenden[1].rubrik"),
    (("financing_models", 2, "andelar", "Vårgårda"), "financing_models[3].andelar.Vårgårda"),
])
def test_dotted_key(loc, expected):
    assert dotted_key(loc) == expected


def test_merge_and_text():
    base = {"a": {"b": 1, "c": 2}, "d": [1, 2]}
    result = merge(base, {"a": {"c": 3}, "d": [9]})
    expected = {"a": {"b": 1, "c": 3}, "d": [9]}
    assert result == expected
    assert (text({"k": {"t": "Hej"}}, "k", "t"), text({}, "k", "t", default="–")) == ("Hej", "–")


@pytest.mark.parametrize(("keys", "expected"), [
    (("kommentar", "driftredovisning"), "2024-02.yaml: kommentar.driftredovisning"),
    (("kommentar", "investeringar"), "2024-02.yaml: kommentar.investeringar"),  # sets kommentar
    (("tolerance_tkr",), "defaults.yaml: tolerance_tkr"),
    (("hours_per_fte",), "defaults.yaml: hours_per_fte"),  # set by no file: the defaults
    (("financing_models", 0, "driver"), "defaults.yaml: financing_models[1].driver"),
    (("financing_models", 1, "driver"), "modeller.yaml:2: financing_models[1].driver"),
    (("financing_models", 2, "name"), "modeller.yaml:3: financing_models[2].name"),
])
def test_sources_name_the_file_and_its_own_item(tmp_path, keys, expected):
    """Rule: the layer that sets most of the key path (the later on a tie) is named, and an
    appended item of modeller.yaml by its number in that file."""
    (tmp_path / "defaults.yaml").write_text(
        "tolerance_tkr: 1\nfinancing_models:\n  - {name: A, driver: lika}\n", encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text("kommentar:\n  driftredovisning: Text.\n",
                                           encoding="utf-8")
    (tmp_path / "modeller.yaml").write_text(
        "financing_models:\n  - {name: B, driver: lika}\n  - {name: C, driver: lika}\n",
        encoding="utf-8")
    result = load_params("2024-02", tmp_path).sources.where(*keys)
    assert result.rsplit("/", 1)[-1] == expected


def test_saved_models_file_is_validated_on_its_own(tmp_path):
    """params/modeller.yaml (written by the workbench) is checked like any params file."""
    (tmp_path / "defaults.yaml").write_text(
        "financing_models:\n  - {name: A, driver: lika}\n", encoding="utf-8")
    (tmp_path / "modeller.yaml").write_text(
        "financing_models:\n  - {name: B, driver: lika, grundavgift_procent: 101}\n",
        encoding="utf-8")
    with pytest.raises(ParamError, match=r"^\S*modeller\.yaml:2: financing_models\[1\]"
                                         r"\.grundavgift_procent: 101 är större än 100$"):
        load_params("2024-02", tmp_path)
