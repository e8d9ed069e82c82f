"""Benchmark: the scenario workbench's update latency (issue 15). Not a test.

    .venv/bin/python benchmarks/bench_workbench.py [--rounds 40] [--period 2024-02] [--json F]

Builds the workbench form (ipywidgets) on the embedded data in this process, then drives
it from Python as the controller would click: each step sets one control's `.value`
(grundavgift, a pool's driver, a kommun's driver value, an uppräkning, a model checkbox)
and times until the results are redrawn (the observer has recomputed financing's figures
and written the tables' HTML and the charts' SVG into their widgets). Every step is
checked to have redrawn. Prints the median and the 95th percentile per kind of change and
overall, wall clock and this process's CPU time (less hit by other load on the machine),
against the issue's targets (≤ 150 ms median, ≤ 300 ms p95, wall); nothing is asserted.
Params go to a temporary copy (nothing under params/ is written).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_MEDIAN_MS, TARGET_P95_MS = 150.0, 300.0


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def steps(bench):
    """The changes a round makes: (kind, control, values to cycle through)."""
    kommun = next(iter(bench.value_boxes))
    pool = list(bench.pool_drivers)[-1]
    drivers = list(bench.pool_drivers[pool].options)
    group = next(iter(bench.rate_boxes))
    model = list(bench.model_boxes)[-1]
    return [("grundavgift", bench.grundavgift, ["10", "25", "0"]),
            ("driver per pool", bench.pool_drivers[pool], [v for _, v in drivers if v != "fast"]),
            ("driver value per kommun", bench.value_boxes[kommun], None),
            ("uppräkning", bench.rate_boxes[group], ["2", "3,5", "0"]),
            ("model compared", bench.model_boxes[model], [False, True])]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--period", default="2024-02")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from itvt_lib.core.paths import PARAMS_DIR
    from itvt_lib.workbench import Workbench
    from itvt_lib.workbench.results import Session

    tmp = Path(tempfile.mkdtemp(prefix="itvt-bench-wb-"))
    try:
        shutil.copytree(PARAMS_DIR, tmp / "params")
        started = time.perf_counter()
        bench = Workbench(Session(params_dir=tmp / "params"), args.period,
                          outputs_dir=tmp / "outputs")
        open_s = time.perf_counter() - started
        times: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}   # CPU time of this process: less hit by others' load
        plan = steps(bench)
        cycles = {kind: itertools.cycle(values) if values else None
                  for kind, _, values in plan}
        for _ in range(args.rounds):
            for kind, control, _ in plan:
                if cycles[kind] is None:  # a driver value: nudge it up and down
                    # typed as text (the boxes are text boxes): one more, one less
                    number = float(control.value.replace("\u00a0", "").replace(" ", "")
                                   .replace(",", "."))
                    value = str(int(number) + (1 if len(times.get(kind, [])) % 2 == 0
                                               else -1))
                else:
                    value = next(cycles[kind])
                    if value == control.value:
                        value = next(cycles[kind])
                before = bench.redraws
                t0, c0 = time.perf_counter(), time.process_time()
                control.value = value
                elapsed = (time.perf_counter() - t0) * 1000
                cpu.setdefault(kind, []).append((time.process_time() - c0) * 1000)
                if bench.redraws == before:
                    raise SystemExit(f"{kind}: setting {value!r} did not redraw")
                times.setdefault(kind, []).append(elapsed)
        every = [t for values in times.values() for t in values]
        every_cpu = [t for values in cpu.values() for t in values]
        rows = {kind: (statistics.median(v), percentile(v, 95), statistics.median(cpu[kind]),
                       percentile(cpu[kind], 95), len(v)) for kind, v in times.items()}
        rows["all changes"] = (statistics.median(every), percentile(every, 95),
                               statistics.median(every_cpu), percentile(every_cpu, 95),
                               len(every))
        load = os.getloadavg()
        print(f"Workbench update latency, period {args.period}, {args.rounds} rounds "
              f"({platform.python_version()}, {os.cpu_count()} CPUs, load "
              f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}); form opened in {open_s:.2f} s\n")
        print("| change | median ms | p95 ms | median CPU ms | p95 CPU ms | n |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind, (median, p95, cpu_ms, cpu_p95, n) in rows.items():
            print(f"| {kind} | {median:.0f} | {p95:.0f} | {cpu_ms:.0f} | {cpu_p95:.0f} | {n} |")
        median, p95, _, _, _ = rows["all changes"]
        verdict = "met" if median <= TARGET_MEDIAN_MS and p95 <= TARGET_P95_MS else "NOT met"
        print(f"\nTarget ≤ {TARGET_MEDIAN_MS:.0f} ms median, ≤ {TARGET_P95_MS:.0f} ms p95: "
              f"{verdict}.")
        if args.json:
            args.json.write_text(json.dumps({"open_s": open_s, "times_ms": times, "cpu_ms": cpu,
                                             "load": load}, indent=1), encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
