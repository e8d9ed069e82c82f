"""Benchmark: a million ledger rows (CSV) into monthly outcomes (issue 9). Not a test.

    .venv/bin/python benchmarks/bench_ledger.py [--rows 1000000] [--rounds 3] \
        [--layout transaktion] [--decimal ","]

Writes a SYNTHETIC ledger (benchmarks/make_ledger.py) into a temporary copy of data/, then
in a fresh process per round reads it the way a report does: `load_dataset` (the tables,
then the ledger exports: find the
layout, read only the mapped columns in chunks, parse dates and amounts, sum per month,
konto and ansvar, map accounts) and `monthly_outcomes` per kontogrupp and kostnadsställe.
Each round reports wall time from after the imports, and the process's peak RSS and its
increase over the RSS after the imports (pandas alone is ~100 MB). The result is checked
against the totals the generator was given. The issue's target (under 10 s on a 2-core
machine) is printed for information; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_S = 10.0


def child(data_dir: str) -> None:
    """One measured read, in this process; prints one JSON line."""
    from itvt_lib.areas import ledger, load_dataset

    def status_mb(field: str) -> float:
        # VmHWM is this address space's peak; ru_maxrss would include the parent's peak,
        # which Linux carries over fork and exec.
        with open("/proc/self/status") as status:
            line = next(x for x in status if x.startswith(field + ":"))
        return int(line.split()[1]) / 1024

    def rss_mb() -> float:
        return status_mb("VmRSS")

    baseline = rss_mb()
    started = time.perf_counter()   # the ledger is read by load_dataset (attach_ledger)
    dataset = load_dataset(data_dir)
    mapped = ledger.ledger_for(dataset)
    by_group = ledger.monthly_outcomes(mapped)
    by_centre = ledger.monthly_outcomes(mapped, "kostnadsstalle")
    seconds = time.perf_counter() - started
    peak = status_mb("VmHWM")
    totals = by_group.groupby("kontogrupp")["belopp"].sum().to_dict()
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "baseline_mb": baseline,
                      "totals": totals, "monthly_rows": len(by_group) + len(by_centre)}))


def machine() -> str:
    model = ""
    try:
        with open("/proc/cpuinfo") as info:
            model = next((x.split(":", 1)[1].strip() for x in info if x.startswith("model name")), "")
    except OSError:
        pass
    import pandas

    return (f"{os.cpu_count()} CPU ({model or platform.processor() or 'unknown'}), "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"pandas {pandas.__version__}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--layout", default="transaktion")
    parser.add_argument("--decimal", default=",")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0

    from benchmarks import synthetic_ledger
    from itvt_lib.areas import load_dataset

    with tempfile.TemporaryDirectory(prefix="itvt-bench-ledger-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data_dir)
        dataset = load_dataset(data_dir)
        started = time.perf_counter()
        path = synthetic_ledger.write_synthetic_ledger(data_dir / "huvudbok", dataset, 2023,
                                             rows=args.rows, layout=args.layout,
                                             decimal=args.decimal)
        written = time.perf_counter() - started
        rows = sum(1 for _ in open(path, encoding="utf-8")) - 2
        size = path.stat().st_size / 1e6
        print(f"synthetic ledger: {rows} rows, {size:.1f} MB ({args.layout}, decimal "
              f"'{args.decimal}'), written in {written:.1f} s")
        expected = synthetic_ledger.synthetic_targets(dataset, 2023)[0].to_dict()
        results = []
        for round_ in range(1, args.rounds + 1):
            out = subprocess.run([sys.executable, __file__, "--child", str(data_dir)],
                                 capture_output=True, text=True, check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            ok = all(result["totals"].get(k) == v for k, v in expected.items())
            print(f"round {round_}: {result['seconds']:.2f} s, peak RSS {result['peak_mb']:.0f} MB "
                  f"(+{result['peak_mb'] - result['baseline_mb']:.0f} MB over "
                  f"{result['baseline_mb']:.0f} MB after imports), totals "
                  f"{'equal the 2023 utfall' if ok else 'DIFFER'}")
            results.append(result)
    median = statistics.median(r["seconds"] for r in results)
    peak = max(r["peak_mb"] for r in results)
    print()
    print(f"| rows | file | seconds (median of {args.rounds}) | peak RSS | machine |")
    print("|---|---|---|---|---|")
    print(f"| {rows} | {size:.0f} MB | {median:.2f} s | {peak:.0f} MB | {machine()} |")
    print(f"\ntarget of issue 9: under {TARGET_S:g} s on 2 cores -> "
          f"{'met' if median < TARGET_S else 'NOT met'} (information only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
