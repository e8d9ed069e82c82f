"""Free text from data and parameters never becomes live HTML, and never mathtext."""

from __future__ import annotations

import re

import nbformat
import pytest
import yaml
from conftest import run_cli

pytestmark = pytest.mark.slow

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>$x$"


def _replace_everywhere(folder, old: str, new: str) -> None:
    for path in folder.rglob("*.csv"):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")


def _make_evil(data, params) -> None:
    """Free text that carries markup and mathtext, changed consistently everywhere: kommun,
    kontogrupp, kostnadsställe, project, ticket type and follow-up texts in data/; the
    committee's name, a comment and the agendas in params/."""
    for old in ("Herrljunga", "Personalkostnader", "IT Gemensamt", "Förrätt", "Order",
                "infört", "Digitalisering"):
        _replace_everywhere(data, old, old + EVIL)
    for name in ("defaults.yaml", "2023-12.yaml", "2024-02.yaml"):
        path = params / name
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        content["namnd"] = "Servicenämnd " + EVIL
        content.setdefault("kommentar", {})["driftredovisning"] = "Kommentar " + EVIL
        path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    for path in sorted((params / "meetings").glob("*.yaml")):  # the agendas
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        for arende in content.get("arenden", []):
            arende["rubrik"] += EVIL
            arende["beslut"] = arende.get("beslut", "") + EVIL
        path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def evil_report(hostile_report):
    """Both periods run on data and params whose free text carries markup and mathtext."""
    return hostile_report[0]


def test_no_page_holds_live_markup_from_data(evil_report):
    pages = sorted(evil_report.rglob("*.html"))
    assert len(pages) >= 10
    escaped_somewhere = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        # a chart's alt text holds data escaped inside its quotes: not markup
        html = re.sub(r'(<img [^>]*alt=")[^"]*(")', r"\1\2", html)
        # a long word's own wrapper (pages._long_words_break) around escaped text
        html = re.sub(r'<span class="itvt-break">([^<]*)</span>', r"\1", html)
        assert "<script" not in html.lower(), page
        assert not re.search(r"<img[^>]*\bsrc=x", html), page
        assert "onerror=alert" not in re.sub(r"&lt;img src=x onerror=alert\(2\)&gt;", "", html), page
        escaped_somewhere += html.count("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert escaped_somewhere > 10  # the texts did reach the pages, escaped


def test_charts_keep_dollar_signs_literal(evil_report):
    for path in sorted((evil_report / "2023-12" / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert errors == [], path.name
        warnings = [o for c in nb.cells for o in c.get("outputs", [])
                    if o.output_type == "stream" and o.name == "stderr"]
        assert not any("mathtext" in w.text.lower() for w in warnings), path.name


# ---------------------------------------------------------------- every free-text field
#
# The fields are enumerated, not listed: every `str` leaf of the params model
# (itvt_lib.core.settings.Params, through nested sections, lists and dicts) and every text
# column of the data tables (itvt_lib.areas.all_tables(), Column.kind == "text").
# Each field gets its own marker `<xss>Q<n>Q</xss>` appended to its value.
#
# Rule for what stays valid (skipped fields are not injected):
# - data: a text column with `choices`, a `ref` to another table, one that another table's
#   column refers to, or one in its table's key is skipped: its value is matched against
#   other rows or tables (kommun and kontogrupp names are covered by `evil_report` above,
#   which changes them consistently everywhere). Every other text column gets the marker
#   on every non-empty cell.
# - params: a str field with a validator (a date or a time) is skipped, and so are the
#   fields in NAMES_DATA, whose value must name something in the data. Every other str
#   field gets the marker; a field no params file sets is set in defaults.yaml.

NAMES_DATA = {
    ("FinancingModel", "driver"): "a driver of data/fordelningsnycklar.csv or a built-in one",
    ("FinancingModel", "pools"): "keys are kostnadsställen, values drivers",
    ("Investeringar", "total_bokslut"): "the label of a total row in investeringar_totaler",
    ("Investeringar", "total_manad"): "the label of a total row in investeringar_totaler",
}


def marker(n: int) -> str:
    return f"<xss>Q{n:03d}Q</xss>"


def escaped(n: int) -> str:
    return f"&lt;xss&gt;Q{n:03d}Q&lt;/xss&gt;"


def _data_fields():
    """(table, column) of every injectable text column (see the rule above)."""
    from itvt_lib.areas import all_tables

    tables = all_tables()
    referred = {c.ref for t in tables for c in t.columns if c.ref}
    return [(t.name, c.name) for t in tables for c in t.columns
            if c.kind == "text" and not c.choices and not c.ref and c.name not in t.key
            and f"{t.name}.{c.name}" not in referred]


# Validators that refuse only a blank text: a field they check still takes any markup.
TEXT_ONLY_VALIDATORS = {"_filled", "_title"}


def _str_fields(model, prefix=()):
    """Dotted paths of the model's str leaves: (path, owner model name, field name, shape)."""
    import typing

    from pydantic import BaseModel

    found = []
    validated = {name for key, dec in model.__pydantic_decorators__.field_validators.items()
                 if key not in TEXT_ONLY_VALIDATORS for name in dec.info.fields}
    for name, field in model.model_fields.items():
        args = [a for a in typing.get_args(field.annotation) if a is not type(None)] or [
            field.annotation]
        for arg in args:
            if typing.get_origin(arg) is typing.Annotated:   # a str with its validators
                arg = typing.get_args(arg)[0]
            origin = typing.get_origin(arg)
            inner = typing.get_args(arg)
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                found += _str_fields(arg, prefix + (name,))
            elif origin is list and isinstance(inner[0], type) and issubclass(inner[0], BaseModel):
                found += _str_fields(inner[0], prefix + (name, "[]"))
            elif arg is str or (origin is dict and inner[1] is str):
                skip = name in validated or (model.__name__, name) in NAMES_DATA
                found.append((prefix + (name,), model.__name__, name,
                               "dict" if origin is dict else "str", skip))
    return found


def _inject_params(content: dict, path: tuple, text: str, create: bool) -> None:
    """Append `text` to the value at `path` ("[]" walks every list item)."""
    head, rest = path[0], path[1:]
    if rest and rest[0] == "[]":
        for item in content.get(head) or []:
            _inject_params(item, rest[1:], text, False)
        return
    if rest:
        if head not in content or content[head] is None:
            if not create:
                return
            content[head] = {}
        _inject_params(content[head], rest, text, create)
        return
    value = content.get(head)
    if isinstance(value, str):
        content[head] = value + text
    elif isinstance(value, dict):
        content[head] = {k: (v + text if isinstance(v, str) else v) for k, v in value.items()}
    elif value is None and create:
        content[head] = "Text " + text


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    """Both periods run once on copies of data/ and params/ with markup and mathtext in
    their free text (`_make_evil`) and then a marker in every field (the rule above)."""
    import shutil

    from itvt_lib.areas import PARAMS_MODEL as Params
    from itvt_lib.core.loading import table_files
    from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR

    root = tmp_path_factory.mktemp("marked")
    data, params = root / "data", root / "params"
    shutil.copytree(DATA_DIR, data)
    shutil.copytree(PARAMS_DIR, params)
    _make_evil(data, params)
    fields = {}
    import pandas as pd

    for table, column in _data_fields():
        n = len(fields) + 1
        touched = False
        for path in table_files(data, table):
            if path.suffix != ".csv":
                continue
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            if column not in frame or not (frame[column] != "").any():
                continue
            frame[column] = [v + marker(n) if v else v for v in frame[column]]
            frame.to_csv(path, index=False)
            touched = True
        if touched:
            fields[n] = ("data", f"{table}.{column}")
    for path, _, _, _, skip in _str_fields(Params):
        if skip:
            continue
        n = len(fields) + 1
        agendas = [f.relative_to(params).as_posix() for f in params.glob("meetings/*.yaml")]
        for name in ("defaults.yaml", "2023-12.yaml", "2024-02.yaml", *agendas):
            if name in agendas and path[0] not in ("meeting", "arenden"):
                continue
            file = params / name
            content = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
            _inject_params(content, path, marker(n), create=name == "defaults.yaml")
            file.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
        fields[n] = ("params", ".".join(path))
    output = root / "outputs"
    result = run_cli("run", "--period", "2023-12", "--period", "2024-02", "--data-dir", data,
                     "--params-dir", params, "--output-dir", output,
                     "--publish-with-failed-checks")  # markers in facts fail their checks
    assert result.returncode == 0, result.stderr
    return output, fields


@pytest.fixture(scope="module")
def marked_report(hostile_report):
    """The hostile report and its markers: {n: (source, field)}."""
    return hostile_report


def _pages(output, period):
    """Every HTML page of a period, and the HTML its PDF is printed from: `write_pdf` prints
    `combined_html(folder)` with Chromium, so the test reads that same HTML (no browser)."""
    from itvt_lib.publishing.pdf import combined_html

    folder = output / period
    pages = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted(folder.rglob("*.html"))}
    pages["(pdf source)"] = combined_html(folder)
    return pages


def test_every_field_is_enumerated():
    """The enumeration reaches nested sections, list items and both sources."""
    from itvt_lib.areas import PARAMS_MODEL as Params

    params = {".".join(p) for p, *_ in _str_fields(Params)}
    assert {"namnd", "controller", "meeting.plats", "arenden.[].rubrik", "arenden.[].beslut",
            "kommentar.driftredovisning", "investeringar.kommentar",
            "financing_models.[].name"} <= params
    assert ("internkontroll_uppfoljning", "text") in _data_fields()
    assert ("kommuner", "kommun") not in _data_fields()  # a key others refer to


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_every_shown_field_is_escaped(marked_report, period):
    output, fields = marked_report
    pages = _pages(output, period)
    assert len(pages) >= 5
    shown = {}
    for page, html in pages.items():
        assert "<xss" not in html.lower(), f"{page}: raw markup from a field"
        for n in fields:
            count = html.count(f"Q{n:03d}Q")
            if count:
                shown.setdefault(n, set()).add(page)
                assert html.count(escaped(n)) == count, (
                    f"{page}: {fields[n]} shown without (single) escaping")
    never = sorted(fields[n][1] for n in fields if n not in shown)
    print(f"{period}: {len(shown)} of {len(fields)} fields shown; never shown: {never}")
    for source in ("data", "params"):
        assert any(fields[n][0] == source for n in shown), (
            f"{period}: no {source} field reached a page; never shown: {never}")
    # the fields a committee reads on the start page of every period
    start = pages["index.html"]
    for name in ("namnd", "controller", "meeting.plats", "arenden.[].rubrik"):
        n = next(k for k, v in fields.items() if v == ("params", name))
        assert escaped(n) in start, f"{name} not on the start page"
