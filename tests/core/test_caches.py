"""The package's caches: bounded, keyed by content, emptied on request; a report's own
results live in its context and follow its params."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core import caches
from itvt_lib.core.caches import BoundedCache
from itvt_lib.core.context import ReportContext
from itvt_lib.core.errors import ParamError
from itvt_lib.core.params import read_yaml
from itvt_lib.core.paths import DATA_DIR


def test_a_bounded_cache_keeps_the_most_recently_used():
    cache = BoundedCache("test", 2)
    calls = []
    for key in ["a", "b", "a", "c", "a", "b"]:
        cache.get(key, lambda key=key: calls.append(key) or key.upper())
    # a, b computed; a reused; c pushes out b (a was used last); a reused; b computed again
    assert calls == ["a", "b", "c", "b"]
    assert len(cache) == 2


def test_clear_all_empties_every_cache():
    cache = BoundedCache("test", 3)
    cache.get("x", lambda: 1)
    caches.clear_all()
    assert len(cache) == 0


def test_a_changed_data_folder_is_read_again(tmp_path):
    """The dataset cache is keyed by content: an edited file is never served from it."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    first = load_dataset(data)
    again = load_dataset(data)
    assert again.tables["kommuner"] is not first.tables["kommuner"]  # a copy, never shared
    path = data / "kommuner.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Vårgårda kommun",
                                                             "Vårgårda kommun (ny)"),
                    encoding="utf-8")
    result = set(load_dataset(data).tables["kommuner"]["namn"])
    assert "Vårgårda kommun (ny)" in result


def test_the_context_memo_follows_params_and_data(ctx_2024):
    ctx = ReportContext(ctx_2024.period, ctx_2024.dataset, ctx_2024.params, ctx_2024.data_dir)
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert ctx.memo("k", compute) == 1
    assert ctx.memo("k", compute) == 1
    ctx.params = ctx.params.model_copy()
    assert ctx.memo("k", compute) == 2
    other = ReportContext(ctx.period, ctx.dataset, ctx.params, ctx.data_dir)
    assert other.memo("k", compute) == 3  # a new report, a new memo


def test_an_edited_params_file_is_read_again_and_a_bad_one_is_never_served(tmp_path):
    """Parsed params files are cached by their text: an edit is seen at once; a text that
    failed is an error every time, and once mended it is read."""
    path = tmp_path / "2024-02.yaml"
    path.write_text("namnd: Första\n", encoding="utf-8")
    first = read_yaml(path)
    first["namnd"] = "ändrad av den som läste"        # a reader's change stays its own
    assert read_yaml(path) == {"namnd": "Första"}
    path.write_text("namnd: Andra\n", encoding="utf-8")
    assert read_yaml(path) == {"namnd": "Andra"}
    path.write_text("namnd: [\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ParamError, match="2024-02.yaml"):
            read_yaml(path)
    path.write_text("namnd: Tredje\n", encoding="utf-8")
    assert read_yaml(path) == {"namnd": "Tredje"}


def _copy_of_data(folder):
    shutil.copytree(DATA_DIR, folder)
    return folder


def test_a_table_read_in_another_folder_names_that_folders_file(tmp_path):
    """A table is validated once per content, but where its rows are is this folder's:
    the checks page and every message name the file the controller edits."""
    first = load_dataset(_copy_of_data(tmp_path / "a"))
    second = load_dataset(_copy_of_data(tmp_path / "b"))
    result = set(second.locations["kommuner"]["file"])
    assert len(result) == 1 and result.pop().endswith("b/kommuner.csv")
    assert set(first.locations["kommuner"]["file"]).pop().endswith("a/kommuner.csv")
    assert set(second.files) == {name.replace("/a/", "/b/") for name in first.files}


def test_a_table_whose_reference_changed_is_checked_again(tmp_path):
    """investeringar.csv unchanged, but its kommun no longer in kommuner.csv: bad input,
    though the same file was valid a moment ago in another folder."""
    load_dataset(_copy_of_data(tmp_path / "a"))
    data = _copy_of_data(tmp_path / "b")
    path = data / "kommuner.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Vårgårda,", "Vargarda,"),
                    encoding="utf-8")
    with pytest.raises(Exception, match=r'"Vårgårda" finns inte i kommuner'):
        load_dataset(data)
