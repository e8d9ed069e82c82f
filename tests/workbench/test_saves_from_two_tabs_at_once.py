"""Two tabs (two kernels) saving, renaming or deleting models in the same
params/modeller.yaml at the same moment: every change is kept. Each read the file, added
its model and wrote it back, so the later write dropped the other's model although both
tabs said "sparades" (18 of 40 models left)."""

from __future__ import annotations

import threading

import pytest

from itvt_lib.workbench import store


def _at_once(*jobs) -> None:
    start = threading.Barrier(len(jobs))

    def run(job):
        start.wait()
        job()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _saves(params_dir, tag: str, count: int):
    def job():
        for i in range(count):
            store.save_model({"name": f"{tag}{i}", "pools": {}}, params_dir)
    return job


@pytest.mark.parametrize("tabs", [2, 3])
def test_models_saved_at_once_are_all_kept(tmp_path, tabs):
    tags = "ABC"[:tabs]
    _at_once(*(_saves(tmp_path, tag, 15) for tag in tags))
    result = sorted(m["name"] for m in store.read_models(tmp_path))
    expected = sorted(f"{tag}{i}" for tag in tags for i in range(15))
    assert result == expected


def test_a_rename_and_saves_at_once_keep_both(tmp_path):
    store.save_model({"name": "Gammal", "pools": {}}, tmp_path)
    renames = [lambda: store.rename_model("Gammal", "Ny", tmp_path)]
    _at_once(_saves(tmp_path, "A", 15), *renames)
    result = sorted(m["name"] for m in store.read_models(tmp_path))
    expected = sorted(["Ny", *(f"A{i}" for i in range(15))])
    assert result == expected
